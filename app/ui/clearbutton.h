#pragma once

// A line edit's clear button, added when text first appears in it (the only
// time it is of use). Making the button looks up the desktop's icon theme,
// and the first look-up in a program loads every image format plugin Qt
// has: done in the window's constructor, that held its first show back.

#include <QLineEdit>

namespace bph::ui {

inline void addClearButtonOnFirstText(QLineEdit *edit)
{
    QObject::connect(
            edit, &QLineEdit::textChanged, edit, [edit] { edit->setClearButtonEnabled(true); },
            Qt::SingleShotConnection);
}

} // namespace bph::ui
