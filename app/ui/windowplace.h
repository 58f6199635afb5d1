#pragma once

// Where the reader's window opens and how wide its guide list is: the first
// time, a size that suits the screen with the list about a quarter of it;
// after that, where the reader left them (kept in Preferences).

#include "preferences.h"

class QMainWindow;
class QSplitter;

namespace bph::ui {

void takeFirstPlace(QMainWindow &window, QSplitter &guideListSplit);
// Bytes that cannot be read leave the first place (and are logged); Qt moves
// a window whose screen has gone back onto one that is there.
void restorePlace(QMainWindow &window, QSplitter &guideListSplit, const core::Preferences::WindowPlace &place);
core::Preferences::WindowPlace placeOf(const QMainWindow &window, const QSplitter &guideListSplit);

} // namespace bph::ui
