// What a kiosk process sets before Qt starts (kioskenvironment.h). Each
// case runs the function as main() does, in a child of this test process:
// an application attribute can only be set before the QCoreApplication.

#include "kioskenvironment.h"
#include "onscreenkeyboard.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QProcess>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The child's report: each variable, then the attribute.
QStringList prepareInChild(const QProcessEnvironment &environment)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {u"--prepare"_s});
    if (!child.waitForFinished(30000) || child.exitCode() != 0)
        return {u"the child failed: "_s + QString::fromLocal8Bit(child.readAllStandardError())};
    return QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

bool keyboardCanStart()
{
    return bph::core::findOnScreenKeyboard(QLibraryInfo::path(QLibraryInfo::PluginsPath),
                                           QLibraryInfo::path(QLibraryInfo::QmlImportsPath))
            .canStart();
}

} // namespace

class TestKioskEnvironment final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noRemoteDebuggingAndNoCompiledCodeOnDisk();
    void onScreenKeyboardWhereItCanStart();
    void anInputMethodChosenByTheSystemIsKept();
};

void TestKioskEnvironment::noRemoteDebuggingAndNoCompiledCodeOnDisk()
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QTWEBENGINE_REMOTE_DEBUGGING"_s, u"9222"_s);
    const QStringList report = prepareInChild(environment);
    QVERIFY2(report.contains(u"QTWEBENGINE_REMOTE_DEBUGGING="_s), qPrintable(report.join(u'\n')));
    QVERIFY2(report.contains(u"QML_DISABLE_DISK_CACHE=1"_s), qPrintable(report.join(u'\n')));
    QVERIFY2(report.contains(u"AA_DisableShaderDiskCache=1"_s), qPrintable(report.join(u'\n')));
}

void TestKioskEnvironment::onScreenKeyboardWhereItCanStart()
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_IM_MODULE"_s);
    const QStringList report = prepareInChild(environment);
    // scripts/install-deps installs the keyboard and every module it needs.
    const QString expected = keyboardCanStart() ? u"QT_IM_MODULE=qtvirtualkeyboard"_s : u"QT_IM_MODULE="_s;
    QVERIFY2(report.contains(expected), qPrintable(report.join(u'\n')));
}

void TestKioskEnvironment::anInputMethodChosenByTheSystemIsKept()
{
    // Whether or not our keyboard could start: only a request for it is ever taken away.
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_IM_MODULE"_s, u"ibus"_s);
    const QStringList report = prepareInChild(environment);
    QVERIFY2(report.contains(u"QT_IM_MODULE=ibus"_s), qPrintable(report.join(u'\n')));
}

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], "--prepare") == 0) {
        const QString problem = bph::core::prepareKioskEnvironment();
        for (const char *name : {"QTWEBENGINE_REMOTE_DEBUGGING", "QML_DISABLE_DISK_CACHE", "QT_IM_MODULE"})
            std::printf("%s=%s\n", name, qgetenv(name).constData());
        std::printf("AA_DisableShaderDiskCache=%d\n", QCoreApplication::testAttribute(Qt::AA_DisableShaderDiskCache));
        if (!problem.isEmpty())
            std::printf("problem=%s\n", qPrintable(problem));
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestKioskEnvironment test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kioskenvironment.moc"
