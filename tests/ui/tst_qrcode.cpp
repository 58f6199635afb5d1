// QR codes are read back by a real decoder (zbarimg) and must say exactly
// the link the reader would have opened.

#include "qrcode.h"
#include "qrcodedialog.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestQrCode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesToTheSameText_data();
    void decodesToTheSameText();
    void dialogShowsCodeAndText();

private:
    QString decode(const QImage &image);
    QTemporaryDir m_dir;
};

QString TestQrCode::decode(const QImage &image)
{
    const QString path = m_dir.filePath(u"code.png"_s);
    if (!image.save(path))
        return u"<not saved>"_s;
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--raw"_s, u"--quiet"_s, u"-Sdisable"_s, u"-Sqrcode.enable"_s, path});
    if (!zbar.waitForFinished(30000))
        return u"<zbarimg did not finish>"_s;
    return QString::fromUtf8(zbar.readAllStandardOutput()).chopped(1);  // zbarimg ends with a newline
}

void TestQrCode::decodesToTheSameText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("guideline") << u"https://www.nice.org.uk/guidance/ng59"_s;
    QTest::newRow("query and fragment") << u"https://example.org/a?b=1&c=%C3%A9#part-2"_s;
    QTest::newRow("guide on the clinic site") << u"https://clinic.example/backpain/guides/sciatica"_s;
    QTest::newRow("long link") << u"https://example.org/"_s + u"path/"_s.repeated(40);
}

void TestQrCode::decodesToTheSameText()
{
    QFETCH(QString, text);
    const QImage image = bph::ui::qrCodeImage(text);
    QVERIFY(!image.isNull());
    QCOMPARE(decode(image), text);
}

void TestQrCode::dialogShowsCodeAndText()
{
    const QUrl url(u"https://www.nice.org.uk/guidance/ng59"_s);
    bph::ui::QrCodeDialog dialog(u"Read this page on your phone"_s, url);
    QCOMPARE(decode(dialog.codeImage()), url.toString());
    const auto labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) { return label->text() == url.toDisplayString(); }));
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
