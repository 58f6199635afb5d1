// The kiosk's staff exit: salted Argon2id PIN hashes, and a PIN prompt that
// locks for growing intervals after wrong PINs, on a clock the test moves.

#include "manualclock.h"
#include "pingate.h"
#include "pinhash.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bph::core::PinGate;

namespace {

QStringList g_messages;  // what the code logged while a capture was on

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

} // namespace

class TestPinGate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validPins_data();
    void validPins();
    void hashesAreSaltedAndVerify();
    void rightPinIsAccepted();
    void wrongPinIsRefused();
    void lockoutSchedule_data();
    void lockoutSchedule();
    void locksAfterThreeWrongPins();
    void lockoutGrowsWithEachWrongPin();
    void successResets();
    void noPinConfigured_data();
    void noPinConfigured();
    void logsEveryAttemptButNeverThePin();

private:
    QString m_hash;  // of "2468"
};

void TestPinGate::initTestCase()
{
    m_hash = bph::core::hashPin(u"2468"_s);
    QVERIFY2(m_hash.startsWith(u"$argon2id$"_s), qPrintable(m_hash));
    QVERIFY(bph::core::isPinHash(m_hash));
}

void TestPinGate::validPins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4 digits") << u"2468"_s << true;
    QTest::newRow("12 digits") << u"123456789012"_s << true;
    QTest::newRow("leading zero") << u"0007"_s << true;
    QTest::newRow("3 digits") << u"123"_s << false;
    QTest::newRow("13 digits") << u"1234567890123"_s << false;
    QTest::newRow("letters") << u"12ab"_s << false;
    QTest::newRow("space") << u"12 34"_s << false;
    QTest::newRow("other script's digits") << u"\u0661\u0662\u0663\u0664"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPinGate::validPins()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    QCOMPARE(bph::core::isValidPin(pin), valid);
}

void TestPinGate::hashesAreSaltedAndVerify()
{
    const QString again = bph::core::hashPin(u"2468"_s);
    QVERIFY(again != m_hash);  // a fresh salt each time
    QVERIFY(!m_hash.contains(QString::fromLatin1(QByteArray("2468").toBase64())));
    QVERIFY(bph::core::verifyPin(m_hash, u"2468"_s));
    QVERIFY(bph::core::verifyPin(again, u"2468"_s));
    QVERIFY(!bph::core::verifyPin(m_hash, u"2469"_s));
    QVERIFY(!bph::core::verifyPin(m_hash, QString()));
    QVERIFY(!bph::core::verifyPin(u"2468"_s, u"2468"_s));
    QVERIFY(!bph::core::verifyPin(QString(), QString()));
}

void TestPinGate::rightPinIsAccepted()
{
    const bph::core::ManualClock clock;
    PinGate gate(m_hash, clock);
    QVERIFY(gate.hasPin());
    const auto attempt = gate.tryPin(u"2468"_s);
    QCOMPARE(attempt.result, PinGate::Result::Accepted);
    QCOMPARE(attempt.lockedForMs, 0);
}

void TestPinGate::wrongPinIsRefused()
{
    const bph::core::ManualClock clock;
    PinGate gate(m_hash, clock);
    const auto attempt = gate.tryPin(u"1357"_s);
    QCOMPARE(attempt.result, PinGate::Result::Wrong);
    QCOMPARE(attempt.lockedForMs, 0);
    QCOMPARE(gate.wrongAttempts(), 1);
    QCOMPARE(gate.remainingLockoutMs(), 0);
}

