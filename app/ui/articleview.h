#pragma once

// Shows guides in a locked-down web view: an off-the-record profile, the
// app:// scheme as the only source, no page script, no way out to the web.
// Also the reader's tools that act on the page: history, text size, theme,
// find, print and PDF.

#include <QUrl>
#include <QWidget>

class QPrinter;
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
    explicit ArticleView(const core::ContentStore &store, QWidget *parent = nullptr);
    ~ArticleView() override;

    void setLanguage(const QString &lang);
    // "light", "dark" or "high-contrast": the page's colours.
    void setPageTheme(const QString &theme);
    void setTextScale(double scale);
    double textScale() const;
    // Kiosk: no context menu at all.
    void setContextMenuAllowed(bool allowed);
    // Kiosk: a "Read on your phone" link on every guide.
    void setPhoneLinkShown(bool shown);

    void openGuide(const QString &id);
    void reload();
    QString currentGuideId() const { return m_currentGuide; }
    QWebEngineView *webView() const { return m_view; }

    bool canGoBack() const;
    bool canGoForward() const;
    void back();
    void forward();
    void clearHistory();

    // Highlights matches of `text` (empty clears); reports how many.
    void find(const QString &text, bool backward = false);
    void print(QPrinter *printer);
    void saveAsPdf(const QString &path);

Q_SIGNALS:
    void guideChanged(const QString &id);  // as soon as the view moves to a guide
    void guideShown(const QString &id);    // after the page has loaded
    void historyChanged();
    void checklistRequested();
    void questionsRequested(const QString &guideId);
    void phoneLinkRequested(const QString &guideId);
    void externalLinkRequested(const QUrl &url);
    void findResult(int activeMatch, int numberOfMatches);
    void printFinished(bool ok);
    void pdfSaved(const QString &path, bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onUrlChanged(const QUrl &url);
    void showContextMenu(const QPoint &position);

    QWebEngineProfile *m_profile = nullptr;
    AppSchemeHandler *m_schemeHandler = nullptr;
    QWebEngineView *m_view = nullptr;
    QString m_currentGuide;
};

} // namespace bph::ui
