#include "findbar.h"
#include "readertextfield.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bph::ui {

FindBar::FindBar(QWidget *parent) : QWidget(parent), m_input(new QLineEdit), m_count(new QLabel)
{
    m_input->setPlaceholderText(tr("Find in this guide"));
    m_input->setAccessibleName(tr("Find in this guide"));
    setUpReaderTextField(m_input);
    m_count->setAccessibleName(tr("Matches found"));
    auto *previous = new QPushButton(tr("Previous"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QPushButton(tr("Next"));
    next->setAccessibleName(tr("Next match"));
    auto *done = new QPushButton(tr("Close"));
    done->setAccessibleName(tr("Close find"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_input, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(done);

    connect(m_input, &QLineEdit::textChanged, this, [this](const QString &text) { Q_EMIT findRequested(text, false); });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { Q_EMIT findRequested(m_input->text(), false); });
    connect(previous, &QPushButton::clicked, this, [this] { Q_EMIT findRequested(m_input->text(), true); });
    connect(next, &QPushButton::clicked, this, [this] { Q_EMIT findRequested(m_input->text(), false); });
    connect(done, &QPushButton::clicked, this, &FindBar::close);
    hide();
}

QString FindBar::text() const
{
    return m_input->text();
}

void FindBar::open()
{
    show();
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

void FindBar::reset()
{
    m_input->setText(QString());  // setText, not clear(): clearing can be undone
    m_count->clear();
    hide();
}

void FindBar::showResult(int activeMatch, int numberOfMatches)
{
    if (m_input->text().isEmpty())
        m_count->clear();
    else if (numberOfMatches == 0)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(activeMatch).arg(numberOfMatches));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::close()
{
    m_input->clear();
    m_count->clear();
    hide();
    Q_EMIT closed();
}

} // namespace bph::ui
