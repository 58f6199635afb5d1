#pragma once

// The boundary to the bph_keyboard module (app/keyboard), which sets the
// language of Qt Virtual Keyboard, the kiosk's on-screen keyboard, through
// its public QML settings. It links QtQml, which the window does not need;
// the keyboard's own input plugin has loaded QtQml by the time this is used.

#include <QString>
#include <QtPlugin>

namespace bph::ui {

class KeyboardLanguageModule
{
public:
    virtual ~KeyboardLanguageModule() = default;
    // Asks the keyboard for the layout of `localeName` ("es_ES"); the
    // keyboard takes the nearest it has. Returns the keyboard's setting
    // afterwards, or an empty string with `error` set when it has none.
    virtual QString setLocale(const QString &localeName, QString *error) = 0;
};

} // namespace bph::ui

#define BPH_KEYBOARD_MODULE_IID "org.backpainhub.KeyboardLanguageModule/1"
Q_DECLARE_INTERFACE(bph::ui::KeyboardLanguageModule, BPH_KEYBOARD_MODULE_IID)
