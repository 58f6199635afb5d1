#include "articleview.h"
#include "appscheme.h"
#include "articlepage.h"
#include "requestinterceptor.h"

#include <QChildEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <QWebEngineFindTextResult>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

void lockDown(QWebEngineSettings *settings)
{
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    settings->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
}

// Context-menu entries that would leave the reader's page: save, inspect,
// view source, open elsewhere, download.
bool isAllowedInContextMenu(QWebEnginePage *page, const QAction *action)
{
    for (const auto forbidden : {QWebEnginePage::SavePage, QWebEnginePage::ViewSource, QWebEnginePage::InspectElement,
                                 QWebEnginePage::OpenLinkInNewWindow, QWebEnginePage::OpenLinkInNewTab,
                                 QWebEnginePage::OpenLinkInNewBackgroundTab, QWebEnginePage::OpenLinkInThisWindow,
                                 QWebEnginePage::DownloadLinkToDisk, QWebEnginePage::DownloadImageToDisk,
                                 QWebEnginePage::DownloadMediaToDisk, QWebEnginePage::CopyImageUrlToClipboard,
                                 QWebEnginePage::CopyMediaUrlToClipboard, QWebEnginePage::CopyLinkToClipboard,
                                 QWebEnginePage::Reload})
        if (page->action(forbidden) == action)
            return false;
    return true;
}

} // namespace

ArticleView::ArticleView(const GuidePageSource &pages, ReaderEvents &events, QWidget *parent)
    : QWidget(parent),
      m_pages(pages),
      m_events(events),
      m_profile(new QWebEngineProfile(this)),  // no storage name: off the record
      m_schemeHandler(new AppSchemeHandler(pages, this)),
      m_view(new QWebEngineView(this))
{
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->installUrlSchemeHandler(kAppScheme, m_schemeHandler);
    m_profile->setUrlRequestInterceptor(new RequestInterceptor(m_profile));
    lockDown(m_profile->settings());

    auto *page = new ArticlePage(m_profile, m_view);
    m_view->setPage(page);
    applyPageBackground();
    m_view->setAcceptDrops(false);
    m_view->setAccessibleName(tr("Guide"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(page, &ArticlePage::checklistRequested, this, [this] { m_events.onChecklistRequested(); });
    connect(page, &ArticlePage::questionsRequested, this,
            [this](const QString &guideId) { m_events.onQuestionsRequested(guideId); });
    connect(page, &ArticlePage::phoneLinkRequested, this,
            [this](const QString &guideId) { m_events.onPhoneLinkRequested(guideId); });
    connect(page, &ArticlePage::externalLinkRequested, this,
            [this](const QUrl &url) { m_events.onExternalLinkRequested(url); });
    connect(page, &QWebEnginePage::findTextFinished, this, [this](const QWebEngineFindTextResult &result) {
        m_events.onFindResult(result.activeMatch(), result.numberOfMatches());
    });
    connect(page, &QWebEnginePage::pdfPrintingFinished, this,
            [this](const QString &path, bool ok) { m_events.onPdfSaved(path, ok); });
    connect(m_view, &QWebEngineView::printFinished, this, [this](bool ok) { m_events.onPrintFinished(ok); });
    connect(m_view, &QWebEngineView::customContextMenuRequested, this, &ArticleView::showContextMenu);
    connect(m_view, &QWebEngineView::urlChanged, this, &ArticleView::onUrlChanged);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_events.onHistoryChanged();
        if (ok && !m_currentGuide.isEmpty())
            m_events.onGuideShown(m_currentGuide);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    // The page's input goes to an internal child widget created later; watch
    // for it to catch the mouse's back and forward buttons.
    m_view->installEventFilter(this);
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::ChildPolished) {
        if (QObject *child = static_cast<QChildEvent *>(event)->child(); child && child->isWidgetType())
            child->installEventFilter(this);
    } else if (event->type() == QEvent::MouseButtonPress) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            button == Qt::BackButton ? back() : forward();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

ArticleView::~ArticleView()
{
    // Nothing more is reported while the page goes: the window may be going too.
    m_view->page()->disconnect(this);
    m_view->disconnect(this);
    // The page must go before the profile it uses.
    delete m_view;
}

void ArticleView::setLanguage(const QString &lang)
{
    m_schemeHandler->setLanguage(lang);
}

void ArticleView::setPageTheme(const QString &theme)
{
    if (m_schemeHandler->theme() == theme)
        return;
    m_schemeHandler->setTheme(theme);
    applyPageBackground();
    if (!m_currentGuide.isEmpty())
        reload();
}

// The view starts in the colour its page is drawn on: no white flash
// before a dark page, and a page on another colour than its view's loads
// measurably later (docs/PERFORMANCE.md).
void ArticleView::applyPageBackground()
{
    if (const QColor background = m_pages.pageBackground(m_schemeHandler->theme()); background.isValid())
        m_view->page()->setBackgroundColor(background);
}

void ArticleView::setTextScale(double scale)
{
    m_view->setZoomFactor(scale);
}

double ArticleView::textScale() const
{
    return m_view->zoomFactor();
}

void ArticleView::setContextMenuAllowed(bool allowed)
{
    m_view->setContextMenuPolicy(allowed ? Qt::CustomContextMenu : Qt::NoContextMenu);
}

void ArticleView::setPhoneLinkShown(bool shown)
{
    m_schemeHandler->setPhoneLinkShown(shown);
}

void ArticleView::openGuide(const QString &id)
{
    m_view->setUrl(QUrl(u"app://guide/"_s + id));
}

void ArticleView::reload()
{
    m_view->reload();
}

bool ArticleView::canGoBack() const
{
    return m_view->history()->canGoBack();
}

bool ArticleView::canGoForward() const
{
    return m_view->history()->canGoForward();
}

void ArticleView::back()
{
    m_view->back();
}

void ArticleView::forward()
{
    m_view->forward();
}

void ArticleView::clearHistory()
{
    m_view->history()->clear();
    m_events.onHistoryChanged();
}

void ArticleView::find(const QString &text, bool backward)
{
    m_view->findText(text, backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void ArticleView::print(QPrinter *printer)
{
    m_view->print(printer);
}

void ArticleView::saveAsPdf(const QString &path)
{
    m_view->page()->printToPdf(path);
}

void ArticleView::onUrlChanged(const QUrl &url)
{
    if (url.scheme() == "app"_L1 && url.host() == "guide"_L1 && m_currentGuide != url.path().mid(1)) {
        m_currentGuide = url.path().mid(1);
        m_events.onGuideChanged(m_currentGuide);
    }
    m_events.onHistoryChanged();
}

void ArticleView::showContextMenu(const QPoint &position)
{
    QMenu *menu = m_view->createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction *action : menu->actions())
        if (!isAllowedInContextMenu(m_view->page(), action))
            menu->removeAction(action);
    if (menu->actions().isEmpty()) {
        delete menu;
        return;
    }
    menu->popup(m_view->mapToGlobal(position));
}

} // namespace bph::ui
