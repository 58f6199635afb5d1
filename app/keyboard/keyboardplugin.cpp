// The entry point of the bph_keyboard module: it sets Qt Virtual Keyboard's
// language through VirtualKeyboardSettings, the keyboard's public QML
// settings (Qt has no public C++ way). Every QML engine's settings object
// shares the keyboard's one, so an engine of our own is enough.

#include "keyboardlanguagemodule.h"

#include <QObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {
constexpr auto kSettingsQml = R"(import QtQml
import QtQuick.VirtualKeyboard.Settings
QtObject {
    function setLocale(name) {
        VirtualKeyboardSettings.locale = name
        return VirtualKeyboardSettings.locale
    }
})";
}

class KeyboardPlugin final : public QObject, public KeyboardLanguageModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BPH_KEYBOARD_MODULE_IID)
    Q_INTERFACES(bph::ui::KeyboardLanguageModule)
public:
    QString setLocale(const QString &localeName, QString *error) override
    {
        if (!m_settings && !makeSettings(error))
            return {};
        QVariant result;
        QMetaObject::invokeMethod(m_settings, "setLocale", Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, localeName));
        return result.toString();
    }

private:
    bool makeSettings(QString *error)
    {
        QQmlComponent component(&m_engine);
        component.setData(kSettingsQml, QUrl(u"bph-keyboard-settings.qml"_s));
        m_settings = component.create();
        if (!m_settings)
            *error = component.errorString().trimmed();
        return m_settings;
    }

    QQmlEngine m_engine;
    QObject *m_settings = nullptr;  // owned by m_engine (JavaScript ownership)
};

} // namespace bph::ui

#include "keyboardplugin.moc"
