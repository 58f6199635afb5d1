#pragma once

// The reading area beside the navigator: the guide viewer, the FAQ browser
// in its place when questions are asked for, and the find bar under both.
// The viewer comes from the bph_reader module, made only when asked for;
// until then, or if the module cannot be loaded, a notice stands in its
// place (saying why, in the second case).

#include "guidepages.h"

#include <QString>
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
    FaqBrowser *faqBrowser() const { return m_faqs; }
    FindBar *findBar() const { return m_findBar; }

    // Loads the module and makes the viewer, hidden until showArticle(), so
    // that it can be set up and start loading its page first. Nothing if
    // there is a viewer already; nullptr if the module cannot be loaded.
    ReaderView *createArticleView();
    // Deletes the viewer: its profile, history and scroll position go with it.
    void discardArticleView();
    void showArticle();
    // All questions, or only `guideId`'s.
    void showQuestions(const QString &guideId = {});
    void showQuestion(const QString &faqId);

    void findNext();
    void findPrevious();
    // Each asks where to first; the outcome comes as outcomeReported.
    void printGuide();
    void saveGuideAsPdf();

Q_SIGNALS:
    // A sentence for the status bar: a print job sent or failed, a PDF saved or not.
    void outcomeReported(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reserveOpenGLDrawing();
    void connectFindBar();
    void connectOutcomes();
    // Why there is no viewer, in the interface's language; nothing while there is one.
    void retranslatePlaceholder();

    GuidePages m_guidePages;
    ReaderSignals *m_readerSignals = nullptr;
    QStackedWidget *m_viewStack = nullptr;
    QLabel *m_placeholder = nullptr;
    FaqBrowser *m_faqs = nullptr;
    FindBar *m_findBar = nullptr;
    ReaderView *m_article = nullptr;
    QString m_viewerError;  // why the module could not be loaded
    std::unique_ptr<QPrinter> m_printer;  // outlives the asynchronous print job
};

} // namespace bph::ui
