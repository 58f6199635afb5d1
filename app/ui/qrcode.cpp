#include "qrcode.h"

#include <qrencode.h>

#include <QPainter>

namespace bph::ui {

namespace {
constexpr int kQuietZone = 4;  // modules of white around the code, per the standard
}

QImage qrCodeImage(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    // Medium error correction: survives a smudged screen or a shaky camera.
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int size = (code->width + 2 * kQuietZone) * moduleSize;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + kQuietZone) * moduleSize, (y + kQuietZone) * moduleSize, moduleSize, moduleSize, Qt::black);
    QRcode_free(code);
    return image;
}

} // namespace bph::ui
