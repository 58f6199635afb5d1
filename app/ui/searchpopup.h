#pragma once

// What floats below the search box: a "Did you mean …?" line, the results
// or a line saying nothing matched; and which of them the arrow keys have
// chosen. It never takes the keyboard focus, so the reader keeps typing.

#include <QFrame>

class QAbstractItemModel;
class QLabel;
class QListView;
class QModelIndex;

namespace bph::ui {

class SearchPopup final : public QFrame
{
    Q_OBJECT
public:
    explicit SearchPopup(QAbstractItemModel *results, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchPopup)

    // After the results change: shows them (or the empty state) and the
    // suggestion (a whole corrected query, or empty), with nothing chosen.
    void refresh(const QString &suggestion);
    QString suggestion() const { return m_suggestion; }
    int resultCount() const;

    // Moves the choice through the suggestion line (above the results) and
    // the results; down from no choice goes to the first result.
    void moveChoice(int step);
    void clearChoice();
    bool isSuggestionChosen() const { return m_suggestionChosen; }
    QModelIndex chosenResult() const;

    // Floats over `anchor`'s window, just below `anchor`, as wide as useful,
    // and no lower than the top of an on-screen keyboard.
    void placeBelow(QWidget *anchor);

Q_SIGNALS:
    void suggestionClicked();
    void resultClicked(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setSuggestionChosen(bool chosen);
    void showSuggestionText();

    QAbstractItemModel *m_results = nullptr;
    QLabel *m_suggestionLine = nullptr;
    QLabel *m_emptyState = nullptr;
    QListView *m_list = nullptr;
    QString m_suggestion;
    bool m_suggestionChosen = false;
};

} // namespace bph::ui
