#pragma once

// The reader's web view, and what its page holds now, as HTML or as text.
// The page answers asynchronously, so these wait (up to ten seconds) for it.

#include "readermodule.h"

#include <QString>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QWidget>

#include <functional>

namespace bphtest {

// The web view inside the guide viewer (loaded from the bph_reader module).
inline QWebEngineView *webView(bph::ui::ReaderView *view)
{
    return view ? view->widget()->findChild<QWebEngineView *>() : nullptr;
}

inline QString pageContents(bph::ui::ReaderView &view,
                            void (QWebEnginePage::*read)(const std::function<void(const QString &)> &) const)
{
    QString contents;
    bool done = false;
    (webView(&view)->page()->*read)([&](const QString &result) { contents = result; done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the page did not answer");
    return contents;
}

inline QString pageHtml(bph::ui::ReaderView &view)
{
    return pageContents(view, &QWebEnginePage::toHtml);
}

inline QString pageText(bph::ui::ReaderView &view)
{
    return pageContents(view, &QWebEnginePage::toPlainText);
}

// What the page's style gives an element, e.g. computedStyle(view, "html",
// "background-color") == "rgb(0, 0, 0)". Read in a world of its own: the
// page's own script is off.
inline QString computedStyle(bph::ui::ReaderView &view, const QString &selector, const QString &property)
{
    const QString script = u"getComputedStyle(document.querySelector('%1')).getPropertyValue('%2')"_qs.arg(selector, property);
    QString value;
    bool done = false;
    webView(&view)->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &result) {
        value = result.toString();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the page did not answer");
    return value;
}

} // namespace bphtest
