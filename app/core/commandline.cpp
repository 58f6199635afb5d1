#include "commandline.h"
#include "kioskconfig.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bph::core {

CommandLine::CommandLine(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
            QCoreApplication::translate("CommandLine", "Back Pain Hub: plain-language guides about back pain."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption lang(u"lang"_s, QCoreApplication::translate("CommandLine", "Show the app and its guides in language CODE (en or es)."), u"CODE"_s);
    const QCommandLineOption article(u"article"_s, QCoreApplication::translate("CommandLine", "Start at the guide with this id."), u"ID"_s);
    const QCommandLineOption content(u"content"_s, QCoreApplication::translate("CommandLine", "Use this content database file instead of the built-in one."), u"PATH"_s);
    const QCommandLineOption check(u"check-content"_s, QCoreApplication::translate("CommandLine", "Check a content database, print a report and exit (0 when sound, 1 when not)."), u"PATH"_s);
    // Kiosk administration (docs/KIOSK.md).
    const QCommandLineOption kiosk(u"kiosk"_s,
            QCoreApplication::translate("CommandLine", "Run as a clinic kiosk, whatever the kiosk configuration says."));
    const QCommandLineOption kioskConfig(u"kiosk-config"_s,
            QCoreApplication::translate("CommandLine", "Read the kiosk configuration from PATH instead of %1.")
                    .arg(KioskConfig::defaultConfigPath()),
            u"PATH"_s);
    const QCommandLineOption checkKiosk(u"check-kiosk-config"_s,
            QCoreApplication::translate("CommandLine", "Check a kiosk configuration file, print its problems and what the kiosk "
                                                       "will do, and exit (0 when it has no problems, 1 when it has)."),
            u"PATH"_s);
    const QCommandLineOption hashPin(u"hash-pin"_s,
            QCoreApplication::translate("CommandLine", "Read a staff PIN of 4 to 12 digits (asked twice at a terminal, else one "
                                                       "line of standard input), print its hash for kiosk.conf and exit."));
    const QCommandLineOption makeKey(u"make-pack-key"_s,
            QCoreApplication::translate("CommandLine", "Create a key pair for signing content packs, PREFIX.key (secret) and "
                                                       "PREFIX.pub, and exit."),
            u"PREFIX"_s);
    const QCommandLineOption sign(u"sign-pack"_s,
            QCoreApplication::translate("CommandLine", "Usage: --sign-pack KEY DB. Sign the content database DB with the secret "
                                                       "key file KEY, writing DB.sig, and exit."),
            u"KEY"_s);
    const QCommandLineOption verify(u"verify-pack"_s,
            QCoreApplication::translate("CommandLine", "Usage: --verify-pack PUBKEY DB. Check DB.sig against PUBKEY (a .pub "
                                                       "file or the key itself) and exit (0 when the signature is good, 1 when not)."),
            u"PUBKEY"_s);
    m_parser.addOptions({help, version, lang, article, content, check, kiosk, kioskConfig, checkKiosk, hashPin, makeKey, sign, verify});
    m_parser.addPositionalArgument(u"DB"_s,
            QCoreApplication::translate("CommandLine", "The content database, after --sign-pack KEY or --verify-pack PUBKEY."),
            u"[DB]"_s);

    if (!m_parser.parse(arguments)) {
        m_action = Action::Fail;
        m_error = m_parser.errorText();
        return;
    }
    // Only the pack commands take an argument of their own: the database.
    const QString packOption = m_parser.isSet(sign) ? u"--sign-pack KEY"_s : m_parser.isSet(verify) ? u"--verify-pack PUBKEY"_s : QString();
    const QStringList positional = m_parser.positionalArguments();
    const qsizetype allowed = packOption.isEmpty() ? 0 : 1;
    if (positional.size() > allowed) {
        m_action = Action::Fail;
        m_error = QCoreApplication::translate("CommandLine", "Unexpected argument '%1'.").arg(positional.at(allowed));
        return;
    }
    m_options = {m_parser.value(lang), m_parser.value(article), m_parser.value(content), m_parser.isSet(kiosk), m_parser.value(kioskConfig)};
    m_checkPath = m_parser.value(check);
    m_kioskCheckPath = m_parser.value(checkKiosk);
    m_packDatabase = positional.value(0);
    if (m_parser.isSet(help)) {
        m_action = Action::ShowHelp;
    } else if (m_parser.isSet(version)) {
        m_action = Action::ShowVersion;
    } else if (m_parser.isSet(check)) {
        m_action = Action::CheckContent;
    } else if (m_parser.isSet(checkKiosk)) {
        m_action = Action::CheckKioskConfig;
    } else if (m_parser.isSet(hashPin)) {
        m_action = Action::HashPin;
    } else if (m_parser.isSet(makeKey)) {
        m_action = Action::MakePackKey;
        m_packKey = m_parser.value(makeKey);
    } else if (!packOption.isEmpty()) {
        m_action = m_parser.isSet(sign) ? Action::SignPack : Action::VerifyPack;
        m_packKey = m_parser.value(m_parser.isSet(sign) ? sign : verify);
        if (m_packDatabase.isEmpty()) {
            m_action = Action::Fail;
            m_error = QCoreApplication::translate("CommandLine", "Missing the content database after '%1'.").arg(packOption);
        }
    }
}

} // namespace bph::core
