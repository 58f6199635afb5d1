#pragma once

// The app's widget style: the platform's own, except for a few icons drawn
// here in the palette's text colour, so that they follow the theme. The
// toolbar's overflow ("more") icons: Qt's style reads them from PNG files,
// and reading any image makes Qt load every image format plugin with its
// libraries (WebP, TIFF, MNG, JPEG, SVG...) to ask whether it reads PNG: a
// cost on the way to the first window, which otherwise needs no image at
// all. And the media icons of the read-aloud controls: Qt's are dark grey
// in every theme, hard to see on the dark and high-contrast ones. Text
// fields also get a frame in the text colour where the base style's would
// vanish (see drawPrimitive).

#include <QProxyStyle>

namespace bph::ui {

class ReaderStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace bph::ui
