#pragma once

// Finds and loads Back Pain Hub's own modules: the parts built on Qt
// libraries the window does not need to show, loaded when first needed (the
// guide viewer, readerloader.h; the on-screen keyboard's language,
// keyboardlanguage.h). They are looked for beside the program, where the
// package installs them (BPH_MODULE_RELATIVE_DIR from the program's folder),
// then in Qt's library paths (QCoreApplication::libraryPaths, which
// QT_PLUGIN_PATH extends).

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

class QObject;

namespace bph::ui {

struct ModuleLoad
{
    QObject *instance = nullptr;  // owned by Qt's plugin loader; lives as long as the program
    QString error;                // why there is none, for the log
};

QStringList moduleFolders();

// Module `name` (QPluginLoader adds the platform's prefix and suffix:
// libbph_reader.so, bph_reader.dll) from the first of `folders` that holds
// one implementing interface `iid`. `description` names it in errors, as in
// "the guide viewer". Loaded once; later calls return the same instance.
ModuleLoad loadModule(QLatin1StringView name, const char *iid, const QString &description,
                      const QStringList &folders);

} // namespace bph::ui
