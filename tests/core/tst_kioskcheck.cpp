// `backpainhub --check-kiosk-config`: every problem in a clinic's
// configuration named, with what the kiosk will do instead, and a verdict an
// administrator's script can test (sound or not).

#include "contentdatabase.h"
#include "contentpack.h"
#include "contentstore.h"
#include "kioskcheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bph::core::checkKioskConfigFile;

class TestKioskCheck final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void soundConfiguration();
    void everyProblemIsNamed();
    void missingFile();
    void unreadableFileLocksTheKiosk();
    void signedPackIsShown();
    void tamperedPackIsRefused();

private:
    QString write(const QString &name, const QByteArray &text);
    // A signed copy of the built-in content, and the kiosk.conf lines naming it.
    QByteArray signedPackLines(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<bph::core::ContentStore> m_builtIn;
};

void TestKioskCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_builtIn = bph::core::ContentStore::openEmbedded();
    QVERIFY(m_builtIn);
}

QString TestKioskCheck::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return {};
    return path;
}

QByteArray TestKioskCheck::signedPackLines(const QString &name)
{
    const bph::core::PackKeyPair keys = bph::core::makePackKeyPair();
    const QByteArray embedded = bph::core::ContentDatabase::embeddedBytes();
    const QString pack = write(name, QByteArray(embedded.constData(), embedded.size()));
    if (pack.isEmpty() || !bph::core::signPack(pack, keys.secretKey).isEmpty())
        return {};
    return "content_pack = " + name.toUtf8() + "\npack_public_key = " + keys.publicKey.toBase64() + '\n';
}

void TestKioskCheck::soundConfiguration()
{
    const QString path = write(u"sound.conf"_s,
                               "[kiosk]\nenabled = true\nidle_timeout = 300\nhome_guide = sciatica\nlanguages = es, en\n"
                               "emergency_number = 999\nallow_printing = true\n");
    const auto report = checkKioskConfigFile(path, *m_builtIn);
    QVERIFY2(report.sound, qPrintable(report.lines.join(u'\n')));
    QCOMPARE(report.lines.first(), path + u": what the kiosk will do"_s);
    for (const QString &line : {u"  kiosk mode: on"_s, u"  starts at: guide 'sciatica', in es"_s,
                                u"  languages offered: es, en"_s, u"  emergency number: 999"_s, u"  printing: allowed"_s,
                                u"  staff PIN: none (staff cannot leave kiosk mode from the screen)"_s,
                                u"  content: built in"_s})
        QVERIFY2(report.lines.contains(line), qPrintable(line));
    QVERIFY(report.lines.filter(u"idle:"_s).value(0).contains(u"after 300 s"_s));
    QCOMPARE(report.lines.last(), u"No problems found."_s);
}

void TestKioskCheck::everyProblemIsNamed()
{
    // A value out of range (with its line), a language and a home guide the
    // content lacks: each named, then what the kiosk does instead.
    const QString path = write(u"problems.conf"_s,
                               "[kiosk]\nenabled = true\nidle_timeout = 5\nlanguages = fr, en\nhome_guide = no-such-guide\n");
    const auto report = checkKioskConfigFile(path, *m_builtIn);
    QVERIFY(!report.sound);
    QVERIFY2(report.lines.value(0).startsWith(path + u":3: key 'idle_timeout'"_s), qPrintable(report.lines.value(0)));
    QCOMPARE(report.lines.value(1), path + u": languages: there is no content in 'fr'; it is not offered"_s);
    QCOMPARE(report.lines.value(2), path + u": home_guide: there is no guide 'no-such-guide'; the kiosk starts at the overview"_s);
    QVERIFY(report.lines.contains(u"  languages offered: en"_s));
    QVERIFY(report.lines.contains(u"  starts at: guide '%1', in en"_s.arg(m_builtIn->firstGuideId(u"en"_s))));
    QVERIFY(report.lines.filter(u"idle:"_s).value(0).contains(u"after 120 s"_s));  // the default, not 5
    QCOMPARE(report.lines.last(), u"3 problems found (above); for each, the kiosk makes the safe choice shown."_s);
}

void TestKioskCheck::missingFile()
{
    const QString path = m_dir.filePath(u"absent.conf"_s);
    const auto report = checkKioskConfigFile(path, *m_builtIn);
    QVERIFY(!report.sound);
    QCOMPARE(report.lines, QStringList{path + u": does not exist"_s});
}

void TestKioskCheck::unreadableFileLocksTheKiosk()
{
    // There but unreadable (here a folder): the kiosk would start locked,
    // every setting at its default, and the check says so.
    const QString path = m_dir.filePath(u"folder.conf"_s);
    QVERIFY(QDir(m_dir.path()).mkpath(u"folder.conf"_s));
    const QString problem = path + u": cannot be read (it is not a file); kiosk mode is on, every setting at its default"_s;
    QTest::ignoreMessage(QtWarningMsg, qPrintable(problem));
    const auto report = checkKioskConfigFile(path, *m_builtIn);
    QVERIFY(!report.sound);
    QCOMPARE(report.lines.value(0), problem);
    QVERIFY(report.lines.contains(u"  kiosk mode: on"_s));
    QVERIFY(report.lines.contains(u"  staff PIN: none (staff cannot leave kiosk mode from the screen)"_s));
    QCOMPARE(report.lines.last(), u"1 problem found (above); for each, the kiosk makes the safe choice shown."_s);
}

void TestKioskCheck::signedPackIsShown()
{
    const QByteArray pack = signedPackLines(u"clinic.db"_s);
    QVERIFY(!pack.isEmpty());
    const QString path = write(u"pack.conf"_s, "[kiosk]\nenabled = true\n" + pack);
    const auto report = checkKioskConfigFile(path, *m_builtIn);
    QVERIFY2(report.sound, qPrintable(report.lines.join(u'\n')));
    QVERIFY(report.lines.contains(u"  content: the signed pack "_s + m_dir.filePath(u"clinic.db"_s)));
}

void TestKioskCheck::tamperedPackIsRefused()
{
    const QByteArray pack = signedPackLines(u"changed.db"_s);
    QVERIFY(!pack.isEmpty());
    QFile changed(m_dir.filePath(u"changed.db"_s));
    QVERIFY(changed.open(QIODevice::Append));
    QVERIFY(changed.write("x") == 1);  // one byte more than was signed
    changed.close();
    const QString path = write(u"changed.conf"_s, "[kiosk]\nenabled = true\n" + pack);
    const auto report = checkKioskConfigFile(path, *m_builtIn);
    QVERIFY(!report.sound);
    QVERIFY2(report.lines.value(0).startsWith(path + u": content_pack: "_s), qPrintable(report.lines.value(0)));
    QVERIFY(report.lines.contains(u"  content: built in (the pack is refused)"_s));
    QVERIFY(report.lines.last().startsWith(u"1 problem found"_s));
}

QTEST_GUILESS_MAIN(TestKioskCheck)
#include "tst_kioskcheck.moc"
