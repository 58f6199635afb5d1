#include "admintools.h"
#include "contentpack.h"
#include "pinhash.h"
#include "secretinput.h"

#include <QFileInfo>

#include <sodium.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

void print(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
}

int fail(const QString &message)
{
    std::fprintf(stderr, "backpainhub: %s\n", message.toLocal8Bit().constData());
    return 1;
}

} // namespace

int runHashPin()
{
    const bool interactive = standardInputIsTerminal();
    const std::optional<QString> line = readSecretLine(interactive ? u"Staff PIN (4 to 12 digits): "_s : QString());
    const QString pin = line.value_or(QString()).trimmed();
    if (pin.isEmpty())
        return fail(u"no PIN was given."_s);
    if (!isValidPin(pin))
        return fail(u"a staff PIN is 4 to 12 digits, 0 to 9, and nothing else. No hash was made."_s);
    if (interactive && readSecretLine(u"The same PIN again: "_s).value_or(QString()).trimmed() != pin)
        return fail(u"the two PINs differ. No hash was made."_s);
    const QString hash = hashPin(pin);
    if (hash.isEmpty())
        return fail(u"the PIN could not be hashed (libsodium failed, perhaps for lack of memory)."_s);
    print(hash);
    if (interactive)
        std::fprintf(stderr, "Put this line in the [kiosk] section of kiosk.conf:\nstaff_pin_hash = %s\n", hash.toLatin1().constData());
    return 0;
}

int runMakePackKey(const QString &prefix)
{
    QByteArray publicKey;
    const QString error = writePackKeyFiles(prefix, &publicKey);
    if (!error.isEmpty())
        return fail(error);
    print(u"Wrote the secret key to \"%1.key\": keep it private, off the kiosks, and backed up."_s.arg(prefix));
    print(u"Wrote the public key to \"%1.pub\". Put this line in the [kiosk] section of kiosk.conf:"_s.arg(prefix));
    print(u"pack_public_key = %1"_s.arg(QString::fromLatin1(publicKey.toBase64())));
    return 0;
}

int runSignPack(const QString &keyPath, const QString &dbPath)
{
    QString error;
    QByteArray secretKey = readPackKeyFile(keyPath, kPackSecretKeyBytes, &error);
    if (secretKey.isEmpty())
        return fail(error);
    if (QFileInfo(keyPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        std::fprintf(stderr, "backpainhub: warning: others can read the secret key \"%s\"; make it private (chmod 600).\n",
                     keyPath.toLocal8Bit().constData());
    error = signPack(dbPath, secretKey);
    sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    if (!error.isEmpty())
        return fail(error);
    print(u"Signed \"%1\": wrote \"%2\"."_s.arg(dbPath, packSignaturePath(dbPath)));
    return 0;
}

int runVerifyPack(const QString &publicKey, const QString &dbPath)
{
    QString error;
    QByteArray key;
    if (QFileInfo(publicKey).isFile()) {
        key = readPackKeyFile(publicKey, kPackPublicKeyBytes, &error);
    } else {
        key = decodePackKey(publicKey, kPackPublicKeyBytes);
        if (key.isEmpty())
            error = u"'%1' is neither a public key file nor a public key in base64 or hex."_s.arg(publicKey);
    }
    if (key.isEmpty())
        return fail(error);
    const PackCheck check = verifyPack(dbPath, key);
    if (!check.ok)
        return fail(check.reason);
    print(u"Good signature: \"%1\" was signed with this key and has not been changed since."_s.arg(dbPath));
    return 0;
}

} // namespace bph::core
