#pragma once

// Keeps the on-screen keyboard (Qt Virtual Keyboard) in the reader's
// language. The keyboard starts in the system's language and stays in it,
// so without this a reader who switches to Spanish on an English kiosk would
// type on an English keyboard, with no Ñ. Does nothing where another input
// method, or none, is in use.

#include "moduleloader.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace bph::ui {

class KeyboardLanguageModule;

class KeyboardLanguage
{
public:
    // `folders`: where to look for the module; empty for moduleFolders(),
    // worked out only when the module is first needed (not as the window is made).
    explicit KeyboardLanguage(QStringList folders = {});

    // Whether this program types with Qt Virtual Keyboard (QT_IM_MODULE).
    static bool keyboardInUse();

    // `lang` is one of the app's languages ("en", "es"). Loads the
    // bph_keyboard module the first time; a failure is logged once.
    void follow(const QString &lang);
    // The keyboard's locale after the last follow(), empty before or on failure.
    QString keyboardLocale() const { return m_keyboardLocale; }

private:
    QStringList m_folders;
    KeyboardLanguageModule *m_module = nullptr;
    bool m_failed = false;
    QString m_keyboardLocale;
};

// The keyboard locale for `lang`: the system's own where it speaks `lang`
// (en_GB stays en_GB), else the usual one for `lang` (es_ES).
QString keyboardLocaleName(const QString &lang, const QLocale &system);

} // namespace bph::ui
