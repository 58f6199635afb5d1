#include "careresultcard.h"
#include "carecolours.h"
#include "careleveltext.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

using core::CareLevel;
using core::Triage;

using Look = CareLook;

constexpr int kIconSide = 40;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A shape per level (octagon, triangle, circle) so the level does not rest
// on colour alone, even for someone who sees no colour at all.
QPixmap iconFor(Look look, const QColor &colour, qreal dpr)
{
    QPixmap pixmap(QSize(kIconSide, kIconSide) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const QRectF box(1, 1, kIconSide - 2, kIconSide - 2);
    QRectF glyphBox = box;
    QString glyph;
    switch (look) {
    case Look::Emergency: {  // a stop sign
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double angle = qDegreesToRadians(22.5 + 45.0 * i);
            octagon << box.center() + QPointF(std::cos(angle), std::sin(angle)) * box.width() / 2;
        }
        painter.drawPolygon(octagon);
        glyph = u"!"_s;
        break;
    }
    case Look::Urgent: {  // a warning triangle
        painter.drawPolygon(QPolygonF{QPointF(box.center().x(), box.top() + 1), box.bottomRight(), box.bottomLeft()});
        glyphBox.setTop(box.top() + box.height() * 0.25);
        glyph = u"!"_s;
        break;
    }
    case Look::Clear: {  // a tick in a circle
        painter.drawEllipse(box);
        QPainterPath tick;
        tick.moveTo(box.left() + box.width() * 0.27, box.top() + box.height() * 0.52);
        tick.lineTo(box.left() + box.width() * 0.44, box.top() + box.height() * 0.68);
        tick.lineTo(box.left() + box.width() * 0.74, box.top() + box.height() * 0.34);
        painter.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
        return pixmap;
    }
    case Look::Routine:
    case Look::Unanswered:
        painter.drawEllipse(box);
        glyph = look == Look::Routine ? u"i"_s : u"?"_s;
        break;
    }
    QFont font = QGuiApplication::font();
    font.setBold(true);
    font.setPixelSize(kIconSide / 2 + 2);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(glyphBox, Qt::AlignCenter, glyph);
    return pixmap;
}

QString styleSheetFor(Look look)
{
    const CareColours colours = careColours(look);
    return uR"(#careResultCard { background: %1; border: 2px solid %2; border-radius: 8px; }
#careResultCard QLabel { color: %3; background: transparent; border: none; })"_s
        .arg(QLatin1StringView(colours.background), QLatin1StringView(colours.border),
             QLatin1StringView(colours.text));
}

} // namespace

CareResultCard::CareResultCard(const QString &emergencyNumber, const QList<core::GuideRef> &selfCareGuides,
                               QWidget *parent)
    : QFrame(parent),
      m_emergencyNumber(emergencyNumber),
      m_icon(new QLabel(this)),
      m_heading(new QLabel(this)),
      m_details(new QLabel(this)),
      m_guidesIntro(new QLabel(tr("These guides can help you look after your back:"), this)),
      m_footer(new QLabel(this))
{
    setObjectName(u"careResultCard"_s);
    setAccessibleName(tr("Result"));
    m_icon->setFixedSize(kIconSide, kIconSide);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_guidesIntro->setWordWrap(true);
    m_footer->setWordWrap(true);
    m_footer->setTextFormat(Qt::PlainText);
    m_footer->setText(tr("If you feel very unwell, or your symptoms get worse quickly, call %1. This checklist "
                         "does not diagnose: it helps you decide how soon to get care.")
                          .arg(emergencyNumber));

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_heading, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_guidesIntro);
    // Made once, here, so the focus chain keeps them in reading order.
    for (const core::GuideRef &guide : selfCareGuides) {
        auto *button = new QPushButton(tr("Read: %1").arg(guide.title), this);
        button->setAccessibleName(button->text());
        button->setAutoDefault(false);
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, id = guide.id]() { Q_EMIT guideRequested(id); });
        layout->addWidget(button);
        m_guideButtons.append(button);
    }
    layout->addWidget(m_footer);

    setResult({});
}

