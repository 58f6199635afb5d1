#pragma once

// Shows guides in a locked-down web view: an off-the-record profile, the
// app:// scheme as the only source, no page script, no way out to the web.
// Also the reader's tools that act on the page: history, text size, theme,
// find, print and PDF.

#include "readermodule.h"

#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace bph::ui {

class AppSchemeHandler;

class ArticleView final : public QWidget, public ReaderView
{
    Q_OBJECT
public:
    ArticleView(const GuidePageSource &pages, ReaderEvents &events, QWidget *parent = nullptr);
    ~ArticleView() override;

    QWidget *widget() override { return this; }
    void setLanguage(const QString &lang) override;
    void setPageTheme(const QString &theme) override;
    void setTextScale(double scale) override;
    double textScale() const override;
    void setContextMenuAllowed(bool allowed) override;
    void setPhoneLinkShown(bool shown) override;

    void openGuide(const QString &id) override;
    void reload() override;
    QString currentGuideId() const override { return m_currentGuide; }

    bool canGoBack() const override;
    bool canGoForward() const override;
    void back() override;
    void forward() override;
    void clearHistory() override;

    void find(const QString &text, bool backward = false) override;
    void print(QPrinter *printer) override;
    void saveAsPdf(const QString &path) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onUrlChanged(const QUrl &url);
    void showContextMenu(const QPoint &position);
    void applyPageBackground();

    const GuidePageSource &m_pages;
    ReaderEvents &m_events;
    QWebEngineProfile *m_profile = nullptr;
    AppSchemeHandler *m_schemeHandler = nullptr;
    QWebEngineView *m_view = nullptr;
    QString m_currentGuide;
};

} // namespace bph::ui
