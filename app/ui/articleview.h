#pragma once

// Shows guides in a locked-down web view: an off-the-record profile, the
// app:// scheme as the only source, no page script, no way out to the web.

#include <QUrl>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace bph::core {
class ContentStore;
}

namespace bph::ui {

class AppSchemeHandler;

class ArticleView final : public QWidget
{
    Q_OBJECT
public:
    ArticleView(const core::ContentStore &store, QWidget *parent = nullptr);
    ~ArticleView() override;

    void setLanguage(const QString &lang);
    void openGuide(const QString &id);
    QString currentGuideId() const { return m_currentGuide; }
    QWebEngineView *webView() const { return m_view; }

Q_SIGNALS:
    void guideShown(const QString &id);  // after the page has loaded
    void checklistRequested();
    void externalLinkRequested(const QUrl &url);

private:
    void onUrlChanged(const QUrl &url);

    QWebEngineProfile *m_profile = nullptr;
    AppSchemeHandler *m_schemeHandler = nullptr;
    QWebEngineView *m_view = nullptr;
    QString m_currentGuide;
};

} // namespace bph::ui
