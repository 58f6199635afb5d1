// The clinic's kiosk.conf as a file: sections, comments, line ends, unknown
// and repeated keys, problems reported in line order, missing and unreadable
// files, --kiosk and --kiosk-config, and the documented example.

#include "kioskconfig.h"
#include "kioskconfigvalues.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bph::core::KioskConfig;
using kiosktest::expectLogged;
using kiosktest::valueOf;

class TestKioskConfigFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure_data();
    void structure();
    void commentsBlankLinesAndLineEnds();
    void problemsInLineOrder();
    void tooManyProblems();
    void missingFile();
    void unreadableFile_data();
    void unreadableFile();
    void forStart_data();
    void forStart();
    void defaultConfigPath();
    void documentedExampleIsClean();

private:
    QTemporaryDir m_dir;
};

void TestKioskConfigFile::structure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("unknown key") << u"[kiosk]\nidel_timeout = 60"_s << u"idle_timeout"_s << QVariant(120)
                                 << QStringList{u"kiosk.conf:2: unknown key 'idel_timeout'; ignored"_s};
    QTest::newRow("key before any section") << u"enabled = true\n[kiosk]"_s << u"enabled"_s << QVariant(false)
                                            << QStringList{u"kiosk.conf:1: key 'enabled' is outside the [kiosk] section; ignored"_s};
    QTest::newRow("unknown section") << u"[printing]\nallow_printing = true\n[kiosk]\nidle_timeout = 60"_s << u"allow_printing"_s
                                     << QVariant(false) << QStringList{u"kiosk.conf:1: unknown section [printing]; its keys are ignored"_s};
    QTest::newRow("section names and keys ignore case") << u"[Kiosk]\nIdle_Timeout = 60"_s << u"idle_timeout"_s << QVariant(60) << QStringList();
    QTest::newRow("section opened twice") << u"[kiosk]\nidle_timeout = 60\n[other]\n[kiosk]\nallow_printing = yes"_s << u"allow_printing"_s
                                          << QVariant(true) << QStringList{u"kiosk.conf:3: unknown section [other]; its keys are ignored"_s};
    QTest::newRow("unclosed section") << u"[kiosk\nenabled = true"_s << u"enabled"_s << QVariant(false)
                                      << QStringList{u"kiosk.conf:1: '[kiosk' is not a [section] header; the line is ignored"_s,
                                                     u"kiosk.conf:2: key 'enabled' is outside the [kiosk] section; ignored"_s};
    QTest::newRow("text after section") << u"[kiosk] x\n"_s << u"enabled"_s << QVariant(false)
                                        << QStringList{u"kiosk.conf:1: '[kiosk] x' is not a [section] header; the line is ignored"_s};
    QTest::newRow("no equals sign") << u"[kiosk]\nidle_timeout 300"_s << u"idle_timeout"_s << QVariant(120)
                                    << QStringList{u"kiosk.conf:2: 'idle_timeout 300' is not a 'key = value' line; the line is ignored"_s};
    QTest::newRow("no key") << u"[kiosk]\n= 300"_s << u"idle_timeout"_s << QVariant(120)
                            << QStringList{u"kiosk.conf:2: '= 300' has no key before '='; the line is ignored"_s};
    QTest::newRow("key set twice") << u"[kiosk]\nidle_timeout = 60\nidle_timeout = 90"_s << u"idle_timeout"_s << QVariant(90)
                                   << QStringList{u"kiosk.conf:2: key 'idle_timeout' is set again on line 3; the later value is used"_s};
    QTest::newRow("bad later value wins") << u"[kiosk]\nidle_timeout = 60\nidle_timeout = x"_s << u"idle_timeout"_s << QVariant(120)
                                          << QStringList{u"kiosk.conf:2: key 'idle_timeout' is set again on line 3; the later value is used"_s,
                                                         u"kiosk.conf:3: key 'idle_timeout': 'x' is not a number of seconds; using 120"_s};
}

void TestKioskConfigFile::structure()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    QFETCH(QStringList, warnings);

    expectLogged(warnings);
    const auto config = KioskConfig::parse(text.toUtf8(), u"kiosk.conf"_s);
    QCOMPARE(valueOf(config, key), expected);
    QCOMPARE(config.warnings(), warnings);
}

void TestKioskConfigFile::commentsBlankLinesAndLineEnds()
{
    const QByteArray text = "\xEF\xBB\xBF; Written by Notepad, with a byte order mark and CRLF\r\n"
                            "# The clinic's kiosk\r\n"
                            "\r\n"
                            "[kiosk]\r\n"
                            "   ; an indented comment\r\n"
                            "enabled = true   \r\n"
                            "\t# idle_timeout = 45\r\n"
                            "idle_timeout=300\r\n"
                            "urgent_message = Go to desk #3; they are expecting you.\r\n"
                            "phone_base_url = https://clinic.example/read#top\r\n";
    const auto config = KioskConfig::parse(text, u"kiosk.conf"_s);
    QCOMPARE(config.warnings(), QStringList());
    QVERIFY(config.enabled());
    QCOMPARE(config.idleTimeoutSeconds(), 300);
    QCOMPARE(config.urgentMessage(), u"Go to desk #3; they are expecting you."_s);
    QCOMPARE(config.phoneBaseUrl(), QUrl(u"https://clinic.example/read#top"_s));
}

