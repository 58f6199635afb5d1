#include "searchtext.h"

namespace bph::core {

bool isSearchWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing
           || QChar::category(c) == QChar::Mark_SpacingCombining;
}

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    return folded;
}

QList<WordSpan> searchWordSpans(QStringView text, qsizetype maxWords)
{
    QList<WordSpan> spans;
    qsizetype start = -1;
    const auto flush = [&](qsizetype end) {
        if (start >= 0)
            spans.append({start, end - start});
        start = -1;
    };
    for (qsizetype i = 0; i < text.size() && spans.size() < maxWords;) {
        // A lone surrogate is no character at all: it separates words.
        char32_t c = 0xFFFD;
        qsizetype width = 1;
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(unit, text.at(i + 1));
            width = 2;
        } else if (!unit.isSurrogate()) {
            c = unit.unicode();
        }
        if (isSearchWordCharacter(c)) {
            if (start < 0)
                start = i;
        } else {
            flush(i);
        }
        i += width;
    }
    if (spans.size() < maxWords)
        flush(text.size());
    return spans;
}

QStringList searchWords(const QString &text)
{
    // Enough characters for kMaxSearchWords long words; the rest cannot matter.
    const QStringView head = QStringView(text).left(kMaxSearchWords * (kMaxSearchWordLength + 1) * 2);
    QStringList words;
    for (const WordSpan &span : searchWordSpans(head, kMaxSearchWords)) {
        QString folded = foldForSearch(head.mid(span.start, span.length).left(kMaxSearchWordLength).toString());
        if (!folded.isEmpty())
            words.append(std::move(folded));
    }
    return words;
}

bool isTypingLastWord(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    if (last == u'*')
        return true;
    if (last.isLowSurrogate() && text.size() > 1 && text.at(text.size() - 2).isHighSurrogate())
        return isSearchWordCharacter(QChar::surrogateToUcs4(text.at(text.size() - 2), last));
    return !last.isSurrogate() && isSearchWordCharacter(last.unicode());
}

} // namespace bph::core
