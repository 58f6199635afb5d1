#include "requestinterceptor.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {
Q_LOGGING_CATEGORY(lcInterceptor, "bph.ui.interceptor")
}

bool RequestInterceptor::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == "app"_L1 || scheme == "data"_L1 || scheme == "blob"_L1;
}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isAllowed(info.requestUrl()))
        return;
    qCInfo(lcInterceptor) << "blocked a request to" << info.requestUrl().scheme() << "URL";
    info.block(true);
}

} // namespace bph::ui
