#pragma once

// The program's command line: what to do, and with which options.

#include <QCommandLineParser>
#include <QString>

namespace bph::core {

struct StartOptions {
    QString lang;         // empty: follow the system language
    QString article;      // empty: the last guide read, or the overview
    QString contentPath;  // empty: the built-in content
    // Initialised here so that the shorter {lang, article, content} still
    // compiles without a missing-initializer warning.
    bool kiosk = false;         // --kiosk: kiosk mode whatever kiosk.conf says
    QString kioskConfigPath{};  // empty: KioskConfig::defaultConfigPath()
};

class CommandLine final
{
public:
    enum class Action { RunApp, ShowHelp, ShowVersion, CheckContent, CheckKioskConfig, HashPin, MakePackKey, SignPack, VerifyPack, Fail };

    explicit CommandLine(const QStringList &arguments);
    Q_DISABLE_COPY_MOVE(CommandLine)

    Action action() const { return m_action; }
    StartOptions startOptions() const { return m_options; }
    QString checkContentPath() const { return m_checkPath; }
    QString checkKioskConfigPath() const { return m_kioskCheckPath; }
    // MakePackKey: the prefix of the key files. SignPack: the secret key
    // file. VerifyPack: the public key file, or the key itself.
    QString packKey() const { return m_packKey; }
    QString packDatabase() const { return m_packDatabase; }  // SignPack, VerifyPack
    QString errorMessage() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }

private:
    QCommandLineParser m_parser;
    Action m_action = Action::RunApp;
    StartOptions m_options;
    QString m_checkPath;
    QString m_kioskCheckPath;
    QString m_packKey;
    QString m_packDatabase;
    QString m_error;
};

} // namespace bph::core
