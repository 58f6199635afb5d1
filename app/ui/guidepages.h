#pragma once

// The guide viewer's pages, made from the content: each guide's HTML with
// its topic, theme, links and style sheet.

#include "readermodule.h"

namespace bph::core {
class ContentStore;
}

namespace bph::ui {

class GuidePages final : public GuidePageSource
{
public:
    explicit GuidePages(const core::ContentStore &store) : m_store(store) {}

    std::optional<QByteArray> guidePage(const QString &id, const GuidePageOptions &options) const override;
    QColor pageBackground(const QString &theme) const override;

private:
    const core::ContentStore &m_store;
};

} // namespace bph::ui
