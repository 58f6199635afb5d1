#include "moduleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace bph::ui {

QStringList moduleFolders()
{
    const QString programFolder = QCoreApplication::applicationDirPath();
    QStringList folders{programFolder, QDir::cleanPath(programFolder + u'/' + QStringLiteral(BPH_MODULE_RELATIVE_DIR))};
    folders += QCoreApplication::libraryPaths();
    folders.removeDuplicates();
    return folders;
}

ModuleLoad loadModule(QLatin1StringView name, const char *iid, const QString &description, const QStringList &folders)
{
    QStringList failures;
    for (const QString &folder : folders) {
        QPluginLoader loader(folder + u'/' + name);
        if (loader.fileName().isEmpty())
            continue;  // not in this folder
        QObject *instance = loader.instance();
        if (instance && instance->qt_metacast(iid))
            return {instance, {}};
        failures += loader.errorString().isEmpty()
                        ? u"%1 is not Back Pain Hub's %2"_s.arg(QDir::toNativeSeparators(loader.fileName()), description)
                        : loader.errorString();
        loader.unload();
    }
    if (failures.isEmpty())
        return {nullptr, u"the %1 (%2) was not found in %3"_s.arg(description, name, folders.join(u", "_s))};
    return {nullptr, failures.join(u"; "_s)};
}

} // namespace bph::ui
