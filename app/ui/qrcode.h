#pragma once

// QR codes (libqrencode) for links a kiosk reader takes away on a phone.

#include <QImage>
#include <QString>

namespace bph::ui {

// A black-on-white QR code of `text`, each module `moduleSize` pixels, with
// the standard four-module quiet zone. A null image if the text cannot be
// encoded (too long).
QImage qrCodeImage(const QString &text, int moduleSize = 8);

} // namespace bph::ui
