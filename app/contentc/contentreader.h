#pragma once

// Reads one language's folder of content files into plain structs. Problems
// in a single file (bad YAML, a missing field) are reported with file:line;
// checks across files live in the validator.

#include "contentmodel.h"

namespace bph::content {

class ContentReader final
{
public:
    explicit ContentReader(Diagnostics &diagnostics) : m_diagnostics(diagnostics) { }

    // Reads content/<lang>/ (the folder's name is the language code).
    LanguageContent readLanguage(const QString &folder);

    // One guide file: YAML front matter between '---' lines, then Markdown.
    std::optional<Guide> readGuide(const QString &path, const QByteArray &text);

    // The data files, told apart by name: what `text`, read from `path`, holds
    // goes into `content`.
    static const QStringList &dataFileNames();  // topics.yaml, faqs.yaml, redflags.yaml, synonyms.yaml
    void readDataFile(const QString &path, const QByteArray &text, LanguageContent &content);

private:
    QList<Topic> readTopics(const QString &path, const QByteArray &text);
    QList<Faq> readFaqs(const QString &path, const QByteArray &text);
    void readRedFlags(const QString &path, const QByteArray &text, LanguageContent &content);
    QList<Synonym> readSynonyms(const QString &path, const QByteArray &text);

    void report(const QString &file, int line, const QString &message);

    Diagnostics &m_diagnostics;
};

} // namespace bph::content
