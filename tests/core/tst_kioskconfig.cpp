// The clinic's kiosk.conf, key by key: each value read when right, and when
// wrong or out of range reported with file:line and key while the safe
// default is kept. (The file's structure: tst_kioskconfigfile.)

#include "kioskconfig.h"
#include "kioskconfigvalues.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bph::core::KioskConfig;
using kiosktest::expectLogged;
using kiosktest::valueOf;

namespace {

const QString kValidHash = u"$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"_s;

} // namespace

class TestKioskConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void eachKey_data();
    void eachKey();
    void contentPackIsRelativeToTheFile();
    void phoneLinkFollowsTheBase_data();
    void phoneLinkFollowsTheBase();
};

void TestKioskConfig::defaults()
{
    const KioskConfig config;
    QVERIFY(!config.enabled());
    QCOMPARE(config.idleTimeoutSeconds(), KioskConfig::kDefaultIdleTimeout);
    QCOMPARE(config.idleTimeoutSeconds(), 120);
    QCOMPARE(config.warningCountdownSeconds(), 20);
    QCOMPARE(config.homeGuide(), u"overview"_s);
    QCOMPARE(config.languages(), (QStringList{u"en"_s, u"es"_s}));
    QVERIFY(config.emergencyNumber().isEmpty());
    QCOMPARE(config.urgentMessage(), u"Please tell the reception desk now."_s);
    QVERIFY(config.staffPinHash().isEmpty());
    QVERIFY(!config.allowPrinting());
    QCOMPARE(config.textScale(), 1.0);
    QVERIFY(config.packPublicKey().isEmpty());
    QVERIFY(config.phoneBaseUrl().isEmpty());
    QVERIFY(config.contentPackPath().isEmpty());
    QVERIFY(config.warnings().isEmpty());
}