void TestPinGate::lockoutSchedule_data()
{
    QTest::addColumn<int>("wrongAttempts");
    QTest::addColumn<qint64>("lockoutMs");
    QTest::newRow("first") << 1 << qint64(0);
    QTest::newRow("second") << 2 << qint64(0);
    QTest::newRow("third") << 3 << qint64(30'000);
    QTest::newRow("fourth") << 4 << qint64(60'000);
    QTest::newRow("fifth") << 5 << qint64(120'000);
    QTest::newRow("sixth") << 6 << qint64(240'000);
    QTest::newRow("seventh") << 7 << qint64(480'000);
    QTest::newRow("eighth, capped at 15 minutes") << 8 << qint64(900'000);
    QTest::newRow("hundredth") << 100 << qint64(900'000);
}

void TestPinGate::lockoutSchedule()
{
    QFETCH(int, wrongAttempts);
    QFETCH(qint64, lockoutMs);
    QCOMPARE(PinGate::lockoutAfter(wrongAttempts), lockoutMs);
}

void TestPinGate::locksAfterThreeWrongPins()
{
    bph::core::ManualClock clock(1'000'000);
    PinGate gate(m_hash, clock);
    QCOMPARE(gate.tryPin(u"1111"_s).lockedForMs, 0);
    QCOMPARE(gate.tryPin(u"2222"_s).lockedForMs, 0);
    const auto third = gate.tryPin(u"3333"_s);
    QCOMPARE(third.result, PinGate::Result::Wrong);
    QCOMPARE(third.lockedForMs, 30'000);

    // Locked: even the right PIN is refused unchecked, and does not count.
    clock.advance(10'000);
    auto locked = gate.tryPin(u"2468"_s);
    QCOMPARE(locked.result, PinGate::Result::LockedOut);
    QCOMPARE(locked.lockedForMs, 20'000);
    locked = gate.tryPin(u"4444"_s);
    QCOMPARE(locked.result, PinGate::Result::LockedOut);
    QCOMPARE(gate.wrongAttempts(), 3);

    clock.advance(19'999);
    QCOMPARE(gate.remainingLockoutMs(), 1);
    QCOMPARE(gate.tryPin(u"2468"_s).result, PinGate::Result::LockedOut);
    clock.advance(1);
    QCOMPARE(gate.remainingLockoutMs(), 0);
    QCOMPARE(gate.tryPin(u"2468"_s).result, PinGate::Result::Accepted);
}

void TestPinGate::lockoutGrowsWithEachWrongPin()
{
    bph::core::ManualClock clock;
    PinGate gate(m_hash, clock);
    for (int i = 0; i < 2; ++i)
        gate.tryPin(u"0000"_s);
    for (const qint64 expected : {30'000, 60'000, 120'000}) {
        const auto attempt = gate.tryPin(u"0000"_s);
        QCOMPARE(attempt.result, PinGate::Result::Wrong);
        QCOMPARE(attempt.lockedForMs, expected);
        QCOMPARE(gate.remainingLockoutMs(), expected);
        clock.advance(expected);
    }
    QCOMPARE(gate.wrongAttempts(), 5);
}

void TestPinGate::successResets()
{
    bph::core::ManualClock clock;
    PinGate gate(m_hash, clock);
    for (int i = 0; i < 3; ++i)
        gate.tryPin(u"9999"_s);
    clock.advance(30'000);
    QCOMPARE(gate.tryPin(u"2468"_s).result, PinGate::Result::Accepted);
    QCOMPARE(gate.wrongAttempts(), 0);
    // The count starts again: two more wrong PINs lock nothing.
    QCOMPARE(gate.tryPin(u"9999"_s).lockedForMs, 0);
    QCOMPARE(gate.tryPin(u"9999"_s).lockedForMs, 0);
    QCOMPARE(gate.tryPin(u"9999"_s).lockedForMs, 30'000);
}

void TestPinGate::noPinConfigured_data()
{
    QTest::addColumn<QString>("hash");
    QTest::newRow("empty") << QString();
    QTest::newRow("not a hash") << u"2468"_s;
}

void TestPinGate::noPinConfigured()
{
    QFETCH(QString, hash);
    const bph::core::ManualClock clock;
    PinGate gate(hash, clock);
    QVERIFY(!gate.hasPin());
    QTest::ignoreMessage(QtWarningMsg, "staff exit refused: no staff PIN hash is configured");
    QCOMPARE(gate.tryPin(u"2468"_s).result, PinGate::Result::NoPin);
    QCOMPARE(gate.wrongAttempts(), 0);
}

void TestPinGate::logsEveryAttemptButNeverThePin()
{
    bph::core::ManualClock clock;
    PinGate gate(m_hash, clock);
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    gate.tryPin(u"13579"_s);
    gate.tryPin(u"97531"_s);
    gate.tryPin(u"11235"_s);
    gate.tryPin(u"2468"_s);
    clock.advance(30'000);
    gate.tryPin(u"2468"_s);
    qInstallMessageHandler(previous);

    QCOMPARE(g_messages.size(), 5);
    QCOMPARE(g_messages.at(0), u"staff exit: wrong PIN (attempt 1)"_s);
    QCOMPARE(g_messages.at(2), u"staff exit: wrong PIN (attempt 3); prompt locked for 30 s"_s);
    QCOMPARE(g_messages.at(3), u"staff exit refused: the PIN prompt is locked for another 30 s"_s);
    QCOMPARE(g_messages.at(4), u"staff exit: PIN accepted after 3 wrong attempt(s); leaving kiosk mode"_s);
    for (const QString &message : std::as_const(g_messages)) {
        for (const QString &pin : {u"13579"_s, u"97531"_s, u"11235"_s, u"2468"_s})
            QVERIFY2(!message.contains(pin), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestPinGate)
#include "tst_pingate.moc"
