// The main window is made for the OpenGL-drawn guide viewer before it shows,
// yet drawn the plain way until the viewer comes (its first paint does not
// wait for OpenGL compositing), and then composites without being remade.
// Runs on X11 under Xvfb (ctest's tst_openglwindow_x11): only a real window
// system has OpenGL windows and a screen to read back.

#include "openglwindow.h"
#include "readerloader.h"

#include <QApplication>
#include <QBackingStore>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QOpenGLWidget>
#include <QPointer>
#include <QScreen>
#include <QTest>
#include <QWindow>
#include <qpa/qplatformbackingstore.h>

using namespace Qt::StringLiterals;

namespace {

const QColor kWindowColour(200, 40, 40);
const QColor kOpenGLColour(40, 160, 40);

// Stands in for the guide viewer: a child drawn with OpenGL, one colour.
class OpenGLChild final : public QOpenGLWidget
{
protected:
    void paintGL() override
    {
        QOpenGLFunctions *gl = context()->functions();
        gl->glClearColor(kOpenGLColour.redF(), kOpenGLColour.greenF(), kOpenGLColour.blueF(), 1.0f);
        gl->glClear(GL_COLOR_BUFFER_BIT);
    }
};

// A window of one colour, as the main window stands for its widgets.
std::unique_ptr<QWidget> colouredWindow()
{
    auto window = std::make_unique<QWidget>();
    QPalette palette = window->palette();
    palette.setColor(QPalette::Window, kWindowColour);
    window->setPalette(palette);
    window->setAutoFillBackground(true);
    window->resize(400, 300);
    return window;
}

// What the screen shows at a point of the widget.
QColor onScreen(const QWidget &widget, QPoint point)
{
    const QPoint global = widget.mapToGlobal(point);
    return widget.screen()->grabWindow(0, global.x(), global.y(), 1, 1).toImage().pixelColor(0, 0);
}

bool composited(const QWidget &window)
{
    return window.backingStore() && window.backingStore()->handle()->rhi();
}

} // namespace

class TestOpenGLWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstPaintIsNotComposited();
    void openGLChildShowsWithoutTheWindowBeingRemade();
    void startingCompositingTwiceKeepsTheFirst();
};

void TestOpenGLWindow::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    const QOpenGLContext *shared = QOpenGLContext::globalShareContext();
    QVERIFY2(shared && shared->isValid(), "no shared OpenGL context on this display");
}

void TestOpenGLWindow::firstPaintIsNotComposited()
{
    const auto window = colouredWindow();
    bph::ui::reserveOpenGLWindow(window.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->windowHandle()->surfaceType(), QSurface::OpenGLSurface);
    QVERIFY2(!composited(*window), "the window was composited before any OpenGL child came");
    QTRY_COMPARE(onScreen(*window, {200, 150}), kWindowColour);
}

void TestOpenGLWindow::openGLChildShowsWithoutTheWindowBeingRemade()
{
    const auto window = colouredWindow();
    bph::ui::reserveOpenGLWindow(window.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QPointer<QWindow> shown = window->windowHandle();
    const WId shownId = window->winId();

    bph::ui::startOpenGLCompositing(window.get());
    auto *child = new OpenGLChild;
    child->setParent(window.get());
    child->setGeometry(0, 0, 200, 300);
    child->show();

    QTRY_COMPARE(onScreen(*window, {100, 150}), kOpenGLColour);
    QCOMPARE(onScreen(*window, {300, 150}), kWindowColour);
    QVERIFY2(shown && window->windowHandle() == shown && window->winId() == shownId,
             "the window was made again when its OpenGL child came");
    QVERIFY(composited(*window));
}

void TestOpenGLWindow::startingCompositingTwiceKeepsTheFirst()
{
    // A kiosk's idle reset makes a fresh viewer in the same window.
    const auto window = colouredWindow();
    bph::ui::reserveOpenGLWindow(window.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    bph::ui::startOpenGLCompositing(window.get());
    QRhi *first = window->backingStore()->handle()->rhi();
    QVERIFY(first);
    bph::ui::startOpenGLCompositing(window.get());
    QCOMPARE(window->backingStore()->handle()->rhi(), first);
}

int main(int argc, char *argv[])
{
    bph::ui::prepareForReaderModule();  // shared OpenGL contexts, as the app has
    QApplication app(argc, argv);
    TestOpenGLWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_openglwindow.moc"
