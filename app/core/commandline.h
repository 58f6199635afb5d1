#pragma once

// The program's command line: what to do, and with which options.

#include <QCommandLineParser>
#include <QString>

namespace bph::core {

struct StartOptions {
    QString lang;         // empty: follow the system language
    QString article;      // empty: the last guide read, or the overview
    QString contentPath;  // empty: the built-in content
};

class CommandLine final
{
public:
    enum class Action { RunApp, ShowHelp, ShowVersion, CheckContent, Fail };

    explicit CommandLine(const QStringList &arguments);
    Q_DISABLE_COPY_MOVE(CommandLine)

    Action action() const { return m_action; }
    StartOptions startOptions() const { return m_options; }
    QString checkContentPath() const { return m_checkPath; }
    QString errorMessage() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }

private:
    QCommandLineParser m_parser;
    Action m_action = Action::RunApp;
    StartOptions m_options;
    QString m_checkPath;
    QString m_error;
};

} // namespace bph::core
