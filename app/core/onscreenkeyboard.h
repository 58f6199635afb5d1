#pragma once

// Whether Qt Virtual Keyboard, the kiosk's on-screen keyboard, can start:
// its input plugin and the QML modules its keyboard panel imports. Debian
// 12's qt6-virtualkeyboard-plugin installs the plugin without all of those
// modules; with one missing, the panel fails as the reader first taps the
// search box and leaves the whole screen black.

#include <QString>
#include <QStringList>

namespace bph::core {

struct OnScreenKeyboard
{
    bool installed = false;      // its input plugin is there
    QStringList missingModules;  // QML modules it imports that are not, e.g. "QtQuick.Layouts"

    bool canStart() const { return installed && missingModules.isEmpty(); }
};

// `pluginsPath` and `qmlImportsPath` are Qt's (QLibraryInfo::PluginsPath and
// QmlImportsPath).
OnScreenKeyboard findOnScreenKeyboard(const QString &pluginsPath, const QString &qmlImportsPath);

} // namespace bph::core
