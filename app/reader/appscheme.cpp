#include "appscheme.h"

#include <QBuffer>
#include <QLoggingCategory>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

Q_LOGGING_CATEGORY(lcScheme, "bph.ui.scheme")

void reply(QWebEngineUrlRequestJob *job, const QByteArray &mime, const QByteArray &body)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(body);
    job->reply(mime, buffer);
}

} // namespace

void registerAppScheme()
{
    QWebEngineUrlScheme scheme(kAppScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

AppSchemeHandler::AppSchemeHandler(const GuidePageSource &pages, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_pages(pages)
{
}

void AppSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const QString id = url.path().mid(1);
    if (url.host() == "guide"_L1) {
        if (const auto page = m_pages.guidePage(id, m_options)) {
            reply(job, "text/html", *page);
            return;
        }
    }
    qCDebug(lcScheme) << "not found:" << url;
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace bph::ui
