#pragma once

// What the content compiler reads from content/<lang>/, before it is checked
// and written: one plain struct per kind of item, each knowing where it came
// from so that every error can name a file and a line.

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bph::content {

struct SourceLocation {
    QString file;
    int line = 0;
};

struct Diagnostic {
    SourceLocation where;
    QString message;

    QString toString() const { return where.file + u':' + QString::number(where.line) + u": " + message; }
};
using Diagnostics = QList<Diagnostic>;

// An internal link found in Markdown: guide:ID, faq:ID or checklist:.
struct Link {
    QString kind;
    QString target;
    int line = 0;
};

struct Topic {
    SourceLocation where;
    QString id;
    QString title;
    QString summary;
};

struct Guide {
    SourceLocation where;
    QString id;
    QString title;
    QString summary;
    QString topic;
    int order = 0;
    QStringList related;
    QStringList sources;
    QDate reviewed;
    QDate nextReview;
    QByteArray markdown;
    QList<Link> links;
    // File lines of the title, the summary and the body's first line, so
    // that checks of the wording can point at the words.
    int titleLine = 0;
    int summaryLine = 0;
    int bodyLine = 0;
};

struct Faq {
    SourceLocation where;
    QString id;
    QString guide;
    QString question;
    QByteArray answerMarkdown;
    QList<Link> links;
    int questionLine = 0;
    int answerLine = 0;  // the file line of the answer's first line
};

struct RedFlagArea {
    SourceLocation where;
    QString id;
    QString title;
};

struct RedFlag {
    SourceLocation where;
    QString id;
    QString area;
    QString level;
    QString question;
    QString why;
    QString action;
};

struct Synonym {
    SourceLocation where;
    QString phrase;
    QStringList means;
};

struct LanguageContent {
    QString lang;
    QList<Topic> topics;
    QList<Guide> guides;
    QList<Faq> faqs;
    QList<RedFlagArea> redFlagAreas;
    QList<RedFlag> redFlags;
    QList<Synonym> synonyms;
};

// All languages, keyed by language code; "en" is the reference language.
using ContentSet = QMap<QString, LanguageContent>;

} // namespace bph::content
