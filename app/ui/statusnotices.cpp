#include "statusnotices.h"

#include <QMainWindow>
#include <QStatusBar>

namespace bph::ui {

void StatusNotices::showUnsavedPreferences()
{
    // The change itself has been applied; only keeping it failed.
    m_window.statusBar()->showMessage(tr("Your preferences could not be saved, so changes last only until you close the app."));
}

void StatusNotices::showUntranslatedLanguage(const QString &languageName)
{
    if (languageName.isEmpty() && m_languageNotice.isEmpty())
        return;  // nothing to take back (and no status bar to make on a kiosk)
    QStatusBar *statusBar = m_window.statusBar();
    if (statusBar->currentMessage() == m_languageNotice)
        statusBar->clearMessage();
    m_languageNotice.clear();
    if (languageName.isEmpty())
        return;
    m_languageNotice = tr("The menus and buttons are not available in %1, so they stay in English.").arg(languageName);
    statusBar->showMessage(m_languageNotice);
}

void StatusNotices::showOutcome(const QString &text)
{
    m_window.statusBar()->showMessage(text, 8000);
}

} // namespace bph::ui
