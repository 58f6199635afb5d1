#pragma once

// On a kiosk, a link is never opened: this dialog shows it as a QR code and
// as text, to read later on one's own phone.

#include <QDialog>

namespace bph::ui {

class QrCodeDialog final : public QDialog
{
    Q_OBJECT
public:
    QrCodeDialog(const QString &title, const QUrl &url, QWidget *parent = nullptr);

    QImage codeImage() const { return m_image; }

private:
    QImage m_image;
};

} // namespace bph::ui
