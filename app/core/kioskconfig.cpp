#include "kioskconfig.h"
#include "contentpack.h"
#include "emergencynumber.h"
#include "inifile.h"
#include "pinhash.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

Q_LOGGING_CATEGORY(lcKiosk, "bph.core.kiosk")

constexpr qint64 kMaxFileSize = 64 * 1024;  // a real kiosk.conf is under 2 KiB
constexpr qsizetype kMaxWarnings = 50;       // a binary file would give one per "line"
constexpr auto kSection = "kiosk"_L1;

struct KeyInfo {
    QLatin1StringView key;
    QLatin1StringView fallback;  // what happens instead of an unusable value
    bool emptyAllowed;           // an empty value means "not set"
};

// Every key kiosk.conf knows (docs/KIOSK.md describes them). The fallbacks
// repeat the defaults in kioskconfig.h; tst_kioskconfig checks they agree.
constexpr KeyInfo kKeys[] = {
    {"enabled"_L1, "kiosk mode stays off unless --kiosk is given"_L1, false},
    {"idle_timeout"_L1, "using 120"_L1, false},
    {"warning_countdown"_L1, "using 20"_L1, false},
    {"home_guide"_L1, "using 'overview'"_L1, false},
    {"languages"_L1, "using en, es"_L1, false},
    {"emergency_number"_L1, "using the number for the system's region"_L1, true},
    {"urgent_message"_L1, "using 'Please tell the reception desk now.'"_L1, false},
    {"staff_pin_hash"_L1, "no staff PIN is set"_L1, true},
    {"allow_printing"_L1, "using false"_L1, false},
    {"text_scale"_L1, "using 1.0"_L1, false},
    {"pack_public_key"_L1, "no content pack is opened"_L1, true},
    {"phone_base_url"_L1, "'read on your phone' is hidden"_L1, true},
    {"content_pack"_L1, "using the built-in content"_L1, true},
};

const KeyInfo *findKey(const QString &key)
{
    const auto found = std::find_if(std::begin(kKeys), std::end(kKeys), [&key](const KeyInfo &info) { return info.key == key; });
    return found == std::end(kKeys) ? nullptr : found;
}

QString readBool(const QString &value, bool *out)
{
    const QString word = value.toLower();
    if (word == "true"_L1 || word == "yes"_L1 || word == "on"_L1 || word == "1"_L1)
        *out = true;
    else if (word == "false"_L1 || word == "no"_L1 || word == "off"_L1 || word == "0"_L1)
        *out = false;
    else
        return u"'%1' is not true or false"_s.arg(value);
    return {};
}

QString readSeconds(const QString &value, int min, int max, int *out)
{
    bool ok = false;
    const int seconds = value.toInt(&ok, 10);
    if (!ok)
        return u"'%1' is not a number of seconds"_s.arg(value);
    if (seconds < min || seconds > max)
        return u"%1 is outside %2 to %3 seconds"_s.arg(seconds).arg(min).arg(max);
    *out = seconds;
    return {};
}

QString readTextScale(const QString &value, double *out)
{
    bool ok = false;
    const double scale = QLocale::c().toDouble(value, &ok);  // "1.25" on every system
    if (!ok || !std::isfinite(scale))
        return u"'%1' is not a number such as 1.25"_s.arg(value);
    if (scale < KioskConfig::kMinTextScale || scale > KioskConfig::kMaxTextScale)
        return u"%1 is outside %2 to %3"_s.arg(value).arg(KioskConfig::kMinTextScale).arg(KioskConfig::kMaxTextScale);
    *out = scale;
    return {};
}

QString readGuideId(const QString &value, QString *out)
{
    static const QRegularExpression id(u"\\A[a-z0-9]+(-[a-z0-9]+)*\\z"_s);
    if (value.size() > 64 || !id.match(value).hasMatch())
        return u"'%1' is not a guide id (lower-case letters, digits and '-')"_s.arg(value);
    *out = value;
    return {};
}

QString readLanguages(const QString &value, QStringList *out)
{
    static const QRegularExpression code(u"\\A[a-z]{2,3}\\z"_s);
    QStringList languages;
    for (const QString &item : value.split(u',')) {
        const QString lang = item.trimmed().toLower();
        if (lang.isEmpty())
            continue;
        if (!code.match(lang).hasMatch())
            return u"'%1' is not a language code such as en or es"_s.arg(item.trimmed());
        if (!languages.contains(lang))
            languages.append(lang);
    }
    if (languages.isEmpty())
        return u"'%1' names no language"_s.arg(value);
    *out = languages;
    return {};
}

