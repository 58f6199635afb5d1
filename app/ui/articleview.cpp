#include "articleview.h"
#include "appscheme.h"
#include "articlepage.h"
#include "requestinterceptor.h"

#include <QVBoxLayout>
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
}

} // namespace

ArticleView::ArticleView(const core::ContentStore &store, QWidget *parent)
    : QWidget(parent),
      m_profile(new QWebEngineProfile(this)),  // no storage name: off the record
      m_schemeHandler(new AppSchemeHandler(store, this)),
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
    m_view->setAcceptDrops(false);
    m_view->setAccessibleName(tr("Guide"));

    connect(page, &ArticlePage::checklistRequested, this, &ArticleView::checklistRequested);
    connect(page, &ArticlePage::externalLinkRequested, this, &ArticleView::externalLinkRequested);
    connect(m_view, &QWebEngineView::urlChanged, this, &ArticleView::onUrlChanged);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (ok && !m_currentGuide.isEmpty())
            Q_EMIT guideShown(m_currentGuide);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

ArticleView::~ArticleView()
{
    // The page must go before the profile it uses.
    delete m_view;
}

void ArticleView::setLanguage(const QString &lang)
{
    m_schemeHandler->setLanguage(lang);
}

void ArticleView::openGuide(const QString &id)
{
    m_view->setUrl(QUrl(u"app://guide/"_s + id));
}

void ArticleView::onUrlChanged(const QUrl &url)
{
    if (url.scheme() == "app"_L1 && url.host() == "guide"_L1)
        m_currentGuide = url.path().mid(1);
}

} // namespace bph::ui
