#include "keyboardlanguage.h"
#include "keyboardlanguagemodule.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {
Q_LOGGING_CATEGORY(lcKeyboard, "bph.ui.keyboard")
}

KeyboardLanguage::KeyboardLanguage(QStringList folders) : m_folders(std::move(folders)) {}

bool KeyboardLanguage::keyboardInUse()
{
    return qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard";
}

void KeyboardLanguage::follow(const QString &lang)
{
    if (m_failed || !keyboardInUse())
        return;
    const QString localeName = keyboardLocaleName(lang, QLocale::system());
    QString error;
    if (!m_module) {
        const ModuleLoad load = loadModule("bph_keyboard"_L1, BPH_KEYBOARD_MODULE_IID, u"keyboard language module"_s,
                                           m_folders.isEmpty() ? moduleFolders() : m_folders);
        m_module = qobject_cast<KeyboardLanguageModule *>(load.instance);
        error = load.error;
    }
    if (m_module)
        m_keyboardLocale = m_module->setLocale(localeName, &error);
    if (!m_module || m_keyboardLocale.isEmpty()) {
        m_failed = true;  // once is enough for the log; typing still works
        m_keyboardLocale.clear();
        qCWarning(lcKeyboard, "the on-screen keyboard stays in its own language: %s", qPrintable(error));
    }
}

QString keyboardLocaleName(const QString &lang, const QLocale &system)
{
    const QLocale wanted(lang);
    return system.language() == wanted.language() ? system.name() : wanted.name();
}

} // namespace bph::ui
