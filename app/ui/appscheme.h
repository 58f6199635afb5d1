#pragma once

// The app:// URL scheme: the only place guide pages and their style sheet
// come from. app://guide/ID, app://style/article.css.

#include <QWebEngineUrlSchemeHandler>

namespace bph::core {
class ContentStore;
}

namespace bph::ui {

inline constexpr char kAppScheme[] = "app";

// Must run before the QApplication is created.
void registerAppScheme();

class AppSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    AppSchemeHandler(const core::ContentStore &store, QObject *parent = nullptr);

    void setLanguage(const QString &lang) { m_lang = lang; }
    QString language() const { return m_lang; }
    void setTheme(const QString &theme) { m_theme = theme; }
    QString theme() const { return m_theme; }
    void setPhoneLinkShown(bool shown) { m_phoneLink = shown; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    const core::ContentStore &m_store;
    QString m_lang = QStringLiteral("en");
    QString m_theme = QStringLiteral("light");
    bool m_phoneLink = false;
};

} // namespace bph::ui
