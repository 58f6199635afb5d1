#include "kioskenvironment.h"
#include "onscreenkeyboard.h"

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace bph::core {

QString prepareKioskEnvironment()
{
    qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    // Qt Quick (the guide viewer, the keyboard) would otherwise keep its
    // compiled QML and shaders under ~/.cache.
    qputenv("QML_DISABLE_DISK_CACHE", "1");
    QCoreApplication::setAttribute(Qt::AA_DisableShaderDiskCache);

    const OnScreenKeyboard keyboard = findOnScreenKeyboard(QLibraryInfo::path(QLibraryInfo::PluginsPath),
                                                           QLibraryInfo::path(QLibraryInfo::QmlImportsPath));
    if (keyboard.canStart()) {
        if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
            qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
        return {};
    }
    if (qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard")
        qunsetenv("QT_IM_MODULE");
    if (!keyboard.installed)
        return {};
    return u"the on-screen keyboard cannot start, because these Qt QML modules are not installed: %1. Going on "
           "without it; a physical keyboard still works (docs/KIOSK.md)."_s.arg(keyboard.missingModules.join(u", "_s));
}

} // namespace bph::core
