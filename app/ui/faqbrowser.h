#pragma once

// The FAQ browser: every question grouped by topic, narrowed as the reader
// types, the chosen answer beside the list with a link to its guide.

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace bph::core {
class ContentStore;
class FaqFilterModel;
class FaqModel;
}

namespace bph::ui {

class FaqBrowser final : public QWidget
{
    Q_OBJECT
public:
    FaqBrowser(const core::ContentStore &store, QString lang, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FaqBrowser)

    QString language() const { return m_lang; }
    // Reloads the questions in another language, keeping the open answer when
    // that FAQ exists there too (content keeps its ids across languages).
    void setLanguage(const QString &lang);

    // Lists only the questions of one guide ("Questions about this") until
    // the reader asks for all of them again.
    void showGuideQuestions(const QString &guideId);
    void showAllQuestions();
    // Forgets the filter and the open answer (a kiosk reset).
    void clear();
    // Selects a question and shows its answer, lifting any filter that hides
    // it. False when there is no such FAQ in this language.
    bool showFaq(const QString &faqId);
    // The FAQ whose answer is shown; empty when none is.
    QString selectedFaqId() const { return m_currentFaq; }

Q_SIGNALS:
    void guideRequested(const QString &guideId);
    void checklistRequested();
    // An https: or mailto: link in an answer; never opened here.
    void externalLinkRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void reload();
    void setGuideScope(const QString &guideId);
    void onFilterTextChanged(const QString &text);
    void afterFilterChange();
    void updateScopeBar();
    void updateListState();
    void onCurrentChanged(const QModelIndex &current);
    void renderAnswer();
    void onAnchorClicked(const QUrl &url);
    bool openCurrentFromKeyboard();

    const core::ContentStore &m_store;
    QString m_lang;
    core::FaqModel *m_model = nullptr;
    core::FaqFilterModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QWidget *m_scopeBar = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QPushButton *m_showAllButton = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTextBrowser *m_answer = nullptr;
    QString m_currentFaq;    // the question whose answer is shown
    QString m_currentTopic;  // or the topic whose summary is shown
    bool m_filtering = false;  // the proxy moves the current row while it filters
};

} // namespace bph::ui
