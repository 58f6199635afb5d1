#include "readeractions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenuBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

QAction *makeAction(QObject *parent, QList<QKeySequence> shortcuts = {})
{
    auto *action = new QAction(parent);
    action->setShortcuts(shortcuts);
    return action;
}

} // namespace

ReaderActions::ReaderActions(QObject *parent)
    : QObject(parent),
      back(makeAction(this, {QKeySequence::Back, QKeySequence(Qt::Key_Back)})),
      forward(makeAction(this, {QKeySequence::Forward, QKeySequence(Qt::Key_Forward)})),
      home(makeAction(this, {QKeySequence(Qt::ALT | Qt::Key_Home), QKeySequence(Qt::Key_HomePage)})),
      focusSearch(makeAction(this, {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_L)})),
      questions(makeAction(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)})),
      checklist(makeAction(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)})),
      find(makeAction(this, {QKeySequence::Find})),
      findNext(makeAction(this, {QKeySequence::FindNext})),
      findPrevious(makeAction(this, {QKeySequence::FindPrevious})),
      textLarger(makeAction(this, {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)})),
      textSmaller(makeAction(this, {QKeySequence::ZoomOut})),
      textReset(makeAction(this, {QKeySequence(Qt::CTRL | Qt::Key_0)})),
      print(makeAction(this, {QKeySequence::Print})),
      savePdf(makeAction(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)})),
      resetPreferences(makeAction(this)),
      about(makeAction(this)),
      quit(makeAction(this, {QKeySequence::Quit})),
      themes(new QActionGroup(this)),
      languages(new QActionGroup(this))
{
    for (const auto theme : {core::Theme::System, core::Theme::Light, core::Theme::Dark, core::Theme::HighContrast}) {
        auto *action = themes->addAction(QString());
        action->setCheckable(true);
        action->setData(int(theme));
    }
    for (const QString &lang : {u"en"_s, u"es"_s}) {
        // A language is named in itself, so a reader can find their own.
        auto *action = languages->addAction(lang == "en"_L1 ? u"English"_s : u"Español"_s);
        action->setCheckable(true);
        action->setData(lang);
    }
    retranslate();
}

void ReaderActions::loadIcons(const QStyle *style)
{
    back->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    forward->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    home->setIcon(QIcon::fromTheme(u"go-home"_s));
}

void ReaderActions::populateMenuBar(QMenuBar *menuBar)
{
    m_readerMenu = menuBar->addMenu(QString());
    m_readerMenu->addActions({print, savePdf});
    m_readerMenu->addSeparator();
    m_readerMenu->addAction(quit);

    m_viewMenu = menuBar->addMenu(QString());
    m_viewMenu->addActions({find, findNext, findPrevious});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({textLarger, textSmaller, textReset});
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(themes->actions());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(languages->actions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(resetPreferences);

    m_goMenu = menuBar->addMenu(QString());
    m_goMenu->addActions({back, forward, home, focusSearch});
    m_goMenu->addSeparator();
    m_goMenu->addActions({questions, checklist});

    m_helpMenu = menuBar->addMenu(QString());
    m_helpMenu->addAction(about);
    retranslate();
}

void ReaderActions::retranslate()
{
    if (m_readerMenu) {
        m_readerMenu->setTitle(tr("&Reader"));
        m_viewMenu->setTitle(tr("&View"));
        m_themeMenu->setTitle(tr("Theme"));
        m_languageMenu->setTitle(tr("Language"));
        m_goMenu->setTitle(tr("&Go"));
        m_helpMenu->setTitle(tr("&Help"));
    }
    back->setText(tr("Back"));
    forward->setText(tr("Forward"));
    home->setText(tr("Home"));
    home->setToolTip(tr("Go to the overview (Alt+Home)"));
    focusSearch->setText(tr("Search"));
    questions->setText(tr("Questions"));
    questions->setToolTip(tr("Common questions and answers"));
    checklist->setText(tr("Check symptoms"));
    checklist->setToolTip(tr("Red-flag checklist: does a symptom need medical help?"));
    find->setText(tr("Find in guide…"));
    findNext->setText(tr("Find next"));
    findPrevious->setText(tr("Find previous"));
    textLarger->setText(tr("Larger text"));
    textSmaller->setText(tr("Smaller text"));
    textReset->setText(tr("Normal text size"));
    print->setText(tr("Print…"));
    savePdf->setText(tr("Save as PDF…"));
    resetPreferences->setText(tr("Reset preferences"));
    about->setText(tr("About Back Pain Hub"));
    quit->setText(tr("Quit"));
    themeAction(core::Theme::System)->setText(tr("Follow the system"));
    themeAction(core::Theme::Light)->setText(tr("Light"));
    themeAction(core::Theme::Dark)->setText(tr("Dark"));
    themeAction(core::Theme::HighContrast)->setText(tr("High contrast"));
}

QAction *ReaderActions::themeAction(core::Theme theme) const
{
    for (QAction *action : themes->actions())
        if (action->data().toInt() == int(theme))
            return action;
    return nullptr;
}

QAction *ReaderActions::languageAction(const QString &lang) const
{
    for (QAction *action : languages->actions())
        if (action->data().toString() == lang)
            return action;
    return nullptr;
}

} // namespace bph::ui
