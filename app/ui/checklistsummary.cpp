#include "checklistsummary.h"
#include "careleveltext.h"

#include <QBuffer>
#include <QHash>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

using core::Triage;

// Small enough that all the questions fit on one page, large enough to read
// at arm's length.
constexpr int kPointSize = 9;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td><b>"_s + escaped(label) + u"</b></td><td>"_s + escaped(value) + u"</td></tr>"_s;
}

} // namespace

QString ChecklistSummary::html(const QList<core::RedFlagArea> &areas, const Triage &triage,
                               const QString &emergencyNumber, const QDateTime &when, const QLocale &locale)
{
    QHash<QString, QString> areaTitles;
    for (const core::RedFlagArea &area : areas)
        areaTitles.insert(area.id, area.title);

    const Triage::Result result = triage.result();
    const QString level = result.answered == 0 ? tr("No questions answered")
                                               : CareLevelText::heading(result.level, emergencyNumber);
    const QString date = locale.toString(when.date(), QLocale::LongFormat) + u", "_s
                         + locale.toString(when.time(), QLocale::ShortFormat);

    QString html = u"<html><body>"_s;
    html += u"<h2>"_s + escaped(tr("Back pain red-flag checklist: summary for a clinician")) + u"</h2>"_s;
    html += u"<p>"_s
            + escaped(tr("Answers a patient gave in Back Pain Hub. No name or other personal details are "
                         "recorded."))
            + u"</p>"_s;
    html += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    html += row(tr("Date:"), date);
    html += row(tr("Result:"), level);
    html += row(tr("Questions answered:"), tr("%1 of %2").arg(result.answered).arg(result.total));
    html += u"</table><p></p>"_s;

    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
            "style=\"border-collapse: collapse; border-color: #8a8f98;\">"_s;
    html += u"<tr><th align=\"left\">#</th><th align=\"left\">"_s + escaped(tr("Question")) + u"</th>"_s
            + u"<th align=\"left\">"_s + escaped(tr("Answer")) + u"</th><th align=\"left\">"_s
            + escaped(tr("Points to")) + u"</th></tr>"_s;
    QString currentArea;
    int number = 0;
    for (const core::RedFlag &item : triage.items()) {
        if (item.area != currentArea) {
            currentArea = item.area;
            html += u"<tr><td colspan=\"4\" bgcolor=\"#eceff1\"><b>"_s
                    + escaped(areaTitles.value(item.area, item.area)) + u"</b></td></tr>"_s;
        }
        const Triage::Answer answer = triage.answer(item.id);
        const std::optional<core::CareLevel> reached = Triage::levelFor(item.level, answer);
        const QString answerText = escaped(CareLevelText::answer(answer));
        html += u"<tr><td>"_s + QString::number(++number) + u"</td><td>"_s + escaped(item.question)
                + u"</td><td>"_s + (reached ? u"<b>"_s + answerText + u"</b>"_s : answerText) + u"</td><td>"_s
                + (reached ? u"<b>"_s + escaped(CareLevelText::name(reached)) + u"</b>"_s : QString())
                + u"</td></tr>"_s;
    }
    html += u"</table>"_s;

    html += u"<p><small>"_s
            + escaped(tr("How the result is reached: a Yes points to the level of its question. Not sure on an "
                         "emergency question counts as Yes; Not sure on any other question points to a routine "
                         "appointment. The result is the most urgent level reached. This checklist supports a "
                         "clinician's assessment and does not replace it."))
            + u"</small></p>"_s;
    html += u"</body></html>"_s;
    return html;
}

void ChecklistSummary::print(const QString &html, QPagedPaintDevice *device)
{
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSize(kPointSize);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.print(device);
}

QByteArray ChecklistSummary::pdf(const QString &html, const QPageSize &pageSize)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize);
        // QTextDocument::print() adds margins of its own.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(tr("Back pain red-flag checklist"));
        writer.setCreator(QCoreApplication::applicationName());
        print(html, &writer);
    }
    return buffer.data();
}

QPageSize ChecklistSummary::localPageSize()
{
    const QLocale system = QLocale::system();
    const bool letter = system.measurementSystem() == QLocale::ImperialUSSystem
                        || system.territory() == QLocale::Canada;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace bph::ui
