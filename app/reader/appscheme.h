#pragma once

// The app:// URL scheme: the only place guide pages come from
// (app://guide/ID; each carries its style sheet inline).

#include "readermodule.h"

#include <QWebEngineUrlSchemeHandler>

namespace bph::ui {

inline constexpr char kAppScheme[] = "app";

// Must run before the first web profile is made (the module does it when
// it is loaded).
void registerAppScheme();

class AppSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    AppSchemeHandler(const GuidePageSource &pages, QObject *parent = nullptr);

    void setLanguage(const QString &lang) { m_options.lang = lang; }
    void setTheme(const QString &theme) { m_options.theme = theme; }
    QString theme() const { return m_options.theme; }
    void setPhoneLinkShown(bool shown) { m_options.phoneLink = shown; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    const GuidePageSource &m_pages;
    GuidePageOptions m_options{QStringLiteral("en"), QStringLiteral("light"), false};
};

} // namespace bph::ui
