#pragma once

// Refuses every request the page makes except to app:, data: and blob:, so
// no guide (or tampered content) can reach the network or local files.

#include <QWebEngineUrlRequestInterceptor>

namespace bph::ui {

class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    static bool isAllowed(const QUrl &url);
};

} // namespace bph::ui
