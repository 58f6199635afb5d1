#include "readerstyle.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QWidget>

namespace bph::ui {

namespace {

// Two chevrons pointing where the hidden buttons are: » (« right to left),
// or two downward ones for a vertical toolbar. Painted in the palette's
// button text colour at paint time, so they follow the theme.
class OverflowIconEngine final : public QIconEngine
{
public:
    enum class Direction { Right, Left, Down };
    explicit OverflowIconEngine(Direction direction) : m_direction(direction) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                            QPalette::ButtonText);
        const qreal side = std::min(rect.width(), rect.height());
        QPainterPath chevrons;
        for (const qreal offset : {0.15, 0.5}) {  // fractions of the side
            chevrons.moveTo(offset * side, 0.2 * side);
            chevrons.lineTo((offset + 0.3) * side, 0.5 * side);
            chevrons.lineTo(offset * side, 0.8 * side);
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.center() - QPointF(side / 2, side / 2));
        if (m_direction != Direction::Right) {
            painter->translate(side / 2, side / 2);
            painter->rotate(m_direction == Direction::Left ? 180 : 90);
            painter->translate(-side / 2, -side / 2);
        }
        painter->setPen(QPen(colour, std::max<qreal>(1.0, side / 10), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(chevrons);
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

    QIconEngine *clone() const override { return new OverflowIconEngine(m_direction); }

private:
    Direction m_direction;
};

} // namespace

QIcon ReaderStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    using Direction = OverflowIconEngine::Direction;
    if (icon == SP_ToolBarHorizontalExtensionButton) {
        const bool rightToLeft = widget ? widget->isRightToLeft() : QGuiApplication::isRightToLeft();
        return QIcon(new OverflowIconEngine(rightToLeft ? Direction::Left : Direction::Right));
    }
    if (icon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new OverflowIconEngine(Direction::Down));
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace bph::ui
