#include "readingcontrols.h"
#include "readaloud.h"
#include "readaloudbar.h"

#include <QAction>
#include <QLocale>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace bph::ui {

ReadingControls::ReadingControls(QObject *parent) : QObject(parent) {}

ReadingControls::~ReadingControls()
{
    // Whichever the window deletes first, this or the toolbar, the bar must
    // not outlive the ReadAloud it uses: the action deletes its widget.
    delete m_barAction;
}

void ReadingControls::addTo(QToolBar *toolBar, QAction *textSmaller, QAction *textLarger)
{
    if (m_readAloud)
        return;
    m_readAloud = new ReadAloud(this);
    m_bar = new ReadAloudBar(*m_readAloud);
    if (!toolBar->actions().isEmpty())
        toolBar->addSeparator();
    m_barAction = toolBar->addWidget(m_bar);
    // Last, so that in a narrow window these go to the toolbar's overflow
    // menu first: unlike reading aloud, they are in the View menu and on
    // Ctrl+minus and Ctrl+plus too.
    toolBar->addSeparator();
    toolBar->addAction(textSmaller);
    toolBar->addAction(textLarger);
    toolBar->show();
}

void ReadingControls::setGuide(const std::optional<core::Guide> &guide, const QString &lang)
{
    if (!m_bar)
        return;
    m_bar->setText(guide ? guide->title + u".\n"_s + guide->summary + u"\n"_s + guide->bodyText : QString(), lang);
}

void ReadingControls::speak(const QString &text, const QString &lang)
{
    if (m_readAloud && m_readAloud->canSpeak(QLocale(lang)))
        m_readAloud->speak(text, QLocale(lang));
}

} // namespace bph::ui
