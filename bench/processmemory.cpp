#include "processmemory.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bph::bench {

namespace {

// The parent of each live process, from /proc/<pid>/stat.
QMultiHash<pid_t, pid_t> childrenByParent()
{
    QMultiHash<pid_t, pid_t> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const pid_t pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        QFile stat(u"/proc/"_s + entry + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children.insert(pid_t(fields.at(1).toInt()), pid);
    }
    return children;
}

QList<pid_t> tree(pid_t root)
{
    const auto children = childrenByParent();
    QList<pid_t> pids{root};
    for (qsizetype i = 0; i < pids.size(); ++i)
        pids += children.values(pids.at(i));
    return pids;
}

qint64 pssKiB(pid_t pid)
{
    QFile rollup(u"/proc/"_s + QString::number(pid) + u"/smaps_rollup"_s);
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    // readAll: a /proc file has no size, so atEnd() is true from the start.
    const QList<QByteArray> lines = rollup.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// A QtWebEngine process's --type (its role), from its command line.
QString role(pid_t pid)
{
    QFile file(u"/proc/"_s + QString::number(pid) + u"/cmdline"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"gone"_s;
    for (const QByteArray &argument : file.readAll().split('\0'))
        if (argument.startsWith("--type="))
            return QString::fromUtf8(argument.mid(7));
    return u"other"_s;
}

} // namespace

QString treePssByRole(pid_t root)
{
    QMap<QString, qint64> byRole;
    const QList<pid_t> pids = tree(root);
    for (qsizetype i = 0; i < pids.size(); ++i)
        byRole[i == 0 ? u"app"_s : role(pids.at(i))] += std::max<qint64>(pssKiB(pids.at(i)), 0);
    QStringList parts;
    for (auto it = byRole.cbegin(); it != byRole.cend(); ++it)
        parts.append(u"%1 %2 KiB"_s.arg(it.key()).arg(it.value()));
    return parts.join(u", "_s);
}

qint64 treePssKiB(pid_t root)
{
    const qint64 own = pssKiB(root);
    if (own < 0)
        return -1;
    qint64 total = own;
    const QList<pid_t> pids = tree(root);
    for (qsizetype i = 1; i < pids.size(); ++i)
        total += std::max<qint64>(pssKiB(pids.at(i)), 0);  // a process may end while we read
    return total;
}

int treeProcessCount(pid_t root)
{
    return int(tree(root).size());
}

qint64 settledTreePssKiB(pid_t root, int windowMs)
{
    constexpr int kStepMs = 500;
    qint64 smallest = -1;
    for (int waited = 0; waited < windowMs; waited += kStepMs) {
        QEventLoop loop;
        QTimer::singleShot(kStepMs, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 now = treePssKiB(root);
        if (now >= 0 && (smallest < 0 || now < smallest))
            smallest = now;
    }
    return smallest;
}

} // namespace bph::bench
