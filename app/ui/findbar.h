#pragma once

// The find-in-page bar under the guide: a text box, previous/next, a count
// of matches, and a close button.

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace bph::ui {

class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void open();  // shows the bar and selects its text
    // Empties and hides it, with nothing to undo: the next reader starts afresh.
    void reset();
    void showResult(int activeMatch, int numberOfMatches);

Q_SIGNALS:
    void findRequested(const QString &text, bool backward);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void close();

    QLineEdit *m_input = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace bph::ui
