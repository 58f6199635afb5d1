// Preferences kept from one start to the next, forgotten on a reset, and
// when they cannot be saved: a settings folder that cannot be made, and a
// full disk. Every change still holds for the session, the reason
// is there for the window to show and the log says it once, and what was
// saved before survives.
//
// Both faults work as root: a folder whose parent is a regular file cannot be
// created by anyone, and RLIMIT_FSIZE stops every write the way a full disk
// does (../fulldisk.h).

#include "../settingsfault.h"
#include "preferences.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using bph::core::Preferences;
using bph::core::Theme;
using bphtest::FullDisk;

class TestPreferences final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesRoundTrip();
    void resetForgetsEverything();
    void strangeWindowPlaceIsIgnored();
    void unsavedChangesLastTheSession_data();
    void unsavedChangesLastTheSession();
    void readOnlyPreferencesReportNoError();

private:
    static std::unique_ptr<Preferences> open(const QString &path)
    {
        return std::make_unique<Preferences>(std::make_unique<QSettings>(path, QSettings::IniFormat));
    }

    QTemporaryDir m_dir;
};

void TestPreferences::valuesRoundTrip()
{
    const QString path = m_dir.filePath(u"roundtrip.ini"_s);
    {
        auto preferences = open(path);
        preferences->setTheme(Theme::Dark);
        preferences->setTextScale(1.4);
        preferences->setLanguage(u"es"_s);
        preferences->setLastGuide(u"inflammation"_s);
        preferences->setWindowPlace({QByteArray("\x01\xd9\xd0\xcb geometry", 14), QByteArray("\0\0\0\xff split", 10)});
        QCOMPARE(preferences->saveError(), QString());
    }
    const auto again = open(path);
    QCOMPARE(again->theme(), Theme::Dark);
    QCOMPARE(again->textScale(), 1.4);
    QCOMPARE(again->language(), u"es"_s);
    QCOMPARE(again->lastGuide(), u"inflammation"_s);
    QCOMPARE(again->windowPlace().geometry, QByteArray("\x01\xd9\xd0\xcb geometry", 14));
    QCOMPARE(again->windowPlace().split, QByteArray("\0\0\0\xff split", 10));
}

void TestPreferences::resetForgetsEverything()
{
    const QString path = m_dir.filePath(u"reset.ini"_s);
    {
        auto preferences = open(path);
        preferences->setTheme(Theme::HighContrast);
        preferences->setTextScale(2.0);
        preferences->setLanguage(u"es"_s);
        preferences->setLastGuide(u"sciatica"_s);
        preferences->setWindowPlace({"geometry", "split"});
        preferences->reset();
        QCOMPARE(preferences->theme(), Theme::System);
        QCOMPARE(preferences->textScale(), 1.0);
        QCOMPARE(preferences->language(), QString());
        QCOMPARE(preferences->lastGuide(), QString());
        QCOMPARE(preferences->windowPlace().geometry, QByteArray());
        QCOMPARE(preferences->windowPlace().split, QByteArray());
    }
    // Nothing comes back at the next start either.
    const auto again = open(path);
    QCOMPARE(again->theme(), Theme::System);
    QCOMPARE(again->textScale(), 1.0);
    QCOMPARE(again->language(), QString());
    QCOMPARE(again->lastGuide(), QString());
    QCOMPARE(again->windowPlace().geometry, QByteArray());
    QCOMPARE(again->windowPlace().split, QByteArray());
}

void TestPreferences::strangeWindowPlaceIsIgnored()
{
    // A hand-edited settings file: values far longer than any Qt saves are
    // not handed on to the window.
    const QString path = m_dir.filePath(u"strange.ini"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(u"window/geometry"_s, QByteArray(100000, 'x'));
        settings.setValue(u"window/split"_s, QByteArray(100000, 'y'));
    }
    QCOMPARE(open(path)->windowPlace().geometry, QByteArray());
    QCOMPARE(open(path)->windowPlace().split, QByteArray());
}

void TestPreferences::unsavedChangesLastTheSession_data()
{
    bphtest::addSettingsFaultRows();
}

void TestPreferences::unsavedChangesLastTheSession()
{
    QFETCH(bphtest::SettingsFault, fault);
    const QString path = bphtest::settingsPathFor(fault, QDir(m_dir.path()));
    QVERIFY(!path.isEmpty());
    if (fault == bphtest::SettingsFault::DiskFull) {
        open(path)->setTextScale(1.2);  // saved while there was room
        QVERIFY(QFile::exists(path));
    }

    auto preferences = open(path);
    QCOMPARE(preferences->saveError(), QString());
    {
        std::optional<FullDisk> full;
        if (fault == bphtest::SettingsFault::DiskFull) {
            full.emplace();
            QVERIFY(full->isActive());
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Your preferences could not be saved to .*"_s));
        preferences->setTextScale(1.5);
    }
    const QString error = preferences->saveError();
    QVERIFY2(error.contains(path), qPrintable(error));
    // Nothing half-written: the file still holds what was saved before.
    // (Read as bytes: another QSettings in this process would share the
    // unsaved values through Qt's cache.)
    QFile file(path);
    if (fault == bphtest::SettingsFault::DiskFull) {
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("[reader]\ntextScale=1.2\n"));
        file.close();
    } else {
        QVERIFY(!file.exists());
    }

    // The session keeps every change, and the log is not repeated on each one
    // (on a full disk, the rest of the session has room again).
    QTest::failOnWarning(QRegularExpression(u"could not be saved"_s));
    QCOMPARE(preferences->textScale(), 1.5);
    preferences->setTheme(Theme::HighContrast);
    QCOMPARE(preferences->theme(), Theme::HighContrast);
    preferences->setLastGuide(u"overview"_s);
    QCOMPARE(preferences->lastGuide(), u"overview"_s);
    QVERIFY(!preferences->saveError().isEmpty());

    // Once the disk has room again, the next change saves them all.
    if (fault == bphtest::SettingsFault::DiskFull) {
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("[reader]\nlastGuide=overview\ntextScale=1.5\ntheme=high-contrast\n"));
    } else {
        QVERIFY(!file.exists());
    }
}

void TestPreferences::readOnlyPreferencesReportNoError()
{
    // A kiosk never writes, so an unwritable place is no fault there.
    QFile blocker(m_dir.filePath(u"kiosk-blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    Preferences preferences(std::make_unique<QSettings>(blocker.fileName() + u"/settings.ini"_s, QSettings::IniFormat),
                            true);
    preferences.setTextScale(2.0);
    QCOMPARE(preferences.textScale(), 2.0);
    QCOMPARE(preferences.saveError(), QString());
}

QTEST_GUILESS_MAIN(TestPreferences)

#include "tst_preferences.moc"
