// Clinic content packs: signed with Ed25519, refused when unsigned, changed
// (one flipped byte) or signed with another key; the built-in content stays.

#include "contentdatabase.h"
#include "contentpack.h"
#include "contentstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestContentPack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signAndVerify();
    void openVerifiedPackOpensTheVerifiedBytes();
    void refused_data();
    void refused();
    void signingRefusesWhatIsNotContent();
    void keyFiles();
    void keyFilesAreNeverOverwritten();
    void decodeKey_data();
    void decodeKey();

private:
    // A signed copy of the built-in database in a folder of its own.
    QString signedPack(const QString &name);

    QTemporaryDir m_dir;
    bph::core::PackKeyPair m_keys;
    QByteArray m_embedded;
};

void TestContentPack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray embedded = bph::core::ContentDatabase::embeddedBytes();
    m_embedded = QByteArray(embedded.constData(), embedded.size());  // a real copy
    m_keys = bph::core::makePackKeyPair();
    QCOMPARE(m_keys.publicKey.size(), bph::core::kPackPublicKeyBytes);
    QCOMPARE(m_keys.secretKey.size(), bph::core::kPackSecretKeyBytes);
}

QString TestContentPack::signedPack(const QString &name)
{
    QDir(m_dir.path()).mkpath(name);
    const QString path = m_dir.filePath(name + u"/clinic.db"_s);
    if (!writeAll(path, m_embedded))
        return {};
    const QString error = bph::core::signPack(path, m_keys.secretKey);
    return error.isEmpty() ? path : QString();
}

void TestContentPack::signAndVerify()
{
    const QString path = signedPack(u"good"_s);
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::exists(path + u".sig"_s));
    QCOMPARE(bph::core::packSignaturePath(path), path + u".sig"_s);
    const auto check = bph::core::verifyPack(path, m_keys.publicKey);
    QVERIFY2(check.ok, qPrintable(check.reason));
    QVERIFY(check.reason.isEmpty());
    QCOMPARE(check.bytes, m_embedded);
}

void TestContentPack::openVerifiedPackOpensTheVerifiedBytes()
{
    const QString path = signedPack(u"open"_s);
    QString warning;
    const auto store = bph::core::openVerifiedPack(path, m_keys.publicKey, &warning);
    QVERIFY2(store, qPrintable(warning));
    QVERIFY(warning.isEmpty());
    QCOMPARE(store->path(), path);
    QVERIFY(store->hasLanguage(u"en"_s));
    // The store reads its own copy: changing the file now changes nothing.
    QVERIFY(writeAll(path, "replaced after the check"));
    QVERIFY(store->guide(u"en"_s, u"overview"_s).has_value());
}

void TestContentPack::refused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("reason");  // %1: the pack's path
    QTest::newRow("one flipped byte") << u"flip"_s
                                      << u"The signature of the content pack \"%1\" does not match: the file was changed, or signed with another key."_s;
    QTest::newRow("wrong key") << u"wrong key"_s
                               << u"The signature of the content pack \"%1\" does not match: the file was changed, or signed with another key."_s;
    QTest::newRow("no signature file") << u"unsigned"_s << u"The content pack \"%1\" is not signed: there is no \"%1.sig\"."_s;
    QTest::newRow("signature not base64") << u"garbage signature"_s
                                          << u"The signature file \"%1.sig\" is malformed: it does not hold a base64 Ed25519 signature."_s;
    QTest::newRow("signature too short") << u"short signature"_s
                                         << u"The signature file \"%1.sig\" is malformed: it does not hold a base64 Ed25519 signature."_s;
    QTest::newRow("signature of another file") << u"other signature"_s
                                               << u"The signature of the content pack \"%1\" does not match: the file was changed, or signed with another key."_s;
    QTest::newRow("no public key") << u"no key"_s
                                   << u"No valid public key for content packs is configured, so the pack \"%1\" cannot be checked."_s;
    QTest::newRow("no pack") << u"missing"_s << u"The content database \"%1\" does not exist."_s;
}

void TestContentPack::refused()
{
    QFETCH(QString, damage);
    QFETCH(QString, reason);
    const QString path = signedPack(damage);
    QVERIFY(!path.isEmpty());
    const QString signature = path + u".sig"_s;
    QByteArray publicKey = m_keys.publicKey;
    if (damage == "flip"_L1) {
        QByteArray bytes = readAll(path);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        QVERIFY(writeAll(path, bytes));
    } else if (damage == "wrong key"_L1) {
        publicKey = bph::core::makePackKeyPair().publicKey;
    } else if (damage == "unsigned"_L1) {
        QVERIFY(QFile::remove(signature));
    } else if (damage == "garbage signature"_L1) {
        QVERIFY(writeAll(signature, "this is not a signature!\n"));
    } else if (damage == "short signature"_L1) {
        QVERIFY(writeAll(signature, QByteArray(10, 's').toBase64()));
    } else if (damage == "other signature"_L1) {
        QVERIFY(writeAll(signature, readAll(signedPack(u"good"_s) + u".sig"_s)));
        QVERIFY(writeAll(path, m_embedded + QByteArray(4096, '\0')));
    } else if (damage == "no key"_L1) {
        publicKey.clear();
    } else if (damage == "missing"_L1) {
        QVERIFY(QFile::remove(path));
    }
    const QString expected = reason.arg(path);

    const auto check = bph::core::verifyPack(path, publicKey);
    QVERIFY(!check.ok);
    QCOMPARE(check.reason, expected);
    QVERIFY(check.bytes.isEmpty());

    QTest::ignoreMessage(QtWarningMsg, qPrintable(u"content pack refused: "_s + expected));
    QString warning;
    QVERIFY(!bph::core::openVerifiedPack(path, publicKey, &warning));
    QCOMPARE(warning, expected + u" Using the built-in content instead."_s);
}

