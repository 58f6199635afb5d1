#include "kioskcontroller.h"
#include "clock.h"
#include "idlewarning.h"
#include "mainwindow.h"
#include "pinprompt.h"
#include "readaloud.h"
#include "readeractions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QAbstractScrollArea>
#include <QScreen>
#include <QScroller>
#include <QShortcut>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

Q_LOGGING_CATEGORY(lcKiosk, "bph.ui.kiosk")

constexpr int kPollIntervalMs = 250;
constexpr int kLogoTapsForExit = 5;
constexpr qint64 kLogoTapWindowMs = 3000;
// Touch targets: at least 44 by 44 px, the common accessibility minimum.
// Buttons with words are wider than that anyway; a minimum width for them
// would let a crowded toolbar squeeze them below their words ("Normal spee").
const char *const kTouchStyle = "QToolButton, QPushButton, QComboBox, QLineEdit { min-height: 44px; }"
                                "QPushButton { min-width: 44px; }"
                                "QToolButton, QPushButton { padding: 2px 10px; }"
                                // Not the search field's magnifier, a picture the field places itself.
                                "QToolButton#searchIcon { min-height: 0; padding: 0; }"
                                "QLineEdit { min-width: 240px; }"
                                "QTreeView::item { min-height: 44px; }";

} // namespace

KioskController::KioskController(MainWindow &window, core::KioskConfig config, const core::Clock &clock, QObject *parent)
    : QObject(parent),
      m_window(window),
      m_config(std::move(config)),
      m_clock(clock),
      m_idle([&clock] { return clock.nowMs(); }, qint64(m_config.idleTimeoutSeconds()) * 1000,
             qint64(m_config.warningCountdownSeconds()) * 1000),
      m_pinGate(m_config.staffPinHash(), clock),
      m_warning(new IdleWarning(&window)),
      m_logo(new QToolButton),
      m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &KioskController::poll);
    connect(m_warning, &IdleWarning::keepReading, this, [this] {
        m_idle.activity();
        m_warning->hide();
    });
    m_logo->setText(tr("Back Pain Hub"));
    m_logo->setAccessibleName(tr("Back Pain Hub"));
    m_logo->setFocusPolicy(Qt::NoFocus);  // a hidden staff gesture, not a control for readers
    connect(m_logo, &QToolButton::clicked, this, &KioskController::onLogoTapped);
    auto *chord = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_K), &m_window);
    connect(chord, &QShortcut::activated, this, &KioskController::requestStaffExit);
}

KioskController::~KioskController()
{
    qApp->removeEventFilter(this);
}

void KioskController::start()
{
    lockWindow();
    // Input reaches the web view's internal widgets, never the window itself,
    // so activity is watched application-wide.
    qApp->installEventFilter(this);
    m_idle.activity();
    m_poll->start();
    qCInfo(lcKiosk, "kiosk mode on: idle reset after %d s, warning for %d s", m_config.idleTimeoutSeconds(),
           m_config.warningCountdownSeconds());
}

void KioskController::lockWindow()
{
    m_window.enterKioskMode(m_config);
    m_window.setWindowFlag(Qt::FramelessWindowHint, true);
    m_window.menuBar()->hide();
    m_window.setStyleSheet(QString::fromLatin1(kTouchStyle));
    ReaderActions *actions = m_window.actions();
    for (QAction *action : {actions->quit, actions->savePdf, actions->resetPreferences, actions->about})
        action->setEnabled(false);
    actions->print->setEnabled(m_config.allowPrinting());
    actions->themes->setEnabled(false);
    // Words only: icons beside them would push more of the toolbar into its overflow menu.
    for (auto *toolBar : m_window.findChildren<QToolBar *>())
        toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Lists scroll by dragging a finger, with momentum.
    for (auto *view : m_window.findChildren<QAbstractScrollArea *>())
        QScroller::grabGesture(view->viewport(), QScroller::TouchGesture);
    m_window.toolBar()->insertWidget(m_window.toolBar()->actions().value(0), m_logo);
    addLanguageButtons();
    // Fill the screen even where no window manager honours full screen.
    if (const QScreen *screen = m_window.screen())
        m_window.setGeometry(screen->geometry());
    m_window.showFullScreen();
}

void KioskController::addLanguageButtons()
{
    const QStringList languages = m_config.languages();
    if (languages.size() < 2)
        return;
    m_window.toolBar()->addSeparator();
    for (QAction *action : m_window.actions()->languages->actions())
        if (languages.contains(action->data().toString()))
            m_window.toolBar()->addAction(action);
}

void KioskController::poll()
{
    switch (m_idle.update()) {
    case core::IdleMonitor::State::Reading:
        if (m_warning->isVisible())
            m_warning->hide();
        return;
    case core::IdleMonitor::State::Warning:
        m_warning->showCountdown(m_idle.secondsUntilReset());
        return;
    case core::IdleMonitor::State::ResetDue:
        resetForNextReader();
        return;
    }
}

void KioskController::resetForNextReader()
{
    if (m_window.readAloud())
        m_window.readAloud()->stop();
    const QString lang = m_config.languages().value(0, u"en"_s);
    m_window.setLanguage(lang);
    m_window.setTextScale(m_config.textScale());
    m_window.openGuideOrFirst(m_config.homeGuide());  // never the last reader's guide, even if home_guide is mistyped
    m_window.discardReadingState();
    m_warning->hide();
    m_idle.restart();
    qCInfo(lcKiosk, "reset for the next reader");
    Q_EMIT readerReset();
}

void KioskController::onLogoTapped()
{
    const qint64 now = m_clock.nowMs();
    m_logoTaps.append(now);
    while (!m_logoTaps.isEmpty() && now - m_logoTaps.first() > kLogoTapWindowMs)
        m_logoTaps.removeFirst();
    if (m_logoTaps.size() >= kLogoTapsForExit) {
        m_logoTaps.clear();
        requestStaffExit();
    }
}

void KioskController::requestStaffExit()
{
    if (m_promptOpen)
        return;
    m_promptOpen = true;
    PinPrompt prompt(m_pinGate, &m_window);
    const bool accepted = prompt.exec() == QDialog::Accepted;
    m_promptOpen = false;
    if (!accepted)
        return;
    qCInfo(lcKiosk, "staff left kiosk mode");
    Q_EMIT staffExitAccepted();
    m_window.allowClose();
    m_window.close();
}

bool KioskController::isBlockedKey(const QKeyEvent *event) const
{
    const auto combination = event->keyCombination();
    if (combination == QKeyCombination(Qt::ALT, Qt::Key_F4) || combination == QKeyCombination(Qt::CTRL, Qt::Key_Q)
        || combination == QKeyCombination(Qt::CTRL, Qt::Key_W) || event->key() == Qt::Key_F11)
        return true;
    // Escape still closes a dialog; it never touches the kiosk window itself.
    return event->key() == Qt::Key_Escape && !QApplication::activeModalWidget();
}

bool KioskController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride:
        m_idle.activity();
        if (isBlockedKey(static_cast<QKeyEvent *>(event)))
            return true;
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        m_idle.activity();
        break;
    case QEvent::WindowStateChange:
        // Nothing may take the kiosk out of full screen.
        if (watched == &m_window && !m_window.isFullScreen())
            QTimer::singleShot(0, &m_window, &QWidget::showFullScreen);
        break;
    default:
        break;
    }
    if (m_warning->isVisible() && m_idle.state() == core::IdleMonitor::State::Reading)
        m_warning->hide();
    return QObject::eventFilter(watched, event);
}

} // namespace bph::ui
