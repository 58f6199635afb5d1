#pragma once

// The boundary between the window and the guide viewer. The viewer (a web
// view and everything QtWebEngine brings) is a module of its own,
// bph_reader, loaded only after the window is first shown: merely loading
// QtWebEngine's libraries makes a program start about a third slower
// (docs/PERFORMANCE.md). These are header-only interfaces, so neither side
// links the other.

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <optional>

class QPrinter;
class QWidget;

namespace bph::ui {

// How a guide's page is dressed.
struct GuidePageOptions
{
    QString lang;
    QString theme;           // "light", "dark" or "high-contrast"
    bool phoneLink = false;  // kiosk: a "Read on your phone" link
};

// Where the viewer's pages come from.
class GuidePageSource
{
public:
    virtual ~GuidePageSource() = default;
    // The page of guide `id` in `options.lang`; nothing if there is none.
    virtual std::optional<QByteArray> guidePage(const QString &id, const GuidePageOptions &options) const = 0;
    // The colour a page in `theme` is drawn on; invalid if unknown.
    virtual QColor pageBackground(const QString &theme) const = 0;
};

// What the viewer tells the window.
class ReaderEvents
{
public:
    virtual ~ReaderEvents() = default;
    virtual void onGuideChanged(const QString &id) = 0;  // as soon as the view moves to a guide
    virtual void onGuideShown(const QString &id) = 0;    // after the page has loaded
    virtual void onHistoryChanged() = 0;
    virtual void onChecklistRequested() = 0;
    virtual void onQuestionsRequested(const QString &guideId) = 0;
    virtual void onPhoneLinkRequested(const QString &guideId) = 0;
    virtual void onExternalLinkRequested(const QUrl &url) = 0;
    virtual void onFindResult(int activeMatch, int numberOfMatches) = 0;
    virtual void onPrintFinished(bool ok) = 0;
    virtual void onPdfSaved(const QString &path, bool ok) = 0;
};

// The guide viewer, as the window drives it: a locked-down page that shows
// one guide at a time, with its history, text size, theme, find and print.
class ReaderView
{
public:
    virtual ~ReaderView() = default;
    virtual QWidget *widget() = 0;

    virtual void setLanguage(const QString &lang) = 0;
    // "light", "dark" or "high-contrast": the page's colours.
    virtual void setPageTheme(const QString &theme) = 0;
    virtual void setTextScale(double scale) = 0;
    virtual double textScale() const = 0;
    // Kiosk: no context menu at all.
    virtual void setContextMenuAllowed(bool allowed) = 0;
    // Kiosk: a "Read on your phone" link on every guide.
    virtual void setPhoneLinkShown(bool shown) = 0;

    virtual void openGuide(const QString &id) = 0;
    virtual void reload() = 0;
    virtual QString currentGuideId() const = 0;

    virtual bool canGoBack() const = 0;
    virtual bool canGoForward() const = 0;
    virtual void back() = 0;
    virtual void forward() = 0;
    virtual void clearHistory() = 0;

    // Highlights matches of `text` (empty clears); onFindResult says how many.
    virtual void find(const QString &text, bool backward = false) = 0;
    // Asynchronous: `printer` must live until onPrintFinished.
    virtual void print(QPrinter *printer) = 0;
    virtual void saveAsPdf(const QString &path) = 0;
};

// What the module offers: viewers. Each is a child of `parent`, reads its
// pages from `pages` and reports to `events`; both must outlive it.
class ReaderModule
{
public:
    virtual ~ReaderModule() = default;
    virtual ReaderView *createView(const GuidePageSource &pages, ReaderEvents &events, QWidget *parent) = 0;
};

} // namespace bph::ui

#define BPH_READER_MODULE_IID "org.backpainhub.ReaderModule/2"
Q_DECLARE_INTERFACE(bph::ui::ReaderModule, BPH_READER_MODULE_IID)
