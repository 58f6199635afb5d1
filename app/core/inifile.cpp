#include "inifile.h"

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

// A value written as "text" keeps spaces at its ends; the quotes go.
QString unquoted(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        return value.mid(1, value.size() - 2);
    return value;
}

} // namespace

IniFile::IniFile(const QByteArray &text)
{
    QString all = QString::fromUtf8(text);
    if (all.startsWith(QChar(0xFEFF)))  // Notepad's byte order mark
        all.remove(0, 1);
    const QStringList lines = all.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        readLine(lines.at(i), int(i + 1));
}

void IniFile::readLine(QString line, int number)
{
    line = line.trimmed();  // also drops the '\r' of a CRLF line end
    if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
        return;
    if (line.startsWith(u'[')) {
        const qsizetype close = line.indexOf(u']');
        const QString name = close > 0 ? line.mid(1, close - 1).trimmed() : QString();
        if (close < 0 || close != line.size() - 1 || name.isEmpty()) {
            m_problems.append({number, u"'%1' is not a [section] header; the line is ignored"_s.arg(line)});
            return;
        }
        m_section = name.toLower();
        m_sections.append({m_section, number});
        return;
    }
    const qsizetype equals = line.indexOf(u'=');
    if (equals < 0) {
        m_problems.append({number, u"'%1' is not a 'key = value' line; the line is ignored"_s.arg(line)});
        return;
    }
    const QString key = line.left(equals).trimmed();
    if (key.isEmpty()) {
        m_problems.append({number, u"'%1' has no key before '='; the line is ignored"_s.arg(line)});
        return;
    }
    m_entries.append({m_section, key.toLower(), unquoted(line.mid(equals + 1).trimmed()), number});
}

} // namespace bph::core
