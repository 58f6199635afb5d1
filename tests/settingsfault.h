#pragma once

// The two ways saving settings can fail, staged so that they fail for root
// too: a settings folder that cannot be made (its parent is a regular file)
// and a full disk (FullDisk, for the scope the test chooses).

#include "fulldisk.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace bphtest {

enum class SettingsFault { FolderIsAFile, DiskFull };

// One data row for each fault, in column "fault".
inline void addSettingsFaultRows()
{
    QTest::addColumn<SettingsFault>("fault");
    QTest::newRow("settings folder cannot be made") << SettingsFault::FolderIsAFile;
    QTest::newRow("disk full") << SettingsFault::DiskFull;
}

// A settings file in `dir` for the current data row: for FolderIsAFile, one
// below a regular file, which nobody can create. Empty if it could not be
// staged.
inline QString settingsPathFor(SettingsFault fault, const QDir &dir)
{
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
    if (fault == SettingsFault::DiskFull)
        return dir.filePath(tag + QStringLiteral(".ini"));
    QFile blocker(dir.filePath(tag));
    if (!blocker.open(QIODevice::WriteOnly))
        return {};
    return blocker.fileName() + QStringLiteral("/settings.ini");
}

} // namespace bphtest