void TestKioskConfigFile::problemsInLineOrder()
{
    const QStringList expected{u"kiosk.conf:1: unknown section [printing]; its keys are ignored"_s,
                               u"kiosk.conf:3: 'oops' is not a 'key = value' line; the line is ignored"_s,
                               u"kiosk.conf:4: unknown key 'colour'; ignored"_s,
                               u"kiosk.conf:5: key 'text_scale': 9 is outside 0.8 to 2.5; using 1.0"_s};
    expectLogged(expected);
    const auto config = KioskConfig::parse("[printing]\n[kiosk]\noops\ncolour = blue\ntext_scale = 9\n", u"kiosk.conf"_s);
    QCOMPARE(config.warnings(), expected);
}

void TestKioskConfigFile::tooManyProblems()
{
    QByteArray text = "[kiosk]\n";
    for (int i = 0; i < 100; ++i)
        text += "junk\n";
    for (int i = 0; i < 51; ++i)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is not a 'key = value' line|more problems follow"_s));
    const auto config = KioskConfig::parse(text, u"kiosk.conf"_s);
    QCOMPARE(config.warnings().size(), 51);
    QCOMPARE(config.warnings().last(), u"kiosk.conf: more problems follow; they are not reported"_s);
}

void TestKioskConfigFile::missingFile()
{
    const auto config = KioskConfig::load(m_dir.filePath(u"none.conf"_s));
    QVERIFY(!config.enabled());
    QVERIFY(config.warnings().isEmpty());
    QCOMPARE(config.idleTimeoutSeconds(), 120);
}

void TestKioskConfigFile::unreadableFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a folder") << u"folder.conf"_s << u"it is not a file"_s;
    QTest::newRow("too large") << u"large.conf"_s << u"it is larger than 64 KiB"_s;
}

void TestKioskConfigFile::unreadableFile()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(name);
    if (name == "folder.conf"_L1) {
        QVERIFY(QDir(m_dir.path()).mkpath(name));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\nenabled = true\n" + QByteArray(70 * 1024, '#'));
    }
    const QString warning = u"%1: cannot be read (%2); kiosk mode is on, every setting at its default"_s.arg(path, reason);
    expectLogged({warning});
    const auto config = KioskConfig::load(path);
    // Locked, not an open desktop in the waiting room; no staff PIN was read.
    QVERIFY(config.enabled());
    QVERIFY(config.staffPinHash().isEmpty());
    QCOMPARE(config.idleTimeoutSeconds(), 120);
    QCOMPARE(config.warnings(), QStringList{warning});
}

void TestKioskConfigFile::forStart_data()
{
    QTest::addColumn<bool>("kioskOption");
    QTest::addColumn<QByteArray>("file");  // null: no file at the --kiosk-config path
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("warnings");
    QTest::newRow("file turns it on") << false << QByteArray("[kiosk]\nenabled = true\n") << true << 0;
    QTest::newRow("file leaves it off") << false << QByteArray("[kiosk]\nidle_timeout = 60\n") << false << 0;
    QTest::newRow("--kiosk overrides the file") << true << QByteArray("[kiosk]\nenabled = false\n") << true << 0;
    QTest::newRow("--kiosk without a file") << true << QByteArray() << true << 1;
    QTest::newRow("--kiosk-config file missing") << false << QByteArray() << false << 1;
    QTest::newRow("file unreadable turns it on")
        << false << QByteArray("[kiosk]\nenabled = false\n" + QByteArray(70 * 1024, '#')) << true << 1;
}

void TestKioskConfigFile::forStart()
{
    QFETCH(bool, kioskOption);
    QFETCH(QByteArray, file);
    QFETCH(bool, enabled);
    QFETCH(int, warnings);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".conf"_s);
    if (!file.isNull()) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
        if (warnings)
            expectLogged({u"%1: cannot be read (it is larger than 64 KiB); kiosk mode is on, every setting at its default"_s.arg(path)});
    } else {
        expectLogged({u"%1: does not exist; using the defaults"_s.arg(path)});
    }
    const auto config = KioskConfig::forStart(kioskOption, path);
    QCOMPARE(config.enabled(), enabled);
    QCOMPARE(config.warnings().size(), warnings);
}

void TestKioskConfigFile::defaultConfigPath()
{
    const QString path = KioskConfig::defaultConfigPath();
#if defined(Q_OS_LINUX)
    QVERIFY2(path.startsWith(u"/etc/"_s), qPrintable(path));
    QVERIFY2(path.endsWith(u"/BackPainHub/kiosk.conf"_s), qPrintable(path));
#else
    QVERIFY(path.endsWith(u"kiosk.conf"_s));
#endif
}

void TestKioskConfigFile::documentedExampleIsClean()
{
    // The example in the administrator's guide must itself be a good file.
    QFile guide(QFINDTESTDATA("../../docs/KIOSK.md"));
    QVERIFY2(guide.open(QIODevice::ReadOnly), qPrintable(guide.fileName()));
    const QString text = QString::fromUtf8(guide.readAll());
    const auto match = QRegularExpression(u"```ini\\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption).match(text);
    QVERIFY(match.hasMatch());
    const auto config = KioskConfig::parse(match.captured(1).toUtf8(), u"/etc/xdg/BackPainHub/kiosk.conf"_s);
    QCOMPARE(config.warnings(), QStringList());
    QVERIFY(config.enabled());
    QVERIFY(!config.staffPinHash().isEmpty());
    QCOMPARE(config.packPublicKey().size(), 32);
    QVERIFY(!config.contentPackPath().isEmpty());
}

QTEST_GUILESS_MAIN(TestKioskConfigFile)
#include "tst_kioskconfigfile.moc"
