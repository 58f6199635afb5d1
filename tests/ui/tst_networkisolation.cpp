// A tampered content database whose guide reaches for the network in every
// way a page can must not make a single request: the real executable opens
// it with --content, and a server on 127.0.0.1 counts what arrives.

#include "contentdatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every way an HTML page can make the browser fetch something.
QString hostileHtml(const QString &origin)
{
    QString html = uR"html(
<h2>Hostile guide</h2>
<img src="@/img.png" alt="x">
<img srcset="@/srcset.png 2x" alt="x">
<picture><source srcset="@/picture.png"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="x"></picture>
<link rel="stylesheet" href="@/style.css">
<link rel="icon" href="@/favicon.ico">
<link rel="prefetch" href="@/prefetch">
<link rel="preload" as="image" href="@/preload.png">
<iframe src="@/frame"></iframe>
<object data="@/object"></object>
<embed src="@/embed">
<video src="@/video.mp4" autoplay></video>
<audio src="@/audio.mp3" autoplay></audio>
<style>@import url("@/import.css"); body { background-image: url("@/background.png"); }
@font-face { font-family: x; src: url("@/font.woff"); } h2 { font-family: x; }</style>
<div style="background: url('@/inline-style.png')">styled</div>
<svg width="10" height="10"><image href="@/svg-image.png" width="10" height="10"/></svg>
<script src="@/script.js"></script>
<script>fetch("@/fetch"); new Image().src = "@/script-image"; navigator.sendBeacon("@/beacon");</script>
<form action="@/form" method="get"><input name="q" value="x" autofocus><button>Go</button></form>
<a href="@/link" ping="@/ping">a link</a>
<meta http-equiv="refresh" content="0; url=@/refresh">
)html"_s;
    return html.replace(u'@', origin);
}

} // namespace

class TestNetworkIsolation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileGuideMakesNoRequests();
};

void TestNetworkIsolation::hostileGuideMakesNoRequests()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QStringList requests;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                requests.append(QString::fromLatin1(socket->readLine()).trimmed());
                socket->write("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    });
    const QString origin = u"http://127.0.0.1:%1"_s.arg(server.serverPort());

    // The counter counts: one request of our own arrives.
    {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(probe.waitForConnected(5000));
        probe.write("GET /probe HTTP/1.0\r\n\r\n");
        QTRY_COMPARE(requests.size(), 1);
    }
    requests.clear();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"hostile.db"_s);
    {
        const QByteArray bytes = bph::core::ContentDatabase::embeddedBytes();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.constData(), bytes.size());
    }
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(u"UPDATE guides SET html = ? WHERE lang = 'en' AND id = 'overview'"_s);
        query.addBindValue(hostileHtml(origin));
        QVERIFY(query.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);

    QProcess app;
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(QStringLiteral(BACKPAINHUB_PATH), {u"--content"_s, path, u"--lang"_s, u"en"_s, u"--article"_s, u"overview"_s});
    QVERIFY(app.waitForStarted());
    QString output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += QString::fromUtf8(app.readAll())).contains(u"first guide rendered"_s),
                              qPrintable(output), 60000);
    // The page is up: give every subresource, refresh and form time to try.
    QTest::qWait(4000);
    output += QString::fromUtf8(app.readAll());
    QCOMPARE(app.state(), QProcess::Running);
    app.kill();
    app.waitForFinished();

    QVERIFY2(requests.isEmpty(), qPrintable(requests.join(u'\n')));
    // The hostile page really was the one shown (not the built-in content).
    QVERIFY2(!output.contains(u"Using the built-in content"_s), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestNetworkIsolation)
#include "tst_networkisolation.moc"