void TestKioskConfig::eachKey_data()
{
    QTest::addColumn<QString>("line");     // under [kiosk], on line 2
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QString>("warning");  // empty: none

    const QByteArray key = QByteArray(32, 'k');
    const QString bad = u"kiosk.conf:2: key '%1': %2"_s;
    const auto row = [](const char *name, const QString &line, const QString &key, const QVariant &expected, const QString &warning = {}) {
        QTest::newRow(name) << line << key << expected << warning;
    };
    row("enabled true", u"enabled = true"_s, u"enabled"_s, true);
    row("enabled yes", u"enabled=YES"_s, u"enabled"_s, true);
    row("enabled off", u"enabled = off"_s, u"enabled"_s, false);
    row("enabled maybe", u"enabled = maybe"_s, u"enabled"_s, false,
        bad.arg(u"enabled"_s, u"'maybe' is not true or false; kiosk mode stays off unless --kiosk is given"_s));
    row("enabled empty", u"enabled ="_s, u"enabled"_s, false,
        bad.arg(u"enabled"_s, u"no value is given; kiosk mode stays off unless --kiosk is given"_s));

    row("idle 300", u"idle_timeout = 300"_s, u"idle_timeout"_s, 300);
    row("idle lowest", u"idle_timeout = 30"_s, u"idle_timeout"_s, 30);
    row("idle highest", u"idle_timeout = 3600"_s, u"idle_timeout"_s, 3600);
    row("idle abc", u"idle_timeout = abc"_s, u"idle_timeout"_s, 120,
        bad.arg(u"idle_timeout"_s, u"'abc' is not a number of seconds; using 120"_s));
    row("idle fraction", u"idle_timeout = 90.5"_s, u"idle_timeout"_s, 120,
        bad.arg(u"idle_timeout"_s, u"'90.5' is not a number of seconds; using 120"_s));
    row("idle too short", u"idle_timeout = 29"_s, u"idle_timeout"_s, 120,
        bad.arg(u"idle_timeout"_s, u"29 is outside 30 to 3600 seconds; using 120"_s));
    row("idle too long", u"idle_timeout = 3601"_s, u"idle_timeout"_s, 120,
        bad.arg(u"idle_timeout"_s, u"3601 is outside 30 to 3600 seconds; using 120"_s));
    row("idle negative", u"idle_timeout = -60"_s, u"idle_timeout"_s, 120,
        bad.arg(u"idle_timeout"_s, u"-60 is outside 30 to 3600 seconds; using 120"_s));

    row("countdown 10", u"warning_countdown = 10"_s, u"warning_countdown"_s, 10);
    row("countdown too short", u"warning_countdown = 4"_s, u"warning_countdown"_s, 20,
        bad.arg(u"warning_countdown"_s, u"4 is outside 5 to 120 seconds; using 20"_s));
    row("countdown too long", u"warning_countdown = 121"_s, u"warning_countdown"_s, 20,
        bad.arg(u"warning_countdown"_s, u"121 is outside 5 to 120 seconds; using 20"_s));
    row("countdown words", u"warning_countdown = ten"_s, u"warning_countdown"_s, 20,
        bad.arg(u"warning_countdown"_s, u"'ten' is not a number of seconds; using 20"_s));

    row("home guide", u"home_guide = spine-and-disc"_s, u"home_guide"_s, u"spine-and-disc"_s);
    row("home guide capitals", u"home_guide = Sciatica"_s, u"home_guide"_s, u"overview"_s,
        bad.arg(u"home_guide"_s, u"'Sciatica' is not a guide id (lower-case letters, digits and '-'); using 'overview'"_s));
    row("home guide path", u"home_guide = ../etc"_s, u"home_guide"_s, u"overview"_s,
        bad.arg(u"home_guide"_s, u"'../etc' is not a guide id (lower-case letters, digits and '-'); using 'overview'"_s));

    row("languages one", u"languages = es"_s, u"languages"_s, QStringList{u"es"_s});
    row("languages order kept", u"languages = es, en"_s, u"languages"_s, QStringList{u"es"_s, u"en"_s});
    row("languages folded and deduplicated", u"languages = EN,es , en"_s, u"languages"_s, QStringList{u"en"_s, u"es"_s});
    row("languages name", u"languages = en, english"_s, u"languages"_s, QStringList{u"en"_s, u"es"_s},
        bad.arg(u"languages"_s, u"'english' is not a language code such as en or es; using en, es"_s));
    row("languages none", u"languages = , ,"_s, u"languages"_s, QStringList{u"en"_s, u"es"_s},
        bad.arg(u"languages"_s, u"', ,' names no language; using en, es"_s));

    row("emergency 999", u"emergency_number = 999"_s, u"emergency_number"_s, u"999"_s);
    row("emergency empty", u"emergency_number ="_s, u"emergency_number"_s, QString());
    row("emergency dashes", u"emergency_number = 9-1-1"_s, u"emergency_number"_s, QString(),
        bad.arg(u"emergency_number"_s, u"'9-1-1' is not a number of 2 to 8 digits; using the number for the system's region"_s));
    row("emergency one digit", u"emergency_number = 1"_s, u"emergency_number"_s, QString(),
        bad.arg(u"emergency_number"_s, u"'1' is not a number of 2 to 8 digits; using the number for the system's region"_s));

    const QString defaultMessage = u"Please tell the reception desk now."_s;
    row("urgent message", u"urgent_message = Please see the nurse now."_s, u"urgent_message"_s, u"Please see the nurse now."_s);
    row("urgent message quoted", u"urgent_message = \"  Go to desk #3; now  \""_s, u"urgent_message"_s, u"  Go to desk #3; now  "_s);
    row("urgent message too long", u"urgent_message = "_s + QString(201, u'x'), u"urgent_message"_s, defaultMessage,
        bad.arg(u"urgent_message"_s, u"the message is longer than 200 characters; using 'Please tell the reception desk now.'"_s));
    row("urgent message empty", u"urgent_message ="_s, u"urgent_message"_s, defaultMessage,
        bad.arg(u"urgent_message"_s, u"no value is given; using 'Please tell the reception desk now.'"_s));

    row("pin hash", u"staff_pin_hash = "_s + kValidHash, u"staff_pin_hash"_s, kValidHash);
    row("pin hash empty", u"staff_pin_hash ="_s, u"staff_pin_hash"_s, QString());
    row("pin in plain text", u"staff_pin_hash = 2468"_s, u"staff_pin_hash"_s, QString(),
        bad.arg(u"staff_pin_hash"_s, u"the value is not an Argon2id hash from 'backpainhub --hash-pin'; no staff PIN is set"_s));
    row("bcrypt hash", u"staff_pin_hash = $2y$10$abcdefghijklmnopqrstuv"_s, u"staff_pin_hash"_s, QString(),
        bad.arg(u"staff_pin_hash"_s, u"the value is not an Argon2id hash from 'backpainhub --hash-pin'; no staff PIN is set"_s));

    row("printing on", u"allow_printing = true"_s, u"allow_printing"_s, true);
    row("printing 0", u"allow_printing = 0"_s, u"allow_printing"_s, false);
    row("printing sometimes", u"allow_printing = sometimes"_s, u"allow_printing"_s, false,
        bad.arg(u"allow_printing"_s, u"'sometimes' is not true or false; using false"_s));

    row("text scale", u"text_scale = 1.5"_s, u"text_scale"_s, 1.5);
    row("text scale lowest", u"text_scale = 0.8"_s, u"text_scale"_s, 0.8);
    row("text scale highest", u"text_scale = 2.5"_s, u"text_scale"_s, 2.5);
    row("text scale too big", u"text_scale = 2.6"_s, u"text_scale"_s, 1.0,
        bad.arg(u"text_scale"_s, u"2.6 is outside 0.8 to 2.5; using 1.0"_s));
    row("text scale too small", u"text_scale = 0.5"_s, u"text_scale"_s, 1.0,
        bad.arg(u"text_scale"_s, u"0.5 is outside 0.8 to 2.5; using 1.0"_s));
    row("text scale comma", u"text_scale = 1,5"_s, u"text_scale"_s, 1.0,
        bad.arg(u"text_scale"_s, u"'1,5' is not a number such as 1.25; using 1.0"_s));
    row("text scale nan", u"text_scale = nan"_s, u"text_scale"_s, 1.0,
        bad.arg(u"text_scale"_s, u"'nan' is not a number such as 1.25; using 1.0"_s));

    row("key base64", u"pack_public_key = "_s + QString::fromLatin1(key.toBase64()), u"pack_public_key"_s, key);
    row("key hex", u"pack_public_key = "_s + QString::fromLatin1(key.toHex().toUpper()), u"pack_public_key"_s, key);
    row("key too short", u"pack_public_key = "_s + QString::fromLatin1(key.left(31).toBase64()), u"pack_public_key"_s, QByteArray(),
        bad.arg(u"pack_public_key"_s, u"'%1' is not a 32-byte Ed25519 public key in base64 or hex; no content pack is opened"_s)
                .arg(QString::fromLatin1(key.left(31).toBase64())));
    row("key words", u"pack_public_key = secret"_s, u"pack_public_key"_s, QByteArray(),
        bad.arg(u"pack_public_key"_s, u"'secret' is not a 32-byte Ed25519 public key in base64 or hex; no content pack is opened"_s));

    row("phone url", u"phone_base_url = https://clinic.example/guides/"_s, u"phone_base_url"_s, QUrl(u"https://clinic.example/guides/"_s));
    row("phone url empty", u"phone_base_url ="_s, u"phone_base_url"_s, QUrl());
    row("phone url http", u"phone_base_url = http://clinic.example/"_s, u"phone_base_url"_s, QUrl(),
        bad.arg(u"phone_base_url"_s, u"'http://clinic.example/' is not an https:// address; 'read on your phone' is hidden"_s));
    row("phone url with password", u"phone_base_url = https://staff:pw@clinic.example/"_s, u"phone_base_url"_s, QUrl(),
        bad.arg(u"phone_base_url"_s, u"'https://staff:pw@clinic.example/' is not an https:// address; 'read on your phone' is hidden"_s));
    row("phone url no host", u"phone_base_url = https:///guides"_s, u"phone_base_url"_s, QUrl(),
        bad.arg(u"phone_base_url"_s, u"'https:///guides' is not an https:// address; 'read on your phone' is hidden"_s));

    row("pack without key", u"content_pack = /srv/clinic.db"_s, u"content_pack"_s, QString(),
        bad.arg(u"content_pack"_s, u"there is no valid pack_public_key to check the pack with; using the built-in content"_s));
}

