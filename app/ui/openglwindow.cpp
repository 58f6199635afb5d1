#include "openglwindow.h"

#include <QBackingStore>
#include <QGuiApplication>
#include <QOpenGLContext>
#include <QOpenGLWidget>
#include <QWindow>
#include <qpa/qplatformbackingstore.h>

using namespace Qt::StringLiterals;

namespace bph::ui {

void reserveOpenGLWindow(QWidget *window)
{
    // Without OpenGL contexts to share (AA_ShareOpenGLContexts, see
    // prepareForReaderModule; the offscreen platform, say), an OpenGL window
    // cannot be drawn at all.
    const QOpenGLContext *shared = QOpenGLContext::globalShareContext();
    if (!shared || !shared->isValid() || window->windowHandle())
        return;
    auto *openGLChild = new QOpenGLWidget(window);
    openGLChild->hide();
    if (QGuiApplication::platformName() != "xcb"_L1)
        return;  // the hidden child keeps the window composited from the start
    // Qt picks the native window's kind when it makes the QWindow (OpenGL,
    // with an OpenGL child in the window then), and picks the drawing when
    // the window is first shown (composited only with one still there).
    window->setAttribute(Qt::WA_NativeWindow);  // makes the QWindow now
    delete openGLChild;
}

void startOpenGLCompositing(QWidget *window)
{
    const QWindow *handle = window->windowHandle();
    QBackingStore *store = window->backingStore();
    if (!handle || handle->surfaceType() != QSurface::OpenGLSurface || !store)
        return;
    // What Qt itself does for a window shown with an OpenGL child in it.
    QPlatformBackingStore *platformStore = store->handle();
    if (!platformStore->rhi())
        platformStore->setRhiConfig(QPlatformBackingStoreRhiConfig(QPlatformBackingStoreRhiConfig::OpenGL));
}

} // namespace bph::ui
