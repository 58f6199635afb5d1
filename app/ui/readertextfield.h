#pragma once

// How the reader's text fields (search, the questions' filter, find in the
// page) are set up.

#include <QLineEdit>

namespace bph::ui {

// A line edit's clear button, added when text first appears in it (the only
// time it is of use). Making the button looks up the desktop's icon theme,
// and the first look-up in a program loads every image format plugin Qt
// has: done in the window's constructor, that held its first show back.
inline void addClearButtonOnFirstText(QLineEdit *edit)
{
    QObject::connect(
            edit, &QLineEdit::textChanged, edit, [edit] { edit->setClearButtonEnabled(true); },
            Qt::SingleShotConnection);
}

// What a reader looks up about their health is theirs: no input method
// (an on-screen keyboard's word prediction, say) may learn or keep it,
// which on a kiosk would offer it to the next reader.
constexpr Qt::InputMethodHints kPrivateTextHints = Qt::ImhSensitiveData | Qt::ImhNoPredictiveText;

inline void setUpReaderTextField(QLineEdit *edit)
{
    edit->setInputMethodHints(edit->inputMethodHints() | kPrivateTextHints);
    addClearButtonOnFirstText(edit);
}

} // namespace bph::ui
