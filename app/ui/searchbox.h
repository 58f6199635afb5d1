#pragma once

// The search box that stays in view: results appear below it as the reader
// types (guides and questions together, matched words marked), arrow keys
// move through them, Enter opens one, and a slip of spelling gets a
// "Did you mean …?" line. The searching itself happens off the UI thread.

#include <QPointer>
#include <QWidget>

class QAction;
class QLineEdit;
class QModelIndex;

namespace bph::core {
class ContentStore;
class SearchController;
class SearchResultsModel;
struct SearchHit;
}

namespace bph::ui {

class SearchPopup;

class SearchBox final : public QWidget
{
    Q_OBJECT
public:
    // `store` must outlive the box.
    explicit SearchBox(const core::ContentStore &store, QWidget *parent = nullptr);
    ~SearchBox() override;
    Q_DISABLE_COPY_MOVE(SearchBox)

    QString language() const;
    // Searches this language's content, re-running the current query.
    void setLanguage(const QString &lang);
    QString text() const;
    // Puts the cursor in the box with its text selected (Ctrl+K, Ctrl+L).
    void focusSearch();
    void clear();

Q_SIGNALS:
    void guideRequested(const QString &id);
    void faqRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void keepPlaceholderReadable();
    // The whole placeholder where it fits, else the short one.
    void fitPlaceholder();
    int iconsWidth() const;
    void showResults(const QString &query, const QList<core::SearchHit> &hits, const QString &suggestion);
    bool handleKey(int key);
    void openResult(const QModelIndex &index);
    void applySuggestion();
    bool hasAnswer() const;
    bool popupVisible() const;
    void movePopupIntoPlace();  // again below the box, where it is up
    void showPopup();
    void hidePopup();

    core::SearchController *m_controller = nullptr;
    core::SearchResultsModel *m_model = nullptr;
    QLineEdit *m_edit = nullptr;
    QAction *m_searchIcon = nullptr;
    QString m_placeholder;       // "Search guides and questions"
    QString m_shortPlaceholder;  // "Search", where the long one does not fit
    // Floats over the window below the box, so it is the window's child
    // rather than ours (a box that is a window of its own shows it inside
    // itself); deleted with us.
    QPointer<SearchPopup> m_popup;
    QPointer<QWidget> m_watchedWindow;  // resized: the popup follows
    QString m_answeredQuery;            // the text the popup shows results for
    bool m_openWhenAnswered = false;    // Enter came before the results did
    bool m_dismissed = false;           // Escape closed the list: keep it closed until asked again
};

} // namespace bph::ui
