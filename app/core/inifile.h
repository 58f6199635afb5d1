#pragma once

// A deliberately small INI reader that remembers the line of everything it
// reads, so each problem in a configuration file can be reported as
// FILE:LINE (QSettings cannot say where a value came from).

#include <QByteArray>
#include <QList>
#include <QString>

namespace bph::core {

// Splits INI text into sections and key = value entries, with line numbers.
class IniFile final
{
public:
    struct Section {
        QString name;  // lower case, as sections are matched
        int line = 0;
    };
    struct Entry {
        QString section;  // lower case; empty before the first [section]
        QString key;      // lower case, as keys are matched
        QString value;    // trimmed; one pair of surrounding "quotes" removed
        int line = 0;
    };
    struct Problem {
        int line = 0;
        QString message;  // what is wrong with the line, without FILE:LINE
    };

    // UTF-8 text (a leading byte order mark is skipped), with LF or CRLF
    // line ends. Comments take a whole line and start with ';' or '#': a value
    // may itself contain those characters (a URL fragment, "desk #3").
    explicit IniFile(const QByteArray &text);
    Q_DISABLE_COPY_MOVE(IniFile)

    QList<Section> sections() const { return m_sections; }
    QList<Entry> entries() const { return m_entries; }
    QList<Problem> problems() const { return m_problems; }

private:
    void readLine(QString line, int number);

    QString m_section;
    QList<Section> m_sections;
    QList<Entry> m_entries;
    QList<Problem> m_problems;
};

} // namespace bph::core
