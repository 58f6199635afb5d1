#include "pinhash.h"
#include "sodiumready.h"

#include <QByteArray>
#include <QLatin1StringView>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

constexpr qsizetype kMinPinDigits = 4;
constexpr qsizetype kMaxPinDigits = 12;

// Clears a copy of the PIN before its memory is given back.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
}

} // namespace

bool isValidPin(const QString &pin)
{
    if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits)
        return false;
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isPinHash(const QString &hash)
{
    return hash.startsWith(QLatin1StringView(crypto_pwhash_argon2id_STRPREFIX)) && hash.size() < qsizetype(crypto_pwhash_STRBYTES)
            && !hash.contains(u' ');
}

QString hashPin(const QString &pin)
{
    if (!sodiumReady())
        return {};
    QByteArray bytes = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    // The interactive limits (64 MiB, 2 passes) keep a check under a second
    // on a modest kiosk PC; the lockout in PinGate does the rest.
    const int result = crypto_pwhash_str_alg(out, bytes.constData(), quint64(bytes.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                             crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13);
    wipe(bytes);
    return result == 0 ? QString::fromLatin1(out) : QString();
}

bool verifyPin(const QString &hash, const QString &pin)
{
    if (!sodiumReady() || !isPinHash(hash))
        return false;
    const QByteArray hashBytes = hash.toLatin1();
    QByteArray bytes = pin.toUtf8();
    const bool match = crypto_pwhash_str_verify(hashBytes.constData(), bytes.constData(), quint64(bytes.size())) == 0;
    wipe(bytes);
    return match;
}

} // namespace bph::core