void TestContentPack::signingRefusesWhatIsNotContent()
{
    const QString path = m_dir.filePath(u"notes.txt"_s);
    QVERIFY(writeAll(path, "just some notes"));
    const QString error = bph::core::signPack(path, m_keys.secretKey);
    QVERIFY2(error.contains(u"is not an SQLite database."_s), qPrintable(error));
    QVERIFY(error.endsWith(u"It was not signed."_s));
    QVERIFY(!QFile::exists(path + u".sig"_s));
    QVERIFY(!bph::core::signPack(signedPack(u"bad key"_s), QByteArray(12, 'x')).isEmpty());
}

void TestContentPack::keyFiles()
{
    const QString prefix = m_dir.filePath(u"clinic"_s);
    QByteArray publicKey;
    QCOMPARE(bph::core::writePackKeyFiles(prefix, &publicKey), QString());
    QCOMPARE(publicKey.size(), bph::core::kPackPublicKeyBytes);
#ifdef Q_OS_UNIX
    const auto permissions = QFile::permissions(prefix + u".key"_s);
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
#endif
    QString error;
    const QByteArray secretKey = bph::core::readPackKeyFile(prefix + u".key"_s, bph::core::kPackSecretKeyBytes, &error);
    QCOMPARE(secretKey.size(), bph::core::kPackSecretKeyBytes);
    QCOMPARE(bph::core::readPackKeyFile(prefix + u".pub"_s, bph::core::kPackPublicKeyBytes, &error), publicKey);
    // The keys from the files work together.
    const QString pack = m_dir.filePath(u"keyfiles.db"_s);
    QVERIFY(writeAll(pack, m_embedded));
    QCOMPARE(bph::core::signPack(pack, secretKey), QString());
    QVERIFY(bph::core::verifyPack(pack, publicKey).ok);
    // A public key is not a secret key, and a missing file is said so.
    QVERIFY(bph::core::readPackKeyFile(prefix + u".pub"_s, bph::core::kPackSecretKeyBytes, &error).isEmpty());
    QCOMPARE(error, u"The key file \"%1.pub\" does not hold a 64-byte key in base64 or hex."_s.arg(prefix));
    QVERIFY(bph::core::readPackKeyFile(prefix + u".none"_s, 32, &error).isEmpty());
    QCOMPARE(error, u"The key file \"%1.none\" does not exist."_s.arg(prefix));
}

void TestContentPack::keyFilesAreNeverOverwritten()
{
    const QString prefix = m_dir.filePath(u"kept"_s);
    QCOMPARE(bph::core::writePackKeyFiles(prefix), QString());
    const QByteArray secret = readAll(prefix + u".key"_s);
    QCOMPARE(bph::core::writePackKeyFiles(prefix),
             u"\"%1.key\" already exists; choose another prefix, or move it away first."_s.arg(prefix));
    QCOMPARE(readAll(prefix + u".key"_s), secret);
}

void TestContentPack::decodeKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    QTest::newRow("base64") << QString::fromLatin1(key.toBase64()) << true;
    QTest::newRow("base64 with spaces around") << u"  "_s + QString::fromLatin1(key.toBase64()) + u"\n"_s << true;
    QTest::newRow("hex") << QString::fromLatin1(key.toHex()) << true;
    QTest::newRow("upper-case hex") << QString::fromLatin1(key.toHex().toUpper()) << true;
    QTest::newRow("31 bytes") << QString::fromLatin1(key.left(31).toBase64()) << false;
    QTest::newRow("33 bytes") << QString::fromLatin1(QByteArray(key + 'x').toBase64()) << false;
    QTest::newRow("hex with a stray letter") << QString::fromLatin1(key.toHex()).replace(0, 1, u"g"_s) << false;
    QTest::newRow("words") << u"public key"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestContentPack::decodeKey()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QByteArray key = bph::core::decodePackKey(text, bph::core::kPackPublicKeyBytes);
    QCOMPARE(key.size(), valid ? bph::core::kPackPublicKeyBytes : 0);
}

QTEST_GUILESS_MAIN(TestContentPack)
#include "tst_contentpack.moc"
