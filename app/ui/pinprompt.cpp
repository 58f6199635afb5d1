#include "pinprompt.h"
#include "pingate.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bph::ui {

PinPrompt::PinPrompt(core::PinGate &gate, QWidget *parent)
    : QDialog(parent), m_gate(gate), m_pin(new QLineEdit), m_message(new QLabel)
{
    setObjectName(u"PinPrompt"_s);
    setWindowTitle(tr("Staff only"));
    setModal(true);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,12}"_s), m_pin));
    m_pin->setMinimumHeight(48);
    m_pin->setAccessibleName(tr("Staff PIN"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("PIN message"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_unlock = buttons->addButton(tr("Leave kiosk mode"), QDialogButtonBox::AcceptRole);
    for (QAbstractButton *button : buttons->buttons())
        button->setMinimumSize(140, 48);
    connect(m_unlock, &QPushButton::clicked, this, &PinPrompt::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &PinPrompt::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Enter the staff PIN to leave kiosk mode.")));
    layout->addWidget(m_pin);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    if (!m_gate.hasPin())
        showNoPin();
    else if (const qint64 locked = m_gate.remainingLockoutMs())
        showLockout(locked);
}

void PinPrompt::submit()
{
    const auto attempt = m_gate.tryPin(m_pin->text());
    m_pin->clear();
    switch (attempt.result) {
    case core::PinGate::Result::Accepted:
        accept();
        return;
    case core::PinGate::Result::NoPin:
        showNoPin();
        return;
    case core::PinGate::Result::Wrong:
    case core::PinGate::Result::LockedOut:
        if (attempt.lockedForMs > 0)
            showLockout(attempt.lockedForMs);
        else
            m_message->setText(tr("That PIN is not right."));
        return;
    }
}

void PinPrompt::showNoPin()
{
    m_message->setText(tr("No staff PIN is set in the kiosk configuration (or the file cannot be read), so kiosk mode cannot be left here."));
}

void PinPrompt::showLockout(qint64 remainingMs)
{
    const int seconds = int((remainingMs + 999) / 1000);
    m_message->setText(tr("Too many wrong PINs. Try again in %n second(s).", nullptr, seconds));
}

} // namespace bph::ui
