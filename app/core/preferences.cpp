#include "preferences.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

Q_LOGGING_CATEGORY(lcPreferences, "bph.core.preferences")

const QString kTheme = u"reader/theme"_s;
const QString kTextScale = u"reader/textScale"_s;
const QString kLanguage = u"reader/language"_s;
const QString kLastGuide = u"reader/lastGuide"_s;
const QString kWindowGroup = u"window"_s;
const QString kWindowGeometry = u"window/geometry"_s;
const QString kWindowSplit = u"window/split"_s;

// Qt's saved bytes for `key`, checked again by the widget that reads them,
// which ignores what it cannot read. A value far longer than any Qt writes
// (under 100 bytes) was not written by us, and is not handed on.
QByteArray savedPlace(const QSettings &settings, const QString &key)
{
    constexpr qsizetype kMaxBytes = 1024;
    const QByteArray bytes = settings.value(key).toByteArray();
    return bytes.size() <= kMaxBytes ? bytes : QByteArray();
}

} // namespace

Preferences::Preferences(std::unique_ptr<QSettings> settings, bool readOnly)
    : m_settings(settings ? std::move(settings) : std::make_unique<QSettings>()), m_readOnly(readOnly)
{
    if (m_readOnly)
        return;
    // Values from disk are untrusted: anything odd falls back to the default.
    m_theme = themeFromName(m_settings->value(kTheme).toString());
    bool ok = false;
    const double scale = m_settings->value(kTextScale, 1.0).toDouble(&ok);
    m_textScale = ok ? qBound(kMinTextScale, scale, kMaxTextScale) : 1.0;
    m_language = m_settings->value(kLanguage).toString().left(8);
    m_lastGuide = m_settings->value(kLastGuide).toString().left(64);
    m_windowPlace = {savedPlace(*m_settings, kWindowGeometry), savedPlace(*m_settings, kWindowSplit)};
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcPreferences) << "the settings file could not be read; using the defaults";
}

Preferences::~Preferences() = default;

void Preferences::write(std::initializer_list<std::pair<QString, QVariant>> values)
{
    if (m_readOnly)
        return;
    for (const auto &[key, value] : values)
        m_settings->setValue(key, value);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError && !m_saveFailed) {
        qCWarning(lcPreferences).noquote() << saveError();
        m_saveFailed = true;
        Q_EMIT saveFailed();
    }
}

QString Preferences::saveError() const
{
    if (m_readOnly || m_settings->status() == QSettings::NoError)
        return {};
    return u"Your preferences could not be saved to %1; they will last until the app closes."_s.arg(m_settings->fileName());
}

void Preferences::setTheme(Theme theme)
{
    m_theme = theme;
    write(kTheme, themeName(theme));
}

void Preferences::setTextScale(double scale)
{
    m_textScale = qBound(kMinTextScale, scale, kMaxTextScale);
    write(kTextScale, m_textScale);
}

void Preferences::setLanguage(const QString &lang)
{
    m_language = lang;
    write(kLanguage, lang);
}

void Preferences::setLastGuide(const QString &id)
{
    m_lastGuide = id;
    write(kLastGuide, id);
}

void Preferences::setWindowPlace(const WindowPlace &place)
{
    m_windowPlace = place;
    write({{kWindowGeometry, place.geometry}, {kWindowSplit, place.split}});
}

void Preferences::reset()
{
    m_theme = Theme::System;
    m_textScale = 1.0;
    m_language.clear();
    m_lastGuide.clear();
    m_windowPlace = {};
    if (m_readOnly)
        return;
    m_settings->remove(u"reader"_s);
    m_settings->remove(kWindowGroup);
    m_settings->sync();
}

QString Preferences::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::HighContrast:
        return u"high-contrast"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

Theme Preferences::themeFromName(const QString &name)
{
    for (const Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast})
        if (name == themeName(theme))
            return theme;
    return Theme::System;
}

} // namespace bph::core
