#pragma once

// A web page that follows only app:// links itself and hands every other
// navigation to the window (external links, the checklist).

#include <QWebEnginePage>

namespace bph::ui {

class ArticlePage final : public QWebEnginePage
{
    Q_OBJECT
public:
    using QWebEnginePage::QWebEnginePage;

Q_SIGNALS:
    void checklistRequested();
    void questionsRequested(const QString &guideId);
    void phoneLinkRequested(const QString &guideId);
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace bph::ui
