#include "startchoice.h"
#include "commandline.h"
#include "contentstore.h"

using namespace Qt::StringLiterals;

namespace bph::core {

StartChoice chooseStart(const ContentStore &store, const StartOptions &options, const QString &savedLanguage,
                        const QString &lastGuide, const QString &systemLanguage)
{
    StartChoice choice;
    if (!options.lang.isEmpty() && !store.hasLanguage(options.lang))
        choice.warnings.append(u"There is no content in language '%1'; available: %2."_s.arg(
                options.lang, store.languages().join(u", "_s)));
    for (const QString &lang : {options.lang, savedLanguage, systemLanguage.section(u'_', 0, 0)}) {
        if (!lang.isEmpty() && store.hasLanguage(lang)) {
            choice.lang = lang;
            break;
        }
    }
    if (choice.lang.isEmpty())
        choice.lang = u"en"_s;

    if (!options.article.isEmpty()) {
        if (store.guide(choice.lang, options.article))
            choice.guide = options.article;
        else
            choice.warnings.append(u"There is no guide '%1'; starting at the overview."_s.arg(options.article));
    }
    if (choice.guide.isEmpty() && !lastGuide.isEmpty() && store.guide(choice.lang, lastGuide))
        choice.guide = lastGuide;
    if (choice.guide.isEmpty())
        choice.guide = store.firstGuideId(choice.lang);
    return choice;
}

} // namespace bph::core
