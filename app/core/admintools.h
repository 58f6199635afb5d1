#pragma once

// The kiosk administrator's command-line tools (--hash-pin, --make-pack-key,
// --sign-pack, --verify-pack): each prints its result and returns the exit
// code, 0 for success and 1 for failure.

#include <QString>

namespace bph::core {

// Reads a staff PIN (twice at a terminal, echo off; one line from a pipe) and
// prints its Argon2id hash on standard output.
int runHashPin();

// Writes PREFIX.key and PREFIX.pub, and prints the kiosk.conf line.
int runMakePackKey(const QString &prefix);

// Signs `dbPath` with the secret key file `keyPath`, writing dbPath.sig.
int runSignPack(const QString &keyPath, const QString &dbPath);

// Checks dbPath.sig; `publicKey` is a .pub file or the key in base64 or hex.
int runVerifyPack(const QString &publicKey, const QString &dbPath);

} // namespace bph::core
