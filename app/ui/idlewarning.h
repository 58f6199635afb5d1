#pragma once

// The kiosk's "Are you still reading?" screen: covers the window, counts
// down to the reset, and goes away at the first touch.

#include <QWidget>

class QLabel;
class QPushButton;

namespace bph::ui {

class IdleWarning final : public QWidget
{
    Q_OBJECT
public:
    explicit IdleWarning(QWidget *parent);

    void showCountdown(int seconds);

Q_SIGNALS:
    void keepReading();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading = nullptr;
    QLabel *m_countdown = nullptr;
    QPushButton *m_keepReading = nullptr;
    int m_seconds = 0;
};

} // namespace bph::ui
