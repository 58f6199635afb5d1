#include "readerstyle.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>
#include <QWidget>

namespace bph::ui {

namespace {

// An icon drawn in the palette's button text colour at paint time, so it
// follows the theme (Qt's own media icons are dark grey in every theme):
// the overflow chevrons (» pointing where the hidden buttons are, « right to
// left, two downward for a vertical toolbar) and the read-aloud controls.
class DrawnIconEngine final : public QIconEngine
{
public:
    enum class Shape { ChevronsRight, ChevronsLeft, ChevronsDown, Play, Pause, Stop };
    explicit DrawnIconEngine(Shape shape) : m_shape(shape) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                            QPalette::ButtonText);
        const qreal side = std::min(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.center() - QPointF(side / 2, side / 2));
        painter->scale(side, side);  // the shapes below are drawn in a unit square
        switch (m_shape) {
        case Shape::ChevronsRight:
        case Shape::ChevronsLeft:
        case Shape::ChevronsDown:
            drawChevrons(painter, colour, side);
            break;
        case Shape::Play:
            painter->fillPath(polygon({{0.25, 0.15}, {0.85, 0.5}, {0.25, 0.85}}), colour);
            break;
        case Shape::Pause:
            painter->fillRect(QRectF(0.22, 0.18, 0.2, 0.64), colour);
            painter->fillRect(QRectF(0.58, 0.18, 0.2, 0.64), colour);
            break;
        case Shape::Stop:
            painter->fillRect(QRectF(0.22, 0.22, 0.56, 0.56), colour);
            break;
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);  // QIconEngine's own pixmap() leaves it unfilled
        {
            QPainter painter(&image);
            paint(&painter, image.rect(), mode, state);
        }
        image.setDevicePixelRatio(scale);
        return QPixmap::fromImage(std::move(image));
    }

    QIconEngine *clone() const override { return new DrawnIconEngine(m_shape); }

private:
    static QPainterPath polygon(const QList<QPointF> &corners)
    {
        QPainterPath path;
        path.addPolygon(QPolygonF(corners));
        path.closeSubpath();
        return path;
    }

    void drawChevrons(QPainter *painter, const QColor &colour, qreal side) const
    {
        QPainterPath chevrons;
        for (const qreal offset : {0.15, 0.5}) {
            chevrons.moveTo(offset, 0.2);
            chevrons.lineTo(offset + 0.3, 0.5);
            chevrons.lineTo(offset, 0.8);
        }
        if (m_shape != Shape::ChevronsRight) {
            painter->translate(0.5, 0.5);
            painter->rotate(m_shape == Shape::ChevronsLeft ? 180 : 90);
            painter->translate(-0.5, -0.5);
        }
        // The pen in the unit square's terms: a tenth of the side, at least a pixel.
        painter->setPen(QPen(colour, std::max<qreal>(1.0, side / 10) / side, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(chevrons);
    }

    Shape m_shape;
};

} // namespace

QIcon ReaderStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    using Shape = DrawnIconEngine::Shape;
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton: {
        const bool rightToLeft = widget ? widget->isRightToLeft() : QGuiApplication::isRightToLeft();
        return QIcon(new DrawnIconEngine(rightToLeft ? Shape::ChevronsLeft : Shape::ChevronsRight));
    }
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(new DrawnIconEngine(Shape::ChevronsDown));
    case SP_MediaPlay:
        return QIcon(new DrawnIconEngine(Shape::Play));
    case SP_MediaPause:
        return QIcon(new DrawnIconEngine(Shape::Pause));
    case SP_MediaStop:
        return QIcon(new DrawnIconEngine(Shape::Stop));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

void ReaderStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // Styles such as Fusion draw a field's frame a shade darker than the
    // window: on the high-contrast theme's black, black, and the search field
    // cannot be found. Where the field is the window's own colour, its frame
    // is drawn again in the text colour.
    const QPalette &palette = option->palette;
    if (element == PE_FrameLineEdit && palette.color(QPalette::Base) == palette.color(QPalette::Window)) {
        painter->save();
        painter->setPen(palette.color(QPalette::Text));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
    }
}

} // namespace bph::ui
