#pragma once

// The size the reader's window opens at: room for the whole toolbar in
// either language, where the screen has it. Header-only, so that
// bench/bare_webview (which must link nothing of the app's) opens at the
// same size and draws as much.

#include <QScreen>
#include <QSize>

namespace bph::ui {

inline QSize firstWindowSize(const QScreen *screen)
{
    const QSize size(1240, 760);
    return screen ? size.boundedTo(screen->availableSize() * 0.95) : size;
}

} // namespace bph::ui
