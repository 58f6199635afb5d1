#include "triage.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace bph::core {

namespace {

using Answer = Triage::Answer;

// An answer that raises the level. An answer with no rule (No, Unanswered)
// raises nothing.
struct Rule {
    CareLevel item;
    Answer answer;
    CareLevel reached;
};

// "Not sure" never means "nothing": uncertainty deserves a conversation, never
// silence. On an emergency item it counts as yes, because the signs it asks
// about (a squeezed spinal cord or cauda equina, a broken spine, a failing
// aorta) do harm that cannot be undone while someone waits to be sure. On an
// urgent or routine item it books an appointment to talk it over: a doubt is
// not enough to send someone to a same-day service, but it must not be left
// unspoken either.
constexpr Rule kRules[] = {
    {CareLevel::Emergency, Answer::Yes, CareLevel::Emergency},
    {CareLevel::Emergency, Answer::NotSure, CareLevel::Emergency},
    {CareLevel::Urgent, Answer::Yes, CareLevel::Urgent},
    {CareLevel::Urgent, Answer::NotSure, CareLevel::Routine},
    {CareLevel::Routine, Answer::Yes, CareLevel::Routine},
    {CareLevel::Routine, Answer::NotSure, CareLevel::Routine},
};

// result() keeps the greatest level reached, so the order of the enum matters.
static_assert(CareLevel::Routine < CareLevel::Urgent && CareLevel::Urgent < CareLevel::Emergency,
              "the most urgent care level must compare greatest");

} // namespace

Triage::Triage(QList<RedFlag> items)
    : m_items(std::move(items))
{
}

bool Triage::contains(const QString &id) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [&id](const RedFlag &item) { return item.id == id; });
}

bool Triage::setAnswer(const QString &id, Answer answer)
{
    if (!contains(id))
        return false;
    if (answer == Answer::Unanswered)
        m_answers.remove(id);
    else
        m_answers.insert(id, answer);
    return true;
}

Triage::Answer Triage::answer(const QString &id) const
{
    return m_answers.value(id, Answer::Unanswered);
}

void Triage::clear()
{
    m_answers.clear();
}

std::optional<CareLevel> Triage::levelFor(CareLevel itemLevel, Answer answer)
{
    const auto rule = std::find_if(std::cbegin(kRules), std::cend(kRules), [&](const Rule &r) {
        return r.item == itemLevel && r.answer == answer;
    });
    if (rule == std::cend(kRules))
        return std::nullopt;
    return rule->reached;
}

Triage::Result Triage::result() const
{
    Result result;
    result.total = m_items.size();
    for (const RedFlag &item : m_items) {
        const Answer given = answer(item.id);
        if (given != Answer::Unanswered)
            ++result.answered;
        const std::optional<CareLevel> reached = levelFor(item.level, given);
        if (!reached)
            continue;
        result.triggers.append({item, given, *reached});
        if (!result.level || *result.level < *reached)
            result.level = reached;
    }
    return result;
}

} // namespace bph::core
