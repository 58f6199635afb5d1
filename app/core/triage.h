#pragma once

// Decides how soon a reader should get care from their answers to the
// red-flag checklist: a small table of rules over the content's items. Pure
// logic, no widgets; the answers live in this object only, never on disk.

#include "contenttypes.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bph::core {

class Triage final
{
public:
    enum class Answer { Unanswered, No, Yes, NotSure };

    // One item that raised the level, and how far it raised it.
    struct Trigger {
        RedFlag item;
        Answer answer = Answer::Unanswered;
        CareLevel level = CareLevel::Routine;  // below item.level when "Not sure" softens it
    };

    struct Result {
        std::optional<CareLevel> level;  // the most urgent level reached; none when nothing triggered
        QList<Trigger> triggers;         // in checklist order
        qsizetype answered = 0;
        qsizetype total = 0;
    };

    explicit Triage(QList<RedFlag> items);
    Q_DISABLE_COPY_MOVE(Triage)

    const QList<RedFlag> &items() const { return m_items; }
    bool contains(const QString &id) const;

    // False, changing nothing, for an id that is not one of the items.
    bool setAnswer(const QString &id, Answer answer);
    Answer answer(const QString &id) const;
    void clear();

    Result result() const;

    // The level one answer to an item of `itemLevel` reaches; none when it
    // reaches none (No, Unanswered).
    static std::optional<CareLevel> levelFor(CareLevel itemLevel, Answer answer);

private:
    QList<RedFlag> m_items;
    QHash<QString, Answer> m_answers;  // only answered items
};

} // namespace bph::core
