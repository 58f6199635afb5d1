#pragma once

// What the window's status bar tells the reader: that preferences are not
// being kept, that the menus stay in English, and what became of a print or
// a saved PDF. The status bar is made only when there is something to say.

#include <QCoreApplication>
#include <QString>

class QMainWindow;

namespace bph::ui {

class StatusNotices final
{
    Q_DECLARE_TR_FUNCTIONS(bph::ui::StatusNotices)
public:
    explicit StatusNotices(QMainWindow &window) : m_window(window) {}

    // It stays: it is true for as long as the app runs.
    void showUnsavedPreferences();
    // The guides are in `languageName` but the menus and buttons fell back to
    // English; empty: takes that back. Stays until the language changes.
    void showUntranslatedLanguage(const QString &languageName);
    // What became of a print or a save, for a few seconds.
    void showOutcome(const QString &text);

private:
    QMainWindow &m_window;
    QString m_languageNotice;  // shown, empty if none
};

} // namespace bph::ui
