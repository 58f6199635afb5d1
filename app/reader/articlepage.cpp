#include "articlepage.h"

using namespace Qt::StringLiterals;

namespace bph::ui {

bool ArticlePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == "app"_L1) {
        if (url.host() == "checklist"_L1) {
            Q_EMIT checklistRequested();
            return false;
        }
        if (url.host() == "phone"_L1) {
            Q_EMIT phoneLinkRequested(url.path().mid(1));
            return false;
        }
        if (url.host() == "questions"_L1) {
            Q_EMIT questionsRequested(url.path().mid(1));
            return false;
        }
        return isMainFrame;
    }
    // Only a reader's own click may lead outside; anything else is refused.
    if (type == NavigationTypeLinkClicked && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1 || url.scheme() == "mailto"_L1))
        Q_EMIT externalLinkRequested(url);
    return false;
}

QWebEnginePage *ArticlePage::createWindow(WebWindowType)
{
    return nullptr;  // never a new window or tab
}

} // namespace bph::ui
