#pragma once

// Plain values the content store hands out. No behaviour, no Qt objects.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace bph::core {

struct GuideRef {
    QString id;
    QString title;
};

struct Topic {
    QString id;
    QString title;
    QString summary;
    QList<GuideRef> guides;  // in reading order
};

struct Guide {
    QString lang;
    QString id;
    QString topic;
    QString title;
    QString summary;
    QString html;      // the body, rendered at build time
    QString bodyText;  // the body without markup (read aloud, search)
    QDate reviewed;
    QDate nextReview;
    QList<GuideRef> related;
    QStringList sources;
};

struct Faq {
    QString id;
    QString guide;  // the guide this question belongs to
    QString topic;  // that guide's topic
    QString question;
    QString answerHtml;
    QString answerText;
};

enum class CareLevel { Routine, Urgent, Emergency };

struct RedFlagArea {
    QString id;
    QString title;
};

struct RedFlag {
    QString id;
    QString area;
    CareLevel level = CareLevel::Routine;
    QString question;
    QString why;
    QString action;
};

struct SearchHit {
    enum class Kind { Guide, Faq };
    Kind kind = Kind::Guide;
    QString id;
    QString title;
    QString snippetHtml;  // escaped text with <mark> around the matched words
    double rank = 0;      // lower is better; from -1 (the best match of its kind) to 0
};

} // namespace bph::core
