#include "searchresultdelegate.h"
#include "searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

constexpr int kSnippetLines = 2;

int padding(const QFontMetrics &metrics)
{
    return metrics.height() / 2;
}

QColor blend(const QColor &a, const QColor &b, qreal amountOfA)
{
    return QColor::fromRgbF(float(a.redF() * amountOfA + b.redF() * (1 - amountOfA)),
                            float(a.greenF() * amountOfA + b.greenF() * (1 - amountOfA)),
                            float(a.blueF() * amountOfA + b.blueF() * (1 - amountOfA)));
}

// Qt's rich text has no <mark>: mark the words with a soft tint of the
// selection colour (or, on a selected row, with weight and an underline).
QString styledSnippet(QString html, const QPalette &palette, bool selected)
{
    const QColor tint = blend(palette.color(QPalette::Highlight), palette.color(QPalette::Base), 0.22);
    const QString style = selected ? u"font-weight:600; text-decoration:underline"_s
                                   : u"font-weight:600; background-color:%1"_s.arg(tint.name());
    html.replace(u"<mark>"_s, u"<span style=\"%1\">"_s.arg(style));
    return html.replace(u"</mark>"_s, u"</span>"_s);
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics metrics = option.fontMetrics;
    const int height = 2 * padding(metrics) + QFontMetrics(titleFont).height() + metrics.height() / 4
                       + kSnippetLines * metrics.lineSpacing();
    return {option.rect.width() > 0 ? option.rect.width() : 30 * metrics.averageCharWidth(), height};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    const QColor quiet = blend(text, background, 0.72);
    const QFontMetrics metrics = opt.fontMetrics;
    const int pad = padding(metrics);
    const QRect area = opt.rect.adjusted(pad + pad / 2, pad, -(pad + pad / 2), -pad);

    painter->save();
    // The kind, small and quiet, at the right of the title line.
    QFont tagFont = opt.font;
    if (opt.font.pointSizeF() > 0)
        tagFont.setPointSizeF(opt.font.pointSizeF() * 0.85);
    else
        tagFont.setPixelSize(std::max(1, opt.font.pixelSize() * 85 / 100));
    const QFontMetrics tagMetrics(tagFont);
    const QString kind = index.data(core::SearchResultsModel::KindTextRole).toString();
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const int tagWidth = tagMetrics.horizontalAdvance(kind);
    const QRect titleLine(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->setFont(tagFont);
    painter->setPen(quiet);
    painter->drawText(titleLine, Qt::AlignRight | Qt::AlignVCenter, kind);

    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect = titleLine.adjusted(0, 0, -(tagWidth + pad), 0);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));

    // The snippet, at most kSnippetLines lines.
    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(0);
    document.setTextWidth(area.width());
    document.setHtml(styledSnippet(index.data(core::SearchResultsModel::SnippetHtmlRole).toString(), palette, selected));
    const QRect snippetRect(area.left(), titleLine.bottom() + 1 + metrics.height() / 4, area.width(),
                            kSnippetLines * metrics.lineSpacing());
    painter->translate(snippetRect.topLeft());
    const QRect clip(0, 0, snippetRect.width(), snippetRect.height());
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(QPalette::Text, blend(text, background, 0.85));
    context.clip = clip;
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace bph::ui
