#include "apptheme.h"

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Base, QColor(0x16, 0x19, 0x1d));
    palette.setColor(QPalette::AlternateBase, QColor(0x24, 0x29, 0x2f));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Button, QColor(0x2b, 0x30, 0x37));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x70, 0xbd));  // white text on it at 5:1
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x30, 0x37));
    palette.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa8, 0xb2));
    palette.setColor(QPalette::Link, QColor(0x8c, 0xc4, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x92, 0x9c));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x92, 0x9c));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x92, 0x9c));
    return palette;
}

QPalette highContrastPalette()
{
    QPalette palette(Qt::white, Qt::black);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        palette.setColor(role, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                            QPalette::BrightText, QPalette::PlaceholderText})
        palette.setColor(role, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    // Switched-off controls: still 7:1 on black, and plainly greyer than white.
    for (const auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        palette.setColor(QPalette::Disabled, role, QColor(0x96, 0x96, 0x96));
    return palette;
}

} // namespace

QString pageThemeName(core::Theme theme, const QPalette &systemPalette)
{
    switch (theme) {
    case core::Theme::Light:
        return u"light"_s;
    case core::Theme::Dark:
        return u"dark"_s;
    case core::Theme::HighContrast:
        return u"high-contrast"_s;
    case core::Theme::System:
        break;
    }
    return isDark(systemPalette) ? u"dark"_s : u"light"_s;
}

QPalette themePalette(core::Theme theme, const QPalette &systemPalette)
{
    switch (theme) {
    case core::Theme::Dark:
        return darkPalette();
    case core::Theme::HighContrast:
        return highContrastPalette();
    case core::Theme::Light:
        return isDark(systemPalette) ? QPalette(QColor(0xf3, 0xf4, 0xf6)) : systemPalette;
    case core::Theme::System:
        break;
    }
    return systemPalette;
}

} // namespace bph::ui
