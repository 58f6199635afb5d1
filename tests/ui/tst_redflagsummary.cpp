// The summary a reader prints or saves for a clinician: it holds the date,
// the level reached and every answer, and no name; it saves as a one-page PDF.

#include "contentstore.h"
#include "redflagtesting.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bph::core::CareLevel;
using bph::core::ContentStore;
using bph::core::RedFlag;
using bph::ui::RedFlagDialog;
using namespace bph::test;

class TestRedFlagSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void summaryHasAnswersLevelAndDate();
    void summarySavesAsOnePagePdf();
    void savingToAMissingFolderFails();
    void screenshots();

private:
    const RedFlag &firstOfLevel(CareLevel level) const { return bph::test::firstOfLevel(m_flags, level); }

    std::unique_ptr<ContentStore> m_store;
    QList<RedFlag> m_flags;
    std::unique_ptr<RedFlagDialog> m_dialog;
};

void TestRedFlagSummary::initTestCase()
{
    QString error;
    m_store = openEnglishRedFlags(&m_flags, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRedFlagSummary::init()
{
    m_dialog = shownChecklist(*m_store, u"999"_s);
    QVERIFY(m_dialog);
}

void TestRedFlagSummary::cleanup()
{
    m_dialog.reset();
}

void TestRedFlagSummary::summaryHasAnswersLevelAndDate()
{
    const RedFlag &emergency = firstOfLevel(CareLevel::Emergency);
    const RedFlag &urgent = firstOfLevel(CareLevel::Urgent);
    const RedFlag &routine = firstOfLevel(CareLevel::Routine);
    QVERIFY(click(*m_dialog, emergency.id, u"no"_s));
    QVERIFY(click(*m_dialog, urgent.id, u"yes"_s));
    QVERIFY(click(*m_dialog, routine.id, u"not-sure"_s));

    const QString html = m_dialog->summaryHtml();
    const QString date = QLocale(u"en"_s).toString(QDate::currentDate(), QLocale::LongFormat);
    QVERIFY2(html.contains(date.toHtmlEscaped()), qPrintable(date));
    QVERIFY(html.contains(u"Urgent: contact a doctor today"_s));
    for (const RedFlag &item : std::as_const(m_flags))
        QVERIFY2(html.contains(item.question.toHtmlEscaped()), qPrintable(item.id));
    QVERIFY(html.contains(u"<b>Yes</b>"_s));
    QVERIFY(html.contains(u"<b>Not sure</b>"_s));
    QVERIFY(html.contains(u"<td>No</td>"_s));
    QCOMPARE(html.count(u"Not answered"_s), m_flags.size() - 3);
    QVERIFY(html.contains(u"3 of %1"_s.arg(m_flags.size())));
    QVERIFY(!html.contains("name:"_L1, Qt::CaseInsensitive));
}

void TestRedFlagSummary::summarySavesAsOnePagePdf()
{
    for (const RedFlag &item : std::as_const(m_flags))
        QVERIFY(click(*m_dialog, item.id, u"not-sure"_s));  // the longest answer on every row
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"summary.pdf"_s);
    QVERIFY(m_dialog->saveSummaryPdf(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
    QCOMPARE(QString::fromLatin1(pdf).count(page), 1);
}

void TestRedFlagSummary::savingToAMissingFolderFails()
{
    QTemporaryDir dir;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Could not save the summary"_s));
    QVERIFY(!m_dialog->saveSummaryPdf(dir.filePath(u"no/such/folder/summary.pdf"_s)));
}

// Renders the dialog in every state of the card and saves each picture: into
// BPH_SCREENSHOT_DIR for a person to review when it is set, else a temporary
// folder.
void TestRedFlagSummary::screenshots()
{
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariableIsEmpty("BPH_SCREENSHOT_DIR") ? scratch.path()
                                                                          : qEnvironmentVariable("BPH_SCREENSHOT_DIR");
    const auto save = [this, &dir](const char *name) {
        QCoreApplication::processEvents();  // the card's new layout
        return m_dialog->grab().save(dir + u"/redflag-"_s + QString::fromLatin1(name) + u".png"_s);
    };
    QVERIFY(save("unanswered"));
    for (const RedFlag &item : std::as_const(m_flags))
        QVERIFY(click(*m_dialog, item.id, u"no"_s));
    QVERIFY(save("clear"));
    QVERIFY(click(*m_dialog, firstOfLevel(CareLevel::Routine).id, u"yes"_s));
    QVERIFY(save("routine"));
    QVERIFY(click(*m_dialog, firstOfLevel(CareLevel::Urgent).id, u"not-sure"_s));
    const auto secondUrgent = std::find_if(m_flags.crbegin(), m_flags.crend(),
                                           [](const RedFlag &f) { return f.level == CareLevel::Urgent; });
    QVERIFY(click(*m_dialog, secondUrgent->id, u"yes"_s));
    QVERIFY(save("urgent"));
    QVERIFY(click(*m_dialog, firstOfLevel(CareLevel::Emergency).id, u"not-sure"_s));
    QVERIFY(save("emergency"));
    QVERIFY(m_dialog->saveSummaryPdf(dir + u"/redflag-summary.pdf"_s));
}

QTEST_MAIN(TestRedFlagSummary)
#include "tst_redflagsummary.moc"
