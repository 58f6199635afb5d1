#pragma once

class QWidget;

namespace bph::ui {

// The guide viewer draws with OpenGL. Qt draws a window that holds such a
// child through OpenGL too (compositing), and destroys and remakes a window
// that gains one once it is on screen: the reader would see it vanish and
// come back. Two steps avoid that.
//
// Before the window is first shown, it is made for OpenGL. On X11 its
// widgets are still drawn the plain way until the viewer comes, so that the
// first paint does not wait for compositing to be set up (about 100 ms with
// software OpenGL): that is done as the viewer comes, while its page process
// starts. Elsewhere (not tried there) the window composites from the start.
void reserveOpenGLWindow(QWidget *window);

// Before the viewer is added: starts compositing if it has not started.
void startOpenGLCompositing(QWidget *window);

} // namespace bph::ui
