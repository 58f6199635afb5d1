#pragma once

// The staff PIN prompt that ends kiosk mode. Wrong PINs lock it for growing
// intervals (PinGate); it says how long, and never what was typed.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bph::core {
class PinGate;
}

namespace bph::ui {

class PinPrompt final : public QDialog
{
    Q_OBJECT
public:
    PinPrompt(core::PinGate &gate, QWidget *parent = nullptr);

    QLineEdit *pinField() const { return m_pin; }

private:
    void submit();
    void showLockout(qint64 remainingMs);
    void showNoPin();

    core::PinGate &m_gate;
    QLineEdit *m_pin = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_unlock = nullptr;
};

} // namespace bph::ui