QString readPhoneBaseUrl(const QString &value, QUrl *out)
{
    const QUrl url(value, QUrl::StrictMode);
    // https only: the address becomes a QR code a patient's phone opens.
    if (!url.isValid() || url.scheme() != "https"_L1 || url.host().isEmpty() || !url.userInfo().isEmpty())
        return u"'%1' is not an https:// address"_s.arg(value);
    *out = url;
    return {};
}

} // namespace

QString KioskConfig::defaultConfigPath()
{
#if defined(Q_OS_WIN)
    QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        programData = u"C:/ProgramData"_s;
    return QDir::fromNativeSeparators(programData) + u"/BackPainHub/kiosk.conf"_s;
#elif defined(Q_OS_MACOS)
    return u"/Library/Preferences/org.backpainhub.BackPainHub/kiosk.conf"_s;
#else
    // The system-wide XDG folder, never the user's ~/.config: whoever sits at
    // the kiosk must not be able to change its configuration.
    QString folder = u"/etc/xdg"_s;
    for (const QString &location : QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation)) {
        if (location.startsWith("/etc/"_L1))
            folder = location;
    }
    return folder + u"/BackPainHub/kiosk.conf"_s;
#endif
}

KioskConfig KioskConfig::forStart(bool kioskOption, const QString &configPathOption)
{
    const QString path = configPathOption.isEmpty() ? defaultConfigPath() : configPathOption;
    KioskConfig config;
    if (!configPathOption.isEmpty() && !QFileInfo::exists(path)) {
        config.m_path = path;
        config.warn(u"%1: does not exist; using the defaults"_s.arg(path));
    } else {
        config = load(path);
    }
    if (kioskOption)
        config.m_enabled = true;
    if (config.m_enabled)
        qCInfo(lcKiosk).noquote() << "kiosk mode is on," << (kioskOption ? u"by --kiosk"_s : u"by "_s + path);
    return config;
}

KioskConfig KioskConfig::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    QFile file(path);
    QString reason;
    if (!info.isFile())
        reason = u"it is not a file"_s;
    else if (info.size() > kMaxFileSize)
        reason = u"it is larger than %1 KiB"_s.arg(kMaxFileSize / 1024);
    else if (!file.open(QIODevice::ReadOnly))
        reason = file.errorString();
    if (!reason.isEmpty()) {
        // Someone put a clinic configuration here, so this is taken to be a
        // kiosk: one that came up as an open desktop would leave the
        // computer to anyone in the waiting room.
        KioskConfig config;
        config.m_path = path;
        config.m_enabled = true;
        config.warn(u"%1: cannot be read (%2); kiosk mode is on, every setting at its default"_s.arg(path, reason));
        return config;
    }
    return parse(file.readAll(), path);
}

KioskConfig KioskConfig::parse(const QByteArray &text, const QString &path)
{
    KioskConfig config;
    config.m_path = path;
    const IniFile ini(text);
    config.read(ini);
    return config;
}

void KioskConfig::read(const IniFile &ini)
{
    QList<std::pair<int, QString>> problems;  // reported in line order
    const auto report = [&problems](int line, const QString &message) { problems.append({line, message}); };
    for (const IniFile::Problem &problem : ini.problems())
        report(problem.line, problem.message);
    for (const IniFile::Section &section : ini.sections()) {
        if (section.name != kSection)
            report(section.line, u"unknown section [%1]; its keys are ignored"_s.arg(section.name));
    }
    // The last line that sets a key wins, as in QSettings; only it is checked.
    QHash<QString, int> lastLine;
    for (const IniFile::Entry &entry : ini.entries()) {
        if (entry.section == kSection)
            lastLine.insert(entry.key, entry.line);
    }
    for (const IniFile::Entry &entry : ini.entries()) {
        if (entry.section.isEmpty()) {
            report(entry.line, u"key '%1' is outside the [kiosk] section; ignored"_s.arg(entry.key));
            continue;
        }
        if (entry.section != kSection)
            continue;
        const KeyInfo *info = findKey(entry.key);
        if (!info) {
            report(entry.line, u"unknown key '%1'; ignored"_s.arg(entry.key));
        } else if (const int last = lastLine.value(entry.key); last != entry.line) {
            report(entry.line, u"key '%1' is set again on line %2; the later value is used"_s.arg(entry.key).arg(last));
        } else {
            const QString problem = entry.value.isEmpty() && !info->emptyAllowed ? u"no value is given"_s : apply(entry.key, entry.value);
            if (!problem.isEmpty())
                report(entry.line, u"key '%1': %2; %3"_s.arg(entry.key, problem, info->fallback));
        }
    }
    if (!m_contentPackPath.isEmpty() && m_packPublicKey.isEmpty()) {
        m_contentPackPath.clear();
        report(lastLine.value(u"content_pack"_s),
               u"key 'content_pack': there is no valid pack_public_key to check the pack with; using the built-in content"_s);
    }
    std::stable_sort(problems.begin(), problems.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[line, message] : std::as_const(problems))
        warn(u"%1:%2: %3"_s.arg(m_path, QString::number(line), message));
}

