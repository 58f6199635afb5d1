#pragma once

// The clinic's kiosk configuration: an INI file only an administrator can
// write (kiosk.conf, documented in docs/KIOSK.md). Every value is checked;
// a malformed one is reported as FILE:LINE with its key, and the safe default
// is used, so a typo never leaves a waiting-room kiosk half configured.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bph::core {

class IniFile;

// What a kiosk does, as its clinic configured it; safe defaults throughout.
// A plain value (copyable), read once at start-up and handed to the parts
// that need it.
class KioskConfig final
{
public:
    static constexpr int kDefaultIdleTimeout = 120;  // seconds
    static constexpr int kMinIdleTimeout = 30;
    static constexpr int kMaxIdleTimeout = 3600;
    static constexpr int kDefaultWarningCountdown = 20;  // seconds
    static constexpr int kMinWarningCountdown = 5;
    static constexpr int kMaxWarningCountdown = 120;
    static constexpr double kDefaultTextScale = 1.0;
    static constexpr double kMinTextScale = 0.8;
    static constexpr double kMaxTextScale = 2.5;
    static constexpr int kMaxUrgentMessageLength = 200;

    // The defaults: kiosk mode off.
    KioskConfig() = default;

    // Reads the file at `path`. A missing file gives the defaults and no
    // warning (a desktop has none); an unreadable one gives one warning and
    // kiosk mode on, everything else at its default.
    static KioskConfig load(const QString &path);
    // Reads `text` as the contents of `path` (named in warnings; relative
    // content_pack paths are taken from its folder).
    static KioskConfig parse(const QByteArray &text, const QString &path);
    // What the app starts with: the --kiosk-config file, else the platform's.
    // `kioskOption` (--kiosk) turns kiosk mode on whatever the file says; a
    // --kiosk-config file that does not exist is reported.
    static KioskConfig forStart(bool kioskOption, const QString &configPathOption);
    // Where the platform keeps the clinic's configuration (kiosk.conf under
    // /etc/xdg/BackPainHub on Linux, %ProgramData%\BackPainHub on Windows,
    // /Library/Preferences/org.backpainhub.BackPainHub on macOS).
    static QString defaultConfigPath();

    QString path() const { return m_path; }  // the file read, or empty
    bool enabled() const { return m_enabled; }
    // Idle this long, then an "Are you still reading?" warning counts down
    // warningCountdownSeconds() before the kiosk resets.
    int idleTimeoutSeconds() const { return m_idleTimeout; }
    int warningCountdownSeconds() const { return m_warningCountdown; }
    QString homeGuide() const { return m_homeGuide; }  // an id; the store may not have it
    QStringList languages() const { return m_languages; }
    QString emergencyNumber() const { return m_emergencyNumber; }  // empty: by the system's territory
    // The clinic's line for urgent results; a translated default when unset.
    QString urgentMessage() const;
    QString staffPinHash() const { return m_staffPinHash; }  // empty: no staff PIN
    bool allowPrinting() const { return m_allowPrinting; }
    double textScale() const { return m_textScale; }
    QByteArray packPublicKey() const { return m_packPublicKey; }  // 32 raw bytes, or empty
    QUrl phoneBaseUrl() const { return m_phoneBaseUrl; }           // empty: hide "read on your phone"
    // What "read on your phone" shows for a guide: <phone_base_url>/<lang>/<id>,
    // as written (so a base with a #route keeps it); empty without a base.
    QUrl phoneLink(const QString &lang, const QString &guideId) const;
    QString contentPackPath() const { return m_contentPackPath; }  // absolute, or empty
    // Every problem found, one line each, as also logged (bph.core.kiosk).
    QStringList warnings() const { return m_warnings; }

private:
    void read(const IniFile &ini);
    // Sets the value of `key` from `value`; empty, or what is wrong with it.
    QString apply(const QString &key, const QString &value);
    void warn(const QString &message);

    QString m_path;
    bool m_enabled = false;
    int m_idleTimeout = kDefaultIdleTimeout;
    int m_warningCountdown = kDefaultWarningCountdown;
    QString m_homeGuide = QStringLiteral("overview");
    QStringList m_languages = {QStringLiteral("en"), QStringLiteral("es")};
    QString m_emergencyNumber;
    QString m_urgentMessage;
    QString m_staffPinHash;
    bool m_allowPrinting = false;
    double m_textScale = kDefaultTextScale;
    QByteArray m_packPublicKey;
    QUrl m_phoneBaseUrl;
    QString m_contentPackPath;
    QStringList m_warnings;
};

} // namespace bph::core
