#include "careleveltext.h"

namespace bph::ui {

using core::CareLevel;

QString CareLevelText::name(std::optional<CareLevel> level)
{
    if (!level)
        return tr("No warning signs");
    switch (*level) {
    case CareLevel::Emergency:
        return tr("Emergency");
    case CareLevel::Urgent:
        return tr("Urgent");
    case CareLevel::Routine:
        return tr("Routine");
    }
    Q_UNREACHABLE();
}

QString CareLevelText::heading(std::optional<CareLevel> level, const QString &emergencyNumber)
{
    if (!level)
        return tr("No warning signs: nothing you answered needs a doctor soon");
    switch (*level) {
    case CareLevel::Emergency:
        return tr("Emergency: call %1 now or go to the nearest emergency department").arg(emergencyNumber);
    case CareLevel::Urgent:
        return tr("Urgent: contact a doctor today");
    case CareLevel::Routine:
        return tr("Routine: book an appointment with your doctor");
    }
    Q_UNREACHABLE();
}

QString CareLevelText::answer(core::Triage::Answer answer)
{
    switch (answer) {
    case core::Triage::Answer::Yes:
        return tr("Yes");
    case core::Triage::Answer::No:
        return tr("No");
    case core::Triage::Answer::NotSure:
        return tr("Not sure");
    case core::Triage::Answer::Unanswered:
        return tr("Not answered");
    }
    Q_UNREACHABLE();
}

} // namespace bph::ui
