#pragma once

// Where the reader starts: which language and which guide, from the command
// line, the saved preferences and the system language, in that order.

#include <QString>
#include <QStringList>

namespace bph::core {

class ContentStore;
struct StartOptions;

struct StartChoice {
    QString lang;
    QString guide;
    QStringList warnings;  // one sentence per option that could not be honoured
};

// `lastGuide` empty: do not reopen (kiosks always start at home).
StartChoice chooseStart(const ContentStore &store, const StartOptions &options, const QString &savedLanguage,
                        const QString &lastGuide, const QString &systemLanguage);

} // namespace bph::core
