#include "startupsequence.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace bph::ui {

namespace {
Q_LOGGING_CATEGORY(lcStartup, "bph.ui.startup")
}

StartUpSequence::StartUpSequence(QWidget &window, QElapsedTimer startClock)
    : QObject(&window), m_window(window), m_startClock(startClock)
{
    m_window.installEventFilter(this);  // for its first show
}

bool StartUpSequence::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Show) {
        if (m_startClock.isValid())
            qCInfo(lcStartup, "window shown after %lld ms", static_cast<long long>(m_startClock.elapsed()));
        m_window.removeEventFilter(this);
        m_window.windowHandle()->installEventFilter(this);  // for its first expose
    } else if (watched == m_window.windowHandle() && event->type() == QEvent::Expose
               && m_window.windowHandle()->isExposed()) {
        // The window paints as this event is handled; the viewer comes
        // after that, so the reader never looks at an empty frame.
        m_window.windowHandle()->removeEventFilter(this);
        QTimer::singleShot(0, this, &StartUpSequence::windowPainted);
    }
    return QObject::eventFilter(watched, event);
}

void StartUpSequence::guideShown()
{
    if (m_finished)
        return;
    if (m_startClock.isValid())
        qCInfo(lcStartup, "first guide rendered after %lld ms", static_cast<long long>(m_startClock.elapsed()));
    finish();
}

void StartUpSequence::viewerUnavailable()
{
    if (!m_finished)
        finish();
}

void StartUpSequence::finish()
{
    m_finished = true;
    Q_EMIT finished();
}

} // namespace bph::ui
