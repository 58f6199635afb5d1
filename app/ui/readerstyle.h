#pragma once

// The app's widget style: the platform's own, except for the toolbar's
// overflow ("more") icons, drawn here in the palette's text colour. Qt's
// style reads them from PNG files, and reading any image makes Qt load
// every image format plugin with its libraries (WebP, TIFF, MNG, JPEG,
// SVG...) to ask whether it reads PNG: a cost on the way to the first
// window, which otherwise needs no image at all.

#include <QProxyStyle>

namespace bph::ui {

class ReaderStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace bph::ui
