#include "readerpane.h"
#include "faqbrowser.h"
#include "findbar.h"
#include "openglwindow.h"
#include "readerloader.h"
#include "readerprompts.h"
#include "readersignals.h"

#include <QEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {
Q_LOGGING_CATEGORY(lcReader, "bph.ui.reader")
}

ReaderPane::ReaderPane(const core::ContentStore &store, const QString &lang, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_lang(lang),
      m_guidePages(store),
      m_readerSignals(new ReaderSignals(this)),
      m_viewStack(new QStackedWidget),
      m_placeholder(new QLabel),
      m_findBar(new FindBar)
{
    m_placeholder->setObjectName(u"readerPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_viewStack->addWidget(m_placeholder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_viewStack, 1);
    layout->addWidget(m_findBar);
    connectFindBar();
    connectOutcomes();
}

ReaderPane::~ReaderPane()
{
    delete m_article;  // before the pages and signals it uses
}

ReaderView *ReaderPane::createArticleView(const QString &guideId)
{
    if (m_article)
        return nullptr;
    const ReaderModuleLoad reader = loadReaderModule();
    if (!reader.module) {
        qCWarning(lcReader, "no guide viewer: %s", qPrintable(reader.error));
        m_viewerError = reader.error;
        retranslatePlaceholder();
        return nullptr;
    }
    startOpenGLCompositing(window());
    m_article = reader.module->createView(m_guidePages, *m_readerSignals, this);
    m_article->widget()->hide();
    m_article->setContextMenuAllowed(!m_kioskViewer);
    m_article->setPhoneLinkShown(m_phoneLinkShown);
    m_article->setLanguage(m_lang);
    if (!m_pageTheme.isEmpty())
        m_article->setPageTheme(m_pageTheme);
    m_article->setTextScale(m_textScale);
    // The page starts loading before the view is shown: showing it first
    // sets up its drawing (OpenGL), and the two can go on side by side.
    m_article->openGuide(guideId);
    showArticle();
    return m_article;
}

void ReaderPane::discardArticleView()
{
    if (!m_article)
        return;
    m_viewStack->removeWidget(m_article->widget());
    delete m_article;
    m_article = nullptr;
}

void ReaderPane::showArticle()
{
    if (!m_article)
        return;
    if (m_viewStack->indexOf(m_article->widget()) < 0)
        m_viewStack->insertWidget(0, m_article->widget());
    m_viewStack->setCurrentWidget(m_article->widget());
}

FaqBrowser *ReaderPane::faqBrowser()
{
    if (m_faqs)
        return m_faqs;
    m_faqs = new FaqBrowser(m_store, m_lang);
    m_viewStack->addWidget(m_faqs);
    connect(m_faqs, &FaqBrowser::guideRequested, this, &ReaderPane::guideRequested);
    connect(m_faqs, &FaqBrowser::checklistRequested, this, &ReaderPane::checklistRequested);
    connect(m_faqs, &FaqBrowser::externalLinkRequested, this, &ReaderPane::externalLinkRequested);
    return m_faqs;
}

void ReaderPane::showQuestions(const QString &guideId)
{
    FaqBrowser *faqs = faqBrowser();
    if (guideId.isEmpty())
        faqs->showAllQuestions();
    else
        faqs->showGuideQuestions(guideId);
    m_viewStack->setCurrentWidget(faqs);
    faqs->setFocus(Qt::OtherFocusReason);
}

void ReaderPane::showQuestion(const QString &faqId)
{
    FaqBrowser *faqs = faqBrowser();
    faqs->showAllQuestions();
    faqs->showFaq(faqId);
    m_viewStack->setCurrentWidget(faqs);
}

void ReaderPane::setPageTheme(const QString &theme)
{
    m_pageTheme = theme;
    if (m_article)
        m_article->setPageTheme(theme);
}

void ReaderPane::setTextScale(double scale)
{
    m_textScale = scale;
    if (m_article)
        m_article->setTextScale(scale);
}

void ReaderPane::setKioskViewer(bool phoneLinkShown)
{
    m_kioskViewer = true;
    m_phoneLinkShown = phoneLinkShown;
    if (m_article) {
        m_article->setContextMenuAllowed(false);
        m_article->setPhoneLinkShown(phoneLinkShown);
    }
}

void ReaderPane::setLanguage(const QString &lang)
{
    m_lang = lang;
    if (m_faqs)
        m_faqs->setLanguage(lang);
    if (m_article) {
        m_article->setLanguage(lang);
        m_article->reload();  // the same guide id, in the new language
    }
}

void ReaderPane::forgetReadingState()
{
    if (m_faqs)
        m_faqs->clear();
    m_findBar->reset();
    discardArticleView();
}

void ReaderPane::findNext()
{
    if (m_article && !m_findBar->text().isEmpty())
        m_article->find(m_findBar->text());
    else
        m_findBar->open();
}

void ReaderPane::findPrevious()
{
    if (m_article && !m_findBar->text().isEmpty())
        m_article->find(m_findBar->text(), true);
}

void ReaderPane::connectFindBar()
{
    connect(m_findBar, &FindBar::findRequested, this, [this](const QString &text, bool backward) {
        if (m_article)
            m_article->find(text, backward);
    });
    connect(m_findBar, &FindBar::closed, this, [this] {
        if (m_article) {
            m_article->find(QString());
            m_article->widget()->setFocus();
        }
    });
    connect(m_readerSignals, &ReaderSignals::findResult, m_findBar, &FindBar::showResult);
}

void ReaderPane::printGuide()
{
    if (!m_article)
        return;
    if (QPrinterInfo::availablePrinters().isEmpty()) {
        QMessageBox::information(this, tr("No printer"),
                                 tr("No printer is set up on this computer. You can save the guide as a PDF instead."));
        return;
    }
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_article->print(m_printer.get());
}

void ReaderPane::saveGuideAsPdf()
{
    if (!m_article)
        return;
    const QString path = askPdfPath(this, m_article->currentGuideId());
    if (!path.isEmpty())
        m_article->saveAsPdf(path);
}

void ReaderPane::connectOutcomes()
{
    connect(m_readerSignals, &ReaderSignals::printFinished, this, [this](bool ok) {
        Q_EMIT outcomeReported(ok ? tr("The guide was sent to the printer.") : tr("Printing failed."));
    });
    connect(m_readerSignals, &ReaderSignals::pdfSaved, this, [this](const QString &path, bool ok) {
        Q_EMIT outcomeReported(ok ? tr("Saved %1").arg(path) : tr("The PDF could not be saved to %1.").arg(path));
    });
}

void ReaderPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslatePlaceholder();
}

void ReaderPane::retranslatePlaceholder()
{
    if (m_viewerError.isEmpty())
        return;
    m_placeholder->setText(tr("Guides cannot be shown on this computer, because the guide viewer did not "
                              "start. Questions, search and the red-flag checklist still work.\n\n"
                              "For whoever looks after this computer: %1")
                               .arg(m_viewerError));
}

} // namespace bph::ui
