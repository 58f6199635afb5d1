#pragma once

// Clinic content packs: a newer content database signed by its publisher with
// Ed25519 (libsodium), so that a kiosk opens only what the clinic's key
// signed. The signature is detached, in DB + ".sig", base64 text over every
// byte of the file; keys are base64 text files (docs/KIOSK.md).

#include <QByteArray>
#include <QString>

#include <memory>

namespace bph::core {

class ContentStore;

constexpr qsizetype kPackPublicKeyBytes = 32;  // crypto_sign_PUBLICKEYBYTES
constexpr qsizetype kPackSecretKeyBytes = 64;  // crypto_sign_SECRETKEYBYTES

struct PackKeyPair {
    QByteArray publicKey;
    QByteArray secretKey;
};

// A pack's bytes exactly as verified, or why it was refused.
struct PackCheck {
    bool ok = false;
    QString reason;    // one sentence when refused
    QByteArray bytes;  // the whole file, when ok
};

// Where the signature of `dbPath` lives: `dbPath` + ".sig".
QString packSignaturePath(const QString &dbPath);

// A raw key from its base64 (as in key files) or hex text; empty unless the
// text decodes to exactly `size` bytes.
QByteArray decodePackKey(const QString &text, qsizetype size);

// A fresh Ed25519 key pair; both empty if libsodium cannot start.
PackKeyPair makePackKeyPair();

// Makes a key pair and writes PREFIX.key (the secret key, owner-only, never
// over an existing file) and PREFIX.pub. Empty, or why it failed.
QString writePackKeyFiles(const QString &prefix, QByteArray *publicKey = nullptr);

// A key from a file written by writePackKeyFiles(); empty with *error set
// when the file cannot be read or holds no key of `size` bytes.
QByteArray readPackKeyFile(const QString &path, qsizetype size, QString *error);

// Signs the whole file at `dbPath`, which must be a sound content database,
// and writes its signature file. Empty, or why it failed.
QString signPack(const QString &dbPath, const QByteArray &secretKey);

// Reads the pack once and checks its signature against `publicKey`.
PackCheck verifyPack(const QString &dbPath, const QByteArray &publicKey);

// The store for a verified pack, opened from the very bytes that were
// verified (no swap between check and use); nullptr when the pack is
// refused, with *warning saying why in one or two sentences, also logged.
std::unique_ptr<ContentStore> openVerifiedPack(const QString &path, const QByteArray &publicKey, QString *warning);

} // namespace bph::core
