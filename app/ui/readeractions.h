#pragma once

// Every command of the reader's window as a QAction with its shortcut, so
// menus, the toolbar and the keyboard share one definition.

#include "preferences.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QStyle;

namespace bph::ui {

class ReaderActions final : public QObject
{
    Q_OBJECT
public:
    explicit ReaderActions(QObject *parent);

    // Sets every text again in the current UI language.
    void retranslate();
    // Fills the window's menus with these actions.
    void populateMenuBar(QMenuBar *menuBar);
    // Back, forward and home get their icons from `style` and the desktop's
    // icon theme. Called once the window is on screen: the first theme
    // look-up loads every image format plugin Qt has, which held the window
    // back by tens of milliseconds.
    void loadIcons(const QStyle *style);

    QAction *back = nullptr;
    QAction *forward = nullptr;
    QAction *home = nullptr;
    QAction *focusSearch = nullptr;
    QAction *questions = nullptr;
    QAction *checklist = nullptr;
    QAction *find = nullptr;
    QAction *findNext = nullptr;
    QAction *findPrevious = nullptr;
    QAction *textLarger = nullptr;
    QAction *textSmaller = nullptr;
    QAction *textReset = nullptr;
    QAction *print = nullptr;
    QAction *savePdf = nullptr;
    QAction *resetPreferences = nullptr;
    QAction *about = nullptr;
    QAction *quit = nullptr;

    QActionGroup *themes = nullptr;    // data(): int(core::Theme)
    QActionGroup *languages = nullptr; // data(): language code

    QAction *themeAction(core::Theme theme) const;
    QAction *languageAction(const QString &lang) const;

private:
    QMenu *m_readerMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace bph::ui