void TestKioskConfig::eachKey()
{
    QFETCH(QString, line);
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    QFETCH(QString, warning);

    const QStringList warnings = warning.isEmpty() ? QStringList() : QStringList{warning};
    expectLogged(warnings);
    const auto config = KioskConfig::parse(u"[kiosk]\n%1\n"_s.arg(line).toUtf8(), u"kiosk.conf"_s);
    QCOMPARE(valueOf(config, key), expected);
    QCOMPARE(config.warnings(), warnings);
}

void TestKioskConfig::contentPackIsRelativeToTheFile()
{
    const QByteArray key = QByteArray(32, 'k').toBase64();
    const auto relative = KioskConfig::parse("[kiosk]\npack_public_key = " + key + "\ncontent_pack = packs/../clinic.db\n",
                                             u"/etc/xdg/BackPainHub/kiosk.conf"_s);
    QCOMPARE(relative.warnings(), QStringList());
    QCOMPARE(relative.contentPackPath(), u"/etc/xdg/BackPainHub/clinic.db"_s);
    const auto absolute = KioskConfig::parse("[kiosk]\ncontent_pack = /srv/clinic.db\npack_public_key = " + key + "\n",
                                             u"/etc/xdg/BackPainHub/kiosk.conf"_s);
    QCOMPARE(absolute.contentPackPath(), u"/srv/clinic.db"_s);
}

// The address a patient's phone opens: the clinic's page for the guide
// shown, in the language shown.
void TestKioskConfig::phoneLinkFollowsTheBase_data()
{
    QTest::addColumn<QString>("base");  // phone_base_url; empty: not set
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("not set") << QString() << QUrl();
    QTest::newRow("ends with /") << u"https://clinic.example/backpain/"_s
                                 << QUrl(u"https://clinic.example/backpain/es/sciatica"_s);
    QTest::newRow("no / at the end") << u"https://clinic.example/backpain"_s
                                     << QUrl(u"https://clinic.example/backpain/es/sciatica"_s);
    QTest::newRow("host only") << u"https://clinic.example"_s << QUrl(u"https://clinic.example/es/sciatica"_s);
    QTest::newRow("a #route") << u"https://clinic.example/#/backpain"_s
                              << QUrl(u"https://clinic.example/#/backpain/es/sciatica"_s);
}

void TestKioskConfig::phoneLinkFollowsTheBase()
{
    QFETCH(QString, base);
    QFETCH(QUrl, expected);
    const QByteArray ini = "[kiosk]\nphone_base_url = " + base.toUtf8() + "\n";
    const KioskConfig config = KioskConfig::parse(ini, u"kiosk.conf"_s);
    QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
    QCOMPARE(config.phoneLink(u"es"_s, u"sciatica"_s), expected);
}

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"
