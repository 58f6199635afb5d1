// The systemd units a Linux kiosk is set up with (packaging/linux/kiosk):
// systemd reads every one without a complaint, and the nightly restart fires
// once a night and restarts the kiosk's own service, which comes back.

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kUnitFolder = QStringLiteral(BPH_KIOSK_UNIT_DIR);
const QString kKioskService = u"backpainhub-kiosk.service"_s;
const QString kRestartTimer = u"backpainhub-kiosk-restart.timer"_s;
const QString kRestartService = u"backpainhub-kiosk-restart.service"_s;

QString unitPath(const QString &name)
{
    return kUnitFolder + u'/' + name;
}

// The value of `key=` in the unit file `name`; empty when it has none.
QString unitValue(const QString &name, const QString &key)
{
    QFile file(unitPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString prefix = key + u'=';
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    return {};
}

struct Finished {
    int exitCode = -1;
    QString output;
    QString errors;
};

Finished runSystemdAnalyze(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TZ"_s, u"UTC"_s);  // a day is 24 hours, whatever this machine's clock changes do
    process.setProcessEnvironment(environment);
    process.start(u"systemd-analyze"_s, arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, u"systemd-analyze did not run: "_s + process.errorString()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestKioskUnits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemdReadsEveryUnit();
    void restartFiresOnceANight();
    void restartRestartsTheKioskService();
};

void TestKioskUnits::systemdReadsEveryUnit()
{
    // Syntax, known keys, values, and that each program a unit starts is
    // there (cage, systemctl): systemd says what it would ignore on stderr.
    const Finished verify = runSystemdAnalyze(
            {u"verify"_s, u"--man=no"_s, unitPath(kKioskService), unitPath(kRestartTimer), unitPath(kRestartService)});
    QVERIFY2(verify.exitCode == 0 && verify.errors.trimmed().isEmpty(), qPrintable(verify.errors));
}

void TestKioskUnits::restartFiresOnceANight()
{
    const QString when = unitValue(kRestartTimer, u"OnCalendar"_s);
    QVERIFY2(!when.isEmpty(), "the timer has no OnCalendar=");
    const Finished calendar = runSystemdAnalyze({u"calendar"_s, u"--iterations=3"_s, when});
    QVERIFY2(calendar.exitCode == 0, qPrintable(calendar.errors));
    // "Next elapse: Tue 2026-12-08 03:30:00 UTC", then "Iter. #2: ..." and "Iter. #3: ...".
    static const QRegularExpression elapse(u"(?:Next elapse|Iter\\. #\\d+): \\w+ (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)"_s);
    QList<QDateTime> times;
    for (auto it = elapse.globalMatch(calendar.output); it.hasNext();)
        times += QDateTime::fromString(it.next().captured(1), u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(times.size(), 3);
    for (qsizetype i = 0; i < times.size(); ++i) {
        QVERIFY2(times.at(i).time().hour() < 6, qPrintable(times.at(i).toString()));  // at night
        if (i > 0)
            QCOMPARE(times.at(i - 1).secsTo(times.at(i)), 24 * 60 * 60);  // once a day
    }
    QCOMPARE(unitValue(kRestartTimer, u"WantedBy"_s), u"timers.target"_s);  // so that enabling it starts it
}

void TestKioskUnits::restartRestartsTheKioskService()
{
    // In the kiosk account's own systemd (both are user units), and the
    // kiosk service comes back by itself after any stop.
    QCOMPARE(unitValue(kRestartService, u"ExecStart"_s), u"/usr/bin/systemctl --user restart "_s + kKioskService);
    QCOMPARE(unitValue(kKioskService, u"Restart"_s), u"always"_s);
}

QTEST_GUILESS_MAIN(TestKioskUnits)
#include "tst_kioskunits.moc"
