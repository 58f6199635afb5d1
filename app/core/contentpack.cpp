#include "contentpack.h"
#include "contentdatabase.h"
#include "contentstore.h"
#include "sodiumready.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

Q_LOGGING_CATEGORY(lcPack, "bph.core.pack")

constexpr qsizetype kSignatureBytes = crypto_sign_BYTES;
constexpr qint64 kMaxSmallFile = 4096;  // a key or signature file is one short line

static_assert(kPackPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(kPackSecretKeyBytes == crypto_sign_SECRETKEYBYTES);

// Secret keys are cleared from memory as soon as they are no longer needed.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
}

QByteArray fromBase64(const QByteArray &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}

// The trimmed text of a small file; null with *error set when it cannot be read.
QByteArray readSmallFile(const QString &path, const QString &what, QString *error)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        if (!info.exists())
            *error = u"The %1 \"%2\" does not exist."_s.arg(what, path);
        else
            *error = u"The %1 \"%2\" cannot be read: %3."_s.arg(what, path, info.isFile() ? file.errorString() : u"it is not a file"_s);
        return {};
    }
    QByteArray text = file.read(kMaxSmallFile).trimmed();
    return text.isNull() ? QByteArray("") : text;
}

// Writes `text` to a new file, never over an existing one (a secret key
// overwritten by mistake could never be recovered).
QString writeNewFile(const QString &path, const QByteArray &text, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions))
        return QFileInfo::exists(path) ? u"\"%1\" already exists; choose another prefix, or move it away first."_s.arg(path)
                                       : u"Cannot create \"%1\": %2."_s.arg(path, file.errorString());
    if (file.write(text) != text.size() || !file.flush())
        return u"Cannot write \"%1\": %2."_s.arg(path, file.errorString());
    return {};
}

} // namespace

QString packSignaturePath(const QString &dbPath)
{
    return dbPath + u".sig"_s;
}

QByteArray decodePackKey(const QString &text, qsizetype size)
{
    static const QRegularExpression hex(u"\\A[0-9A-Fa-f]+\\z"_s);
    const QString trimmed = text.trimmed();
    QByteArray key = trimmed.size() == 2 * size && hex.match(trimmed).hasMatch() ? QByteArray::fromHex(trimmed.toLatin1())
                                                                                  : fromBase64(trimmed.toLatin1());
    return key.size() == size ? key : QByteArray();
}

PackKeyPair makePackKeyPair()
{
    if (!sodiumReady())
        return {};
    PackKeyPair pair{QByteArray(kPackPublicKeyBytes, '\0'), QByteArray(kPackSecretKeyBytes, '\0')};
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QString writePackKeyFiles(const QString &prefix, QByteArray *publicKey)
{
    const QString secretPath = prefix + u".key"_s;
    const QString publicPath = prefix + u".pub"_s;
    for (const QString &path : {secretPath, publicPath}) {
        if (QFileInfo::exists(path))
            return u"\"%1\" already exists; choose another prefix, or move it away first."_s.arg(path);
    }
    PackKeyPair pair = makePackKeyPair();
    if (pair.secretKey.isEmpty())
        return u"libsodium could not be initialised."_s;
    QByteArray secretText = pair.secretKey.toBase64() + '\n';
    wipe(pair.secretKey);
    QString error = writeNewFile(secretPath, secretText, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    wipe(secretText);
    if (error.isEmpty())
        error = writeNewFile(publicPath, pair.publicKey.toBase64() + '\n',
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (error.isEmpty() && publicKey)
        *publicKey = pair.publicKey;
    return error;
}

QByteArray readPackKeyFile(const QString &path, qsizetype size, QString *error)
{
    QByteArray text = readSmallFile(path, u"key file"_s, error);
    if (text.isNull())
        return {};
    QByteArray key = decodePackKey(QString::fromLatin1(text), size);
    wipe(text);
    if (key.isEmpty())
        *error = u"The key file \"%1\" does not hold a %2-byte key in base64 or hex."_s.arg(path).arg(size);
    return key;
}

QString signPack(const QString &dbPath, const QByteArray &secretKey)
{
    if (!sodiumReady())
        return u"libsodium could not be initialised."_s;
    if (secretKey.size() != kPackSecretKeyBytes)
        return u"The secret key is not a %1-byte Ed25519 secret key."_s.arg(kPackSecretKeyBytes);
    ContentError problem;
    const QByteArray bytes = ContentDatabase::readFile(dbPath, &problem);
    if (problem)
        return problem.message();
    // Signing says "this is good content": refuse to vouch for a file the app
    // would not open anyway.
    if (!ContentStore::openBytes(bytes, dbPath, &problem))
        return problem.message() + u" It was not signed."_s;
    QByteArray signature(kSignatureBytes, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    QSaveFile file(packSignaturePath(dbPath));
    if (!file.open(QIODevice::WriteOnly) || file.write(signature.toBase64() + '\n') < 0 || !file.commit())
        return u"Cannot write the signature file \"%1\": %2."_s.arg(packSignaturePath(dbPath), file.errorString());
    return {};
}

PackCheck verifyPack(const QString &dbPath, const QByteArray &publicKey)
{
    if (!sodiumReady())
        return {false, u"libsodium could not be initialised."_s, {}};
    if (publicKey.size() != kPackPublicKeyBytes)
        return {false, u"No valid public key for content packs is configured, so the pack \"%1\" cannot be checked."_s.arg(dbPath), {}};
    ContentError problem;
    QByteArray bytes = ContentDatabase::readFile(dbPath, &problem);
    if (problem)
        return {false, problem.message(), {}};
    const QString signaturePath = packSignaturePath(dbPath);
    if (!QFileInfo::exists(signaturePath))
        return {false, u"The content pack \"%1\" is not signed: there is no \"%2\"."_s.arg(dbPath, signaturePath), {}};
    QString error;
    const QByteArray signatureText = readSmallFile(signaturePath, u"signature file"_s, &error);
    if (signatureText.isNull())
        return {false, error, {}};
    const QByteArray signature = fromBase64(signatureText);
    if (signature.size() != kSignatureBytes)
        return {false, u"The signature file \"%1\" is malformed: it does not hold a base64 Ed25519 signature."_s.arg(signaturePath), {}};
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                    reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()),
                                    reinterpret_cast<const unsigned char *>(publicKey.constData()))
        != 0)
        return {false, u"The signature of the content pack \"%1\" does not match: the file was changed, or signed with another key."_s.arg(dbPath), {}};
    return {true, {}, std::move(bytes)};
}

std::unique_ptr<ContentStore> openVerifiedPack(const QString &path, const QByteArray &publicKey, QString *warning)
{
    PackCheck check = verifyPack(path, publicKey);
    QString reason = check.reason;
    std::unique_ptr<ContentStore> store;
    if (check.ok) {
        ContentError problem;
        store = ContentStore::openBytes(std::move(check.bytes), path, &problem);
        if (!store)
            reason = problem.message();
    }
    if (!store) {
        qCWarning(lcPack).noquote() << "content pack refused:" << reason;
        *warning = reason + u" Using the built-in content instead."_s;
        return nullptr;
    }
    qCInfo(lcPack).noquote() << "content pack opened; its signature is good:" << path;
    return store;
}

} // namespace bph::core