void CareResultCard::setResult(const Triage::Result &result)
{
    Look look = Look::Unanswered;
    if (result.level) {
        switch (*result.level) {
        case CareLevel::Emergency:
            look = Look::Emergency;
            break;
        case CareLevel::Urgent:
            look = Look::Urgent;
            break;
        case CareLevel::Routine:
            look = Look::Routine;
            break;
        }
    } else if (result.answered > 0) {
        look = Look::Clear;
    }

    if (look == Look::Unanswered) {
        m_heading->setText(tr("Not answered yet: your result will show here"));
        m_details->setText(escaped(tr("Answer each question Yes, No or Not sure. The advice here changes as you "
                                      "answer.")));
    } else {
        m_heading->setText(CareLevelText::heading(result.level, m_emergencyNumber));
        m_details->setText(look == Look::Clear ? clearHtml(result) : triggersHtml(result));
    }
    const bool showGuides = look == Look::Clear && !m_guideButtons.isEmpty();
    m_guidesIntro->setVisible(showGuides);
    for (QPushButton *button : std::as_const(m_guideButtons))
        button->setVisible(showGuides);
    m_icon->setAccessibleName(look == Look::Unanswered ? tr("Not answered yet") : CareLevelText::name(result.level));
    setAccessibleDescription(m_heading->text());
    setStyleSheet(styleSheetFor(look));
    m_icon->setPixmap(iconFor(look, QColor(QLatin1StringView(careColours(look).border)), devicePixelRatioF()));
}

QString CareResultCard::headingText() const
{
    return m_heading->text();
}

QString CareResultCard::detailsText() const
{
    return QTextDocumentFragment::fromHtml(m_details->text()).toPlainText();
}

QString CareResultCard::triggersHtml(const Triage::Result &result) const
{
    // The most urgent first: that is what the reader must act on.
    QList<Triage::Trigger> triggers = result.triggers;
    std::stable_sort(triggers.begin(), triggers.end(),
                     [](const Triage::Trigger &a, const Triage::Trigger &b) { return a.level > b.level; });
    const bool mixedLevels = triggers.front().level != triggers.back().level;

    QString html;
    for (const Triage::Trigger &trigger : std::as_const(triggers)) {
        const bool softened = trigger.level != trigger.item.level;
        html += u"<p>"_s;
        if (mixedLevels)
            html += u"<b>"_s + escaped(CareLevelText::name(trigger.level)) + u"</b> · "_s;
        html += u"<b>"_s + escaped(tr("You answered %1:").arg(CareLevelText::answer(trigger.answer))) + u"</b> "_s
                + escaped(trigger.item.question);
        if (trigger.answer == Triage::Answer::NotSure && !softened)
            html += u"<br><i>"_s + escaped(tr("To be safe, “Not sure” counts as “Yes” for this question.")) + u"</i>"_s;
        html += u"<br>"_s + escaped(trigger.item.why);
        if (softened)
            html += u"<br>"_s
                    + escaped(tr("Talk it over at an appointment. If the answer turns out to be yes: %1")
                                  .arg(trigger.item.action));
        else
            html += u"<br><b>"_s + escaped(tr("What to do:")) + u"</b> "_s + escaped(trigger.item.action);
        html += u"</p>"_s;
    }
    const qsizetype unanswered = result.total - result.answered;
    if (unanswered > 0 && result.level != CareLevel::Emergency)
        html += u"<p>"_s
                + escaped(tr("%n question(s) not answered yet. An answer there could change this result.", nullptr,
                             int(unanswered)))
                + u"</p>"_s;
    return html;
}

QString CareResultCard::clearHtml(const Triage::Result &result) const
{
    QString html = u"<p>"_s
                   + escaped(tr("That is good news. Most back pain is not caused by anything serious and gets "
                                "better within a few weeks. Keeping gently active usually helps more than rest."))
                   + u"</p>"_s;
    const qsizetype unanswered = result.total - result.answered;
    if (unanswered > 0)
        html += u"<p><b>"_s
                + escaped(tr("%n question(s) not answered yet. An answer there could change this result.", nullptr,
                             int(unanswered)))
                + u"</b></p>"_s;
    return html;
}

} // namespace bph::ui
