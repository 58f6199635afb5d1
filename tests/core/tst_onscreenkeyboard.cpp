// The kiosk uses the on-screen keyboard only where it can start: its plugin
// and every QML module its panel imports (one missing blacked out the screen
// at the first tap on Debian 12).

#include "onscreenkeyboard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bph::core::findOnScreenKeyboard;

namespace {

const QStringList kModuleFolders = {u"QtQml"_s,          u"QtQml/WorkerScript"_s, u"QtQuick"_s,
                                    u"QtQuick/Window"_s, u"QtQuick/Layouts"_s,    u"Qt/labs/folderlistmodel"_s,
                                    u"QtQuick/VirtualKeyboard"_s};

bool touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

} // namespace

class TestOnScreenKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everythingInstalledCanStart();
    void aMissingModuleIsNamed();
    void noPluginMeansNotInstalled();

private:
    QString plugins() const { return m_dir->filePath(u"plugins"_s); }
    QString qml() const { return m_dir->filePath(u"qml"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOnScreenKeyboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(touch(plugins() + u"/platforminputcontexts/libqtvirtualkeyboardplugin.so"_s));
    for (const QString &folder : kModuleFolders)
        QVERIFY(touch(qml() + u'/' + folder + u"/qmldir"_s));
}

void TestOnScreenKeyboard::everythingInstalledCanStart()
{
    const auto keyboard = findOnScreenKeyboard(plugins(), qml());
    QVERIFY(keyboard.installed);
    QCOMPARE(keyboard.missingModules, QStringList());
    QVERIFY(keyboard.canStart());
}

void TestOnScreenKeyboard::aMissingModuleIsNamed()
{
    // What Debian 12's qt6-virtualkeyboard-plugin leaves out.
    QVERIFY(QDir(qml() + u"/QtQuick/Layouts"_s).removeRecursively());
    QVERIFY(QDir(qml() + u"/Qt"_s).removeRecursively());
    const auto keyboard = findOnScreenKeyboard(plugins(), qml());
    QVERIFY(keyboard.installed);
    QCOMPARE(keyboard.missingModules, (QStringList{u"QtQuick.Layouts"_s, u"Qt.labs.folderlistmodel"_s}));
    QVERIFY(!keyboard.canStart());
}

void TestOnScreenKeyboard::noPluginMeansNotInstalled()
{
    QVERIFY(QFile::remove(plugins() + u"/platforminputcontexts/libqtvirtualkeyboardplugin.so"_s));
    const auto keyboard = findOnScreenKeyboard(plugins(), qml());
    QVERIFY(!keyboard.installed);
    QVERIFY(!keyboard.canStart());
}

QTEST_GUILESS_MAIN(TestOnScreenKeyboard)
#include "tst_onscreenkeyboard.moc"
