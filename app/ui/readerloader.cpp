#include "readerloader.h"
#include "readermodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {
// QPluginLoader adds the platform's prefix and suffix: libbph_reader.so, bph_reader.dll.
constexpr auto kModuleName = "bph_reader"_L1;
}

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

QStringList readerModuleFolders()
{
    const QString programFolder = QCoreApplication::applicationDirPath();
    QStringList folders{programFolder, QDir::cleanPath(programFolder + u'/' + QStringLiteral(BPH_READER_RELATIVE_DIR))};
    folders += QCoreApplication::libraryPaths();
    folders.removeDuplicates();
    return folders;
}

ReaderModuleLoad loadReaderModule(const QStringList &folders)
{
    QStringList failures;
    for (const QString &folder : folders) {
        QPluginLoader loader(folder + u'/' + kModuleName);
        if (loader.fileName().isEmpty())
            continue;  // not in this folder
        if (auto *module = qobject_cast<ReaderModule *>(loader.instance()))
            return {module, {}};
        failures += loader.errorString().isEmpty()
                        ? QDir::toNativeSeparators(loader.fileName()) + u" is not Back Pain Hub's guide viewer"_s
                        : loader.errorString();
        loader.unload();
    }
    if (failures.isEmpty())
        return {nullptr, u"the guide viewer (%1) was not found in %2"_s.arg(kModuleName, folders.join(u", "_s))};
    return {nullptr, failures.join(u"; "_s)};
}

} // namespace bph::ui