QString KioskConfig::apply(const QString &key, const QString &value)
{
    if (key == "enabled"_L1)
        return readBool(value, &m_enabled);
    if (key == "idle_timeout"_L1)
        return readSeconds(value, kMinIdleTimeout, kMaxIdleTimeout, &m_idleTimeout);
    if (key == "warning_countdown"_L1)
        return readSeconds(value, kMinWarningCountdown, kMaxWarningCountdown, &m_warningCountdown);
    if (key == "home_guide"_L1)
        return readGuideId(value, &m_homeGuide);
    if (key == "languages"_L1)
        return readLanguages(value, &m_languages);
    if (key == "emergency_number"_L1) {
        if (!value.isEmpty() && !isPlausibleEmergencyNumber(value))
            return u"'%1' is not a number of 2 to 8 digits"_s.arg(value);
        m_emergencyNumber = value;
    } else if (key == "urgent_message"_L1) {
        if (value.size() > kMaxUrgentMessageLength)
            return u"the message is longer than %1 characters"_s.arg(kMaxUrgentMessageLength);
        m_urgentMessage = value;
    } else if (key == "staff_pin_hash"_L1) {
        // The hash itself is not repeated in the log.
        if (!value.isEmpty() && !isPinHash(value))
            return u"the value is not an Argon2id hash from 'backpainhub --hash-pin'"_s;
        m_staffPinHash = value;
    } else if (key == "allow_printing"_L1) {
        return readBool(value, &m_allowPrinting);
    } else if (key == "text_scale"_L1) {
        return readTextScale(value, &m_textScale);
    } else if (key == "pack_public_key"_L1) {
        const QByteArray publicKey = decodePackKey(value, kPackPublicKeyBytes);
        if (!value.isEmpty() && publicKey.isEmpty())
            return u"'%1' is not a 32-byte Ed25519 public key in base64 or hex"_s.arg(value);
        m_packPublicKey = publicKey;
    } else if (key == "phone_base_url"_L1) {
        if (value.isEmpty())
            m_phoneBaseUrl.clear();
        else
            return readPhoneBaseUrl(value, &m_phoneBaseUrl);
    } else if (key == "content_pack"_L1) {
        // Relative to the configuration's folder, not to wherever the app starts.
        m_contentPackPath = value.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(m_path).absoluteDir().absoluteFilePath(value));
    }
    return {};
}

QString KioskConfig::urgentMessage() const
{
    return m_urgentMessage.isEmpty() ? QCoreApplication::translate("KioskConfig", "Please tell the reception desk now.") : m_urgentMessage;
}

QUrl KioskConfig::phoneLink(const QString &lang, const QString &guideId) const
{
    if (m_phoneBaseUrl.isEmpty())
        return {};
    QString base = m_phoneBaseUrl.toString();
    if (!base.endsWith(u'/'))
        base += u'/';
    return QUrl(base + lang + u'/' + guideId);
}

void KioskConfig::warn(const QString &message)
{
    if (m_warnings.size() > kMaxWarnings)
        return;
    const QString line = m_warnings.size() < kMaxWarnings
            ? message
            : u"%1: more problems follow; they are not reported"_s.arg(m_path);
    qCWarning(lcKiosk).noquote() << line;
    m_warnings.append(line);
}

} // namespace bph::core
