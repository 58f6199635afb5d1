#include "redflagdialog.h"
#include "careleveltext.h"
#include "careresultcard.h"
#include "checklistsummary.h"
#include "contentstore.h"
#include "emergencynumber.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

Q_LOGGING_CATEGORY(lcChecklist, "bph.ui.checklist")

using Answer = core::Triage::Answer;

constexpr Answer kAnswerOrder[] = {Answer::Yes, Answer::No, Answer::NotSure};

// Guides that help a reader look after their back, in the order offered.
// The overview stands in when the content has none of them.
const QStringList &selfCareGuideIds()
{
    static const QStringList ids{u"flares"_s, u"movement"_s};
    return ids;
}

QString answerKey(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return u"yes"_s;
    case Answer::No:
        return u"no"_s;
    case Answer::NotSure:
        return u"not-sure"_s;
    case Answer::Unanswered:
        break;
    }
    return u"unanswered"_s;
}

QFont scaledBoldFont(const QFont &base, qreal factor)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * factor);
    return font;
}

// One Tab stop per question, on its first answer, as in native dialogs: Tab
// moves between questions and the arrow keys between answers. Qt keeps this
// up as the focus moves (the focused answer becomes the group's stop).
void resetTabStops(const QButtonGroup *group)
{
    const QList<QAbstractButton *> buttons = group->buttons();
    for (QAbstractButton *button : buttons)
        button->setFocusPolicy(button == buttons.first() ? Qt::StrongFocus : Qt::ClickFocus);
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

RedFlagDialog::RedFlagDialog(const core::ContentStore &store, const QString &lang, const QString &emergencyNumber,
                             QWidget *parent)
    : QDialog(parent),
      m_lang(lang),
      m_emergencyNumber(core::emergencyNumber(emergencyNumber, QLocale::system().territory())),
      m_areas(store.redFlagAreas(lang)),
      m_triage(store.redFlags(lang))
{
    setWindowTitle(tr("Red-flag checklist"));

    // Widgets are made in reading order; the tab order is set to match below.
    auto *title = wrappedLabel(tr("When to get help: red-flag checklist"), this);
    title->setFont(scaledBoldFont(font(), 1.5));
    auto *intro = wrappedLabel(tr("These questions look for signs that back pain needs a doctor soon. Answer each "
                                  "one about how you are now. If you are not sure, choose “Not sure”: that is the "
                                  "safe choice. Your answers are not saved, and they are cleared when you close "
                                  "this window."),
                               this);

    m_questionsArea = new QScrollArea(this);
    m_questionsArea->setObjectName(u"checklistQuestions"_s);
    m_questionsArea->setAccessibleName(tr("Questions"));
    m_questionsArea->setWidgetResizable(true);
    // Tab goes straight to the answers; the area scrolls to each one it reaches.
    m_questionsArea->setFocusPolicy(Qt::NoFocus);
    m_questionsArea->setWidget(buildQuestions(m_areas));
    m_questionsArea->setMinimumWidth(420);

    m_card = new CareResultCard(m_emergencyNumber, selfCareGuides(store), this);
    connect(m_card, &CareResultCard::guideRequested, this, &RedFlagDialog::guideRequested);
    auto *cardPage = new QWidget(this);
    auto *cardLayout = new QVBoxLayout(cardPage);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    m_clinicAlert = new QLabel(this);
    m_clinicAlert->setObjectName(u"clinicAlert"_s);
    m_clinicAlert->setWordWrap(true);
    m_clinicAlert->setStyleSheet(u"QLabel { font-size: 22pt; font-weight: bold; padding: 12px; border: 4px solid palette(text); }"_s);
    m_clinicAlert->hide();
    cardLayout->addWidget(m_clinicAlert);
    cardLayout->addWidget(m_card);
    cardLayout->addStretch(1);
    m_resultArea = new QScrollArea(this);
    m_resultArea->setObjectName(u"checklistResult"_s);
    m_resultArea->setWidgetResizable(true);
    m_resultArea->setFrameShape(QFrame::NoFrame);
    // Focusable so that a keyboard can scroll a long result and a screen
    // reader hears it: its name carries the result's heading.
    m_resultArea->setFocusPolicy(Qt::StrongFocus);
    m_resultArea->setWidget(cardPage);
    m_resultArea->viewport()->setAutoFillBackground(false);
    cardPage->setAutoFillBackground(false);
    m_resultArea->setMinimumWidth(320);

    m_printButton = new QPushButton(tr("Print summary…"), this);
    m_saveButton = new QPushButton(tr("Save summary as PDF…"), this);
    m_clearButton = new QPushButton(tr("Clear answers"), this);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_printButton->setObjectName(u"printSummary"_s);
    m_saveButton->setObjectName(u"saveSummary"_s);
    m_clearButton->setObjectName(u"clearAnswers"_s);
    m_closeButton->setObjectName(u"closeChecklist"_s);
    for (QPushButton *button : {m_printButton, m_saveButton, m_clearButton, m_closeButton}) {
        button->setAccessibleName(button->text());
        // Enter on an answer must never print or close.
        button->setAutoDefault(false);
    }
    if (QPrinterInfo::availablePrinterNames().isEmpty()) {
        m_printButton->setEnabled(false);
        const QString why = tr("No printer is set up on this computer. Save the summary as a PDF instead.");
        m_printButton->setToolTip(why);
        m_printButton->setAccessibleDescription(why);
    }
    m_saveButton->setToolTip(tr("A one-page summary of your answers to show a doctor or nurse. It has no name on it."));
    m_clearButton->setToolTip(tr("Start again with no answers"));
    connect(m_printButton, &QPushButton::clicked, this, &RedFlagDialog::printSummary);
    connect(m_saveButton, &QPushButton::clicked, this, &RedFlagDialog::saveSummary);
    connect(m_clearButton, &QPushButton::clicked, this, &RedFlagDialog::clearAnswers);
    connect(m_closeButton, &QPushButton::clicked, this, &RedFlagDialog::reject);

    auto *panes = new QHBoxLayout;
    panes->setSpacing(16);
    panes->addWidget(m_questionsArea, 3);
    panes->addWidget(m_resultArea, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(panes, 1);
    layout->addLayout(buttons);

    // Keep the question being answered in view, however the focus got there
    // (Tab, Shift+Tab, or the arrow keys moving within an answer group).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_questionsArea->widget()->isAncestorOf(now))
            m_questionsArea->ensureWidgetVisible(now->parentWidget(), 0, 24);
    });

    setTabOrderToReadingOrder();
    updateResult();
    QSize size(980, 720);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize());
    resize(size);
}

