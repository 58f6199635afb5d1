#pragma once

// Builds the full HTML page of a guide from the article template: title,
// summary, body, related guides, sources, review dates and the care footer,
// with the style sheet inline and a Content Security Policy that admits only it.

#include "contenttypes.h"

#include <QColor>
#include <QString>

namespace bph::ui {

// What the page shows beyond the guide itself.
struct GuidePageContext {
    QString topicTitle;
    QString theme = QStringLiteral("light");  // light, dark or high-contrast
    bool hasQuestions = false;               // link to "Questions about this guide"
    bool phoneLink = false;                  // kiosk: "Read on your phone"
};

QString guidePageHtml(const core::Guide &guide, const GuidePageContext &context);

// The page's background in `theme`, as its style sheet gives it (--background);
// invalid if the sheet gives none.
QColor guidePageBackground(const QString &theme);

} // namespace bph::ui
