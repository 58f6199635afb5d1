#pragma once

// The kiosk's staff PIN is never stored, only a salted Argon2id hash of it
// (libsodium's crypto_pwhash_str), which `backpainhub --hash-pin` prints.

#include <QString>

namespace bph::core {

// Whether `pin` is acceptable as a staff PIN: 4 to 12 ASCII digits.
bool isValidPin(const QString &pin);

// Whether `hash` looks like what hashPin() makes: a libsodium Argon2id
// string ("$argon2id$v=19$m=...,t=...,p=...$salt$hash").
bool isPinHash(const QString &hash);

// A new random salt each call, so two hashes of one PIN differ. Empty when
// libsodium cannot hash (out of memory).
QString hashPin(const QString &pin);

// Whether `pin` is the one `hash` was made from (constant time).
bool verifyPin(const QString &hash, const QString &pin);

} // namespace bph::core