RedFlagDialog::~RedFlagDialog() = default;

QWidget *RedFlagDialog::buildQuestions(const QList<core::RedFlagArea> &areas)
{
    QHash<QString, QString> areaTitles;
    for (const core::RedFlagArea &area : areas)
        areaTitles.insert(area.id, area.title);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 8, 16, 16);
    layout->setSpacing(14);
    const QFont headingFont = scaledBoldFont(font(), 1.2);
    QString currentArea;
    int number = 0;
    for (const core::RedFlag &item : m_triage.items()) {
        if (item.area != currentArea) {
            currentArea = item.area;
            auto *heading = wrappedLabel(areaTitles.value(item.area, item.area), page);
            heading->setFont(headingFont);
            heading->setContentsMargins(0, 10, 0, 0);
            layout->addWidget(heading);
        }
        auto *question = new QWidget(page);
        auto *questionLayout = new QVBoxLayout(question);
        questionLayout->setContentsMargins(0, 0, 0, 0);
        questionLayout->setSpacing(4);
        questionLayout->addWidget(wrappedLabel(tr("%1. %2").arg(++number).arg(item.question), question));
        auto *answers = new QHBoxLayout;
        answers->setSpacing(24);
        auto *group = new QButtonGroup(question);
        for (const Answer answer : kAnswerOrder) {
            auto *radio = new QRadioButton(CareLevelText::answer(answer), question);
            radio->setObjectName(item.id + u'/' + answerKey(answer));
            radio->setAccessibleName(tr("%1: %2", "an answer, then its question")
                                         .arg(CareLevelText::answer(answer), item.question));
            group->addButton(radio, int(answer));
            answers->addWidget(radio);
            m_answerButtons.append(radio);
        }
        resetTabStops(group);
        answers->addStretch(1);
        questionLayout->addLayout(answers);
        layout->addWidget(question);
        connect(group, &QButtonGroup::idToggled, this, [this, id = item.id](int answer, bool checked) {
            if (checked)
                onAnswered(id, Answer(answer));
        });
        m_groups.insert(item.id, group);
    }
    layout->addStretch(1);
    return page;
}

