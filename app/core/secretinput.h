#pragma once

// Reads a secret (a staff PIN) from standard input: with echo off when it is
// a terminal, so the PIN never shows on the screen, and plainly from a pipe
// so that scripts and tests can give it.

#include <QString>

#include <optional>

namespace bph::core {

// Whether standard input is a terminal someone is typing at.
bool standardInputIsTerminal();

// Writes `prompt` (if any) to standard error and reads one line from
// standard input, echo off at a terminal; without its line end. nullopt at
// the end of input. A line far too long to be a PIN is cut short.
std::optional<QString> readSecretLine(const QString &prompt);

} // namespace bph::core
