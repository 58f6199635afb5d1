#pragma once

// The reading area beside the navigator: the guide viewer, the FAQ browser
// in its place when questions are asked for, and the find bar under both.
// Neither the viewer nor the FAQ browser is needed to show the window, so
// each is made when first asked for: the viewer from the bph_reader module
// (until then, or if the module cannot be loaded, a notice stands in its
// place, saying why in the second case).

#include "guidepages.h"

#include <QString>
#include <QUrl>
#include <QWidget>

#include <memory>

class QLabel;
class QPrinter;
class QStackedWidget;

namespace bph::core {
class ContentStore;
}

namespace bph::ui {

class FaqBrowser;
class FindBar;
class ReaderSignals;
class ReaderView;

class ReaderPane final : public QWidget
{
    Q_OBJECT
public:
    ReaderPane(const core::ContentStore &store, const QString &lang, QWidget *parent = nullptr);
    ~ReaderPane() override;
    Q_DISABLE_COPY_MOVE(ReaderPane)

    // None until createArticleView(), nor if the module cannot be loaded.
    ReaderView *articleView() const { return m_article; }
    // What the viewer reports, whichever viewer is current.
    ReaderSignals *readerSignals() const { return m_readerSignals; }
    // Made here at the first call.
    FaqBrowser *faqBrowser();
    FindBar *findBar() const { return m_findBar; }

    // Loads the module, makes the viewer as set below and opens `guideId` in
    // it. Nothing if there is a viewer already; nullptr if the module cannot
    // be loaded.
    ReaderView *createArticleView(const QString &guideId);
    // Deletes the viewer: its profile, history and scroll position go with it.
    void discardArticleView();
    void showArticle();
    // How the viewer is set up: the one shown now and any made later.
    void setPageTheme(const QString &theme);
    void setTextScale(double scale);
    // Kiosk: no context menu on guides; with `phoneLinkShown`, every guide
    // offers "Read on your phone".
    void setKioskViewer(bool phoneLinkShown);
    // All questions, or only `guideId`'s.
    void showQuestions(const QString &guideId = {});
    void showQuestion(const QString &faqId);
    // The questions' language, and the guide's: the guide shown is shown again in it.
    void setLanguage(const QString &lang);
    // Forgets what the last reader did here (a kiosk reset): the open
    // question and its filter, what was looked for in the find bar, and the
    // viewer itself.
    void forgetReadingState();

    void findNext();
    void findPrevious();
    // Each asks where to first; the outcome comes as outcomeReported.
    void printGuide();
    void saveGuideAsPdf();

Q_SIGNALS:
    // From the FAQ browser's answers.
    void guideRequested(const QString &guideId);
    void checklistRequested();
    void externalLinkRequested(const QUrl &url);
    // A sentence for the status bar: a print job sent or failed, a PDF saved or not.
    void outcomeReported(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectFindBar();
    void connectOutcomes();
    // Why there is no viewer, in the interface's language; nothing while there is one.
    void retranslatePlaceholder();

    const core::ContentStore &m_store;
    QString m_lang;
    GuidePages m_guidePages;
    ReaderSignals *m_readerSignals = nullptr;
    QStackedWidget *m_viewStack = nullptr;
    QLabel *m_placeholder = nullptr;
    FaqBrowser *m_faqs = nullptr;  // none until the first questions are shown
    FindBar *m_findBar = nullptr;
    ReaderView *m_article = nullptr;
    QString m_viewerError;  // why the module could not be loaded
    QString m_pageTheme;     // empty: the page's own default
    double m_textScale = 1.0;
    bool m_kioskViewer = false;
    bool m_phoneLinkShown = false;
    std::unique_ptr<QPrinter> m_printer;  // outlives the asynchronous print job
};

} // namespace bph::ui
