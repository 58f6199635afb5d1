#include "appscheme.h"
#include "contentstore.h"
#include "guidehtml.h"

#include <QBuffer>
#include <QFile>
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

AppSchemeHandler::AppSchemeHandler(const core::ContentStore &store, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_store(store)
{
}

void AppSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const QString id = url.path().mid(1);
    if (url.host() == "guide"_L1) {
        if (const auto guide = m_store.guide(m_lang, id)) {
            GuidePageContext context;
            context.theme = m_theme;
            context.phoneLink = m_phoneLink;
            context.hasQuestions = !m_store.faqsForGuide(m_lang, id).isEmpty();
            for (const core::Topic &topic : m_store.topics(m_lang))
                if (topic.id == guide->topic)
                    context.topicTitle = topic.title;
            reply(job, "text/html", guidePageHtml(*guide, context).toUtf8());
            return;
        }
    } else if (url.host() == "style"_L1 && id == "article.css"_L1) {
        QFile css(u":/ui/article/article.css"_s);
        if (css.open(QIODevice::ReadOnly)) {
            reply(job, "text/css", css.readAll());
            return;
        }
    }
    qCDebug(lcScheme) << "not found:" << url;
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace bph::ui
