#include "readerloader.h"
#include "readermodule.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bph::ui {

void prepareForReaderModule()
{
    // OpenGL contexts shared between windows, which the web view's
    // compositing needs, and Qt Quick (which it draws with) on OpenGL rather
    // than on Windows' default, Direct3D.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND"))
        qputenv("QSG_RHI_BACKEND", "opengl");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", withPageMemorySetting(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS")));
}

QByteArray withPageMemorySetting(const QByteArray &chromiumFlags)
{
    // Even with page script off, V8 in the page's process grows its heap to
    // full size after a few hundred pages and keeps it (about +45 MiB over a
    // kiosk's day, docs/PERFORMANCE.md); sized for memory it stays flat.
    if (chromiumFlags.contains("--js-flags"))
        return chromiumFlags;
    return QByteArray(chromiumFlags + " --js-flags=--optimize-for-size").trimmed();
}

ReaderModuleLoad loadReaderModule(const QStringList &folders)
{
    const ModuleLoad load = loadModule("bph_reader"_L1, BPH_READER_MODULE_IID, u"guide viewer"_s, folders);
    return {qobject_cast<ReaderModule *>(load.instance), load.error};
}

} // namespace bph::ui
