#pragma once

// The words for care levels and answers, shared by the result card and the
// printed summary so that both say the same thing the same way.

#include "triage.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bph::ui {

class CareLevelText final
{
    Q_DECLARE_TR_FUNCTIONS(bph::ui::CareLevelText)

public:
    CareLevelText() = delete;

    // The level's name: "Emergency", "Urgent", "Routine", or for no level
    // "No warning signs".
    static QString name(std::optional<core::CareLevel> level);
    // What to do, led by the level's name, e.g. "Emergency: call 999 now or
    // go to the nearest emergency department".
    static QString heading(std::optional<core::CareLevel> level, const QString &emergencyNumber);
    static QString answer(core::Triage::Answer answer);
};

} // namespace bph::ui
