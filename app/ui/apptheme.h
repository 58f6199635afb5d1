#pragma once

// Applies a reader's theme to the widgets (palette) and tells the page which
// colours to use; "System" follows the desktop's light or dark palette.

#include "preferences.h"

#include <QPalette>
#include <QString>

namespace bph::ui {

// The page theme for a choice: "light", "dark" or "high-contrast".
QString pageThemeName(core::Theme theme, const QPalette &systemPalette);

// The widget palette for a choice (the system palette for System).
QPalette themePalette(core::Theme theme, const QPalette &systemPalette);

} // namespace bph::ui
