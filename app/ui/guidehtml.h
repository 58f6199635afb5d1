#pragma once

// Builds the full HTML page of a guide from the article template: title,
// summary, body, related guides, sources, review dates and the care footer.

#include "contenttypes.h"

#include <QString>

namespace bph::ui {

QString guidePageHtml(const core::Guide &guide, const QString &topicTitle);

} // namespace bph::ui
