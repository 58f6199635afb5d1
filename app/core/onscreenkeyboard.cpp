#include "onscreenkeyboard.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {
// The modules the keyboard panel imports in Qt 6.4 (its InputPanel.qml and
// Keyboard.qml), found by starting it on a bare Debian 12.
constexpr const char *kModules[] = {"QtQml",           "QtQml.WorkerScript", "QtQuick",
                                    "QtQuick.Window",  "QtQuick.Layouts",    "Qt.labs.folderlistmodel",
                                    "QtQuick.VirtualKeyboard"};
}

OnScreenKeyboard findOnScreenKeyboard(const QString &pluginsPath, const QString &qmlImportsPath)
{
    OnScreenKeyboard keyboard;
    keyboard.installed = QFile::exists(pluginsPath + u"/platforminputcontexts/libqtvirtualkeyboardplugin.so"_s);
    for (const char *module : kModules) {
        const QString name = QString::fromLatin1(module);
        // A module's qmldir sits in the folder its dotted name spells.
        if (!QFile::exists(qmlImportsPath + u'/' + QString(name).replace(u'.', u'/') + u"/qmldir"_s))
            keyboard.missingModules.append(name);
    }
    return keyboard;
}

} // namespace bph::core
