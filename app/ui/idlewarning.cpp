#include "idlewarning.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace bph::ui {

IdleWarning::IdleWarning(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel), m_countdown(new QLabel), m_keepReading(new QPushButton)
{
    setObjectName(QStringLiteral("IdleWarning"));
    setAttribute(Qt::WA_StyledBackground);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setAlignment(Qt::AlignCenter);
    QFont medium = font();
    medium.setPointSizeF(medium.pointSizeF() * 1.5);
    m_countdown->setFont(medium);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setWordWrap(true);
    m_keepReading->setFont(medium);
    m_keepReading->setMinimumSize(280, 72);
    connect(m_keepReading, &QPushButton::clicked, this, &IdleWarning::keepReading);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_heading);
    layout->addSpacing(24);
    layout->addWidget(m_countdown);
    layout->addSpacing(32);
    layout->addWidget(m_keepReading, 0, Qt::AlignCenter);
    layout->addStretch(3);
    retranslate();
    hide();
}

void IdleWarning::showCountdown(int seconds)
{
    m_seconds = seconds;
    retranslate();
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    if (!isVisible()) {
        show();
        raise();
        m_keepReading->setFocus();
    }
}

void IdleWarning::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void IdleWarning::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
}

void IdleWarning::retranslate()
{
    m_heading->setText(tr("Are you still reading?"));
    m_countdown->setText(tr("To keep your reading private, this screen will clear for the next person in %n second(s).",
                            nullptr, m_seconds));
    m_keepReading->setText(tr("Keep reading"));
    m_keepReading->setAccessibleName(tr("Keep reading"));
}

} // namespace bph::ui
