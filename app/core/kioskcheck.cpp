#include "kioskcheck.h"
#include "contentpack.h"
#include "contentstore.h"
#include "emergencynumber.h"
#include "kioskconfig.h"

#include <QFileInfo>
#include <QLocale>

#include <memory>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

// What the kiosk will do, as the administrator would say it.
QStringList describe(const KioskConfig &config, const QString &startGuide, const QStringList &languages,
                     const QString &content)
{
    const QString number = emergencyNumber(config.emergencyNumber(), QLocale().territory());
    QString phoneBase = config.phoneBaseUrl().toString();
    if (!phoneBase.endsWith(u'/'))
        phoneBase += u'/';
    return {
        config.enabled() ? u"  kiosk mode: on"_s : u"  kiosk mode: off (enabled = true turns it on, as does --kiosk)"_s,
        u"  idle: \"Are you still reading?\" after %1 s, reset %2 s later"_s.arg(config.idleTimeoutSeconds())
                .arg(config.warningCountdownSeconds()),
        u"  starts at: guide '%1', in %2"_s.arg(startGuide, languages.value(0)),
        u"  languages offered: %1"_s.arg(languages.join(u", "_s)),
        config.emergencyNumber().isEmpty() ? u"  emergency number: %1 (this system's region)"_s.arg(number)
                                           : u"  emergency number: %1"_s.arg(number),
        u"  urgent results also say: %1"_s.arg(config.urgentMessage()),
        config.staffPinHash().isEmpty() ? u"  staff PIN: none (staff cannot leave kiosk mode from the screen)"_s
                                        : u"  staff PIN: set"_s,
        config.allowPrinting() ? u"  printing: allowed"_s : u"  printing: off"_s,
        u"  text size: %1%"_s.arg(qRound(config.textScale() * 100)),
        u"  content: %1"_s.arg(content),
        config.phoneBaseUrl().isEmpty() ? u"  read on your phone: off"_s
                                        : u"  read on your phone: %1<language>/<guide>"_s.arg(phoneBase),
    };
}

} // namespace

KioskCheckReport checkKioskConfigFile(const QString &path, const ContentStore &builtIn)
{
    KioskCheckReport report;
    if (!QFileInfo::exists(path)) {
        report.lines = {u"%1: does not exist"_s.arg(path)};
        return report;
    }
    const KioskConfig config = KioskConfig::load(path);
    QStringList problems = config.warnings();

    // The content the kiosk will show: a pack only with a good signature.
    const ContentStore *store = &builtIn;
    std::unique_ptr<ContentStore> pack;
    QString content = u"built in"_s;
    if (!config.contentPackPath().isEmpty()) {
        QString warning;
        pack = openVerifiedPack(config.contentPackPath(), config.packPublicKey(), &warning);
        if (pack) {
            store = pack.get();
            content = u"the signed pack %1"_s.arg(config.contentPackPath());
        } else {
            problems += u"%1: content_pack: %2"_s.arg(path, warning);
            content = u"built in (the pack is refused)"_s;
        }
    }
    QStringList languages;
    for (const QString &lang : config.languages()) {
        if (store->hasLanguage(lang))
            languages += lang;
        else
            problems += u"%1: languages: there is no content in '%2'; it is not offered"_s.arg(path, lang);
    }
    if (languages.isEmpty())
        languages = store->languages();
    QString startGuide = config.homeGuide();
    if (!store->guide(languages.value(0), startGuide)) {
        problems += u"%1: home_guide: there is no guide '%2'; the kiosk starts at the overview"_s.arg(path, startGuide);
        startGuide = store->firstGuideId(languages.value(0));
    }

    report.sound = problems.isEmpty();
    report.lines = problems;
    report.lines += u"%1: what the kiosk will do"_s.arg(path);
    report.lines += describe(config, startGuide, languages, content);
    if (report.sound)
        report.lines += u"No problems found."_s;
    else
        report.lines += u"%1 found (above); for each, the kiosk makes the safe choice shown."_s.arg(
                problems.size() == 1 ? u"1 problem"_s : u"%1 problems"_s.arg(problems.size()));
    return report;
}

} // namespace bph::core
