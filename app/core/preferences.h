#pragma once

// A reader's preferences on a desktop: theme, text size, language, the last
// guide read and where the window was, kept with QSettings. Kiosks never
// write them.

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

#include <initializer_list>
#include <memory>
#include <utility>

namespace bph::core {

enum class Theme { System, Light, Dark, HighContrast };

class Preferences final : public QObject
{
    Q_OBJECT
public:
    // `settings` null: the platform's user settings for this app. Read-only
    // preferences never touch the disk (kiosk mode).
    explicit Preferences(std::unique_ptr<QSettings> settings = nullptr, bool readOnly = false);
    ~Preferences();
    Q_DISABLE_COPY_MOVE(Preferences)

    static constexpr double kMinTextScale = 0.5;
    static constexpr double kMaxTextScale = 3.0;

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    double textScale() const { return m_textScale; }  // 1.0 is the normal size
    void setTextScale(double scale);
    QString language() const { return m_language; }   // empty: follow the system
    void setLanguage(const QString &lang);
    QString lastGuide() const { return m_lastGuide; }
    void setLastGuide(const QString &id);
    // Where the window was, in Qt's own bytes; each empty: none stored.
    struct WindowPlace {
        QByteArray geometry;  // QWidget::saveGeometry: size, position, maximised
        QByteArray split;     // QSplitter::saveState: the navigator's width
    };
    WindowPlace windowPlace() const { return m_windowPlace; }
    void setWindowPlace(const WindowPlace &place);

    // Back to the defaults, and forget what was stored.
    void reset();
    // An empty string, or why the preferences could not be saved (for the
    // log: it names the file). Once a save fails, every value still changes
    // for this session; the window tells the reader they will not be kept.
    QString saveError() const;

    static QString themeName(Theme theme);
    static Theme themeFromName(const QString &name);

Q_SIGNALS:
    // The first time a change could not be saved (once a session: the last
    // guide is written on every page turn).
    void saveFailed();

private:
    void write(const QString &key, const QVariant &value) { write({{key, value}}); }
    // Sets every value, then writes the file once.
    void write(std::initializer_list<std::pair<QString, QVariant>> values);

    std::unique_ptr<QSettings> m_settings;
    bool m_readOnly = false;
    bool m_saveFailed = false;
    Theme m_theme = Theme::System;
    double m_textScale = 1.0;
    QString m_language;
    QString m_lastGuide;
    WindowPlace m_windowPlace;
};

} // namespace bph::core
