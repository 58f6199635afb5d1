#pragma once

// Cuts text into the short pieces a speech engine is handed one at a time, so
// pause, stop and a change of speed take effect within a sentence or two.

#include <QString>
#include <QStringList>

namespace bph::ui {

// Pieces of at most maxChars characters, breaking between sentences where it
// can and never inside a word. A line break always ends a piece: a heading or
// list item has no full stop, and an utterance of its own gives it the pause
// a reader expects. Whitespace is collapsed; pieces are never empty, and a
// single word longer than maxChars stays whole.
QStringList speechChunks(const QString &text, qsizetype maxChars = 300);

} // namespace bph::ui
