#pragma once

// What the reader's web page holds now, as HTML or as text. The page answers
// asynchronously, so these wait (up to ten seconds) for it.

#include "articleview.h"

#include <QString>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <functional>

namespace bphtest {

inline QString pageContents(bph::ui::ArticleView &view,
                            void (QWebEnginePage::*read)(const std::function<void(const QString &)> &) const)
{
    QString contents;
    bool done = false;
    (view.webView()->page()->*read)([&](const QString &result) { contents = result; done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the page did not answer");
    return contents;
}

inline QString pageHtml(bph::ui::ArticleView &view)
{
    return pageContents(view, &QWebEnginePage::toHtml);
}

inline QString pageText(bph::ui::ArticleView &view)
{
    return pageContents(view, &QWebEnginePage::toPlainText);
}

} // namespace bphtest