QList<core::GuideRef> RedFlagDialog::selfCareGuides(const core::ContentStore &store) const
{
    QList<core::GuideRef> guides;
    for (const QString &id : selfCareGuideIds()) {
        if (const auto guide = store.guide(m_lang, id))
            guides.append({guide->id, guide->title});
    }
    if (guides.isEmpty()) {
        if (const auto overview = store.guide(m_lang, u"overview"_s))
            guides.append({overview->id, overview->title});
    }
    return guides;
}

void RedFlagDialog::onAnswered(const QString &id, Answer answer)
{
    m_triage.setAnswer(id, answer);
    updateResult();
}

void RedFlagDialog::setClinicAlert(const QString &clinicMessage)
{
    m_clinicMessage = clinicMessage;
    updateResult();
}

void RedFlagDialog::updateResult()
{
    const auto result = m_triage.result();
    m_card->setResult(result);
    m_resultArea->setAccessibleName(tr("Result: %1").arg(m_card->headingText()));
    if (m_clinicMessage.isEmpty())
        return;
    const bool alarming = result.level && *result.level != core::CareLevel::Routine;
    m_clinicAlert->setText(m_clinicMessage);
    m_clinicAlert->setVisible(alarming);
    if (!alarming) {
        m_alertedLevel.reset();
        return;
    }
    if (m_alertedLevel == result.level)
        return;  // announce each new level once, not at every answer
    m_alertedLevel = result.level;
    showFullScreen();
    Q_EMIT urgentResult(m_card->headingText() + u". "_s + m_clinicMessage);
}

void RedFlagDialog::clearAnswers()
{
    m_triage.clear();
    for (QButtonGroup *group : std::as_const(m_groups)) {
        // An exclusive group cannot be emptied; this one lets go for a moment.
        group->setExclusive(false);
        const QList<QAbstractButton *> buttons = group->buttons();
        for (QAbstractButton *button : buttons)
            button->setChecked(false);
        group->setExclusive(true);
        resetTabStops(group);
    }
    updateResult();
}

void RedFlagDialog::done(int result)
{
    clearAnswers();
    QDialog::done(result);
}

void RedFlagDialog::closeEvent(QCloseEvent *event)
{
    // QDialog's handler goes through reject() and done() while shown; this
    // also covers a close while hidden.
    clearAnswers();
    QDialog::closeEvent(event);
}

QString RedFlagDialog::summaryHtml() const
{
    return ChecklistSummary::html(m_areas, m_triage, m_emergencyNumber, QDateTime::currentDateTime(),
                                  QLocale(m_lang));
}

bool RedFlagDialog::saveSummaryPdf(const QString &path)
{
    const QByteArray pdf = ChecklistSummary::pdf(summaryHtml(), ChecklistSummary::localPageSize());
    QSaveFile file(path);
    if (pdf.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        qCWarning(lcChecklist) << "Could not save the summary to" << path << file.errorString();
        return false;
    }
    return true;
}

void RedFlagDialog::printSummary()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(ChecklistSummary::localPageSize());
    printer.setDocName(tr("Back pain checklist summary"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print summary"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChecklistSummary::print(summaryHtml(), &printer);
}

void RedFlagDialog::saveSummary()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("back-pain-checklist-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(this, tr("Save summary as PDF"), suggested,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(".pdf"_L1, Qt::CaseInsensitive))
        path += ".pdf"_L1;
    if (!saveSummaryPdf(path))
        QMessageBox::warning(this, tr("Summary not saved"),
                             tr("The summary could not be saved as %1. Choose another folder and try again.")
                                 .arg(QDir::toNativeSeparators(path)));
}

void RedFlagDialog::setTabOrderToReadingOrder()
{
    QList<QWidget *> order = m_answerButtons;
    order.append(m_resultArea);
    for (QPushButton *button : m_card->guideButtons())
        order.append(button);
    order.append({m_printButton, m_saveButton, m_clearButton, m_closeButton});
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

} // namespace bph::ui
