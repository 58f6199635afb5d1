#include "commandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bph::core {

CommandLine::CommandLine(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
            QCoreApplication::translate("CommandLine", "Back Pain Hub: plain-language guides about back pain."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption lang(u"lang"_s, QCoreApplication::translate("CommandLine", "Show the app and its guides in language CODE (en or es)."), u"CODE"_s);
    const QCommandLineOption article(u"article"_s, QCoreApplication::translate("CommandLine", "Start at the guide with this id."), u"ID"_s);
    const QCommandLineOption content(u"content"_s, QCoreApplication::translate("CommandLine", "Use this content database file instead of the built-in one."), u"PATH"_s);
    const QCommandLineOption check(u"check-content"_s, QCoreApplication::translate("CommandLine", "Check a content database, print a report and exit (0 when sound, 1 when not)."), u"PATH"_s);
    m_parser.addOptions({help, version, lang, article, content, check});

    if (!m_parser.parse(arguments)) {
        m_action = Action::Fail;
        m_error = m_parser.errorText();
        return;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        m_action = Action::Fail;
        m_error = QCoreApplication::translate("CommandLine", "Unexpected argument '%1'.").arg(m_parser.positionalArguments().first());
        return;
    }
    m_options = {m_parser.value(lang), m_parser.value(article), m_parser.value(content)};
    m_checkPath = m_parser.value(check);
    if (m_parser.isSet(help))
        m_action = Action::ShowHelp;
    else if (m_parser.isSet(version))
        m_action = Action::ShowVersion;
    else if (m_parser.isSet(check))
        m_action = Action::CheckContent;
}

} // namespace bph::core
