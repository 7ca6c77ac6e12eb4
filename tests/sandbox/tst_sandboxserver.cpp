#include "SandboxProcess.h"
#include "TestCertificate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>

namespace {

constexpr int kTimeoutMs = 10000;

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isResultBody() const
    {
        return contentType.startsWith("application/json") &&
               json().value(QLatin1StringView("resultCode")).toString().startsWith(QLatin1Char('A'));
    }
};

Reply collect(QNetworkReply *reply)
{
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.retryAfter = reply->rawHeader("Retry-After");
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void announcesItselfAndLists();
    void bearerStaysOffTheCommandLine();
    void unknownPathAndMethodAreJson();
    void garbageBytesDoNotStopIt();
    void hugeBodyIsRefused();
    void latencyOverlaps();
    void failRateAnswersServerErrors();
    void rateLimitAnswers429();
    void dataFileSurvivesAKill();
    void stopsCleanlyOnASignal_data();
    void stopsCleanlyOnASignal();
    void servesHttps();

private:
    QNetworkRequest request(const SandboxProcess &sandbox, const QString &endpoint,
                            const QString &query = {}) const;
    Reply send(const SandboxProcess &sandbox, const QByteArray &method, const QString &endpoint,
               const QByteArray &body = {}, const QString &query = {});
    QByteArray raw(const SandboxProcess &sandbox, const QByteArray &bytes);

    QNetworkAccessManager m_network;
};

QNetworkRequest TestSandboxServer::request(const SandboxProcess &sandbox, const QString &endpoint,
                                           const QString &query) const
{
    QUrl url = sandbox.baseUrl();
    url.setPath(QStringLiteral("/api/") + sandbox.serviceId() + QStringLiteral("/auth/token/") + endpoint);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + sandbox.bearer().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kTimeoutMs);
    return request;
}

Reply TestSandboxServer::send(const SandboxProcess &sandbox, const QByteArray &method,
                              const QString &endpoint, const QByteArray &body, const QString &query)
{
    QNetworkReply *reply = m_network.sendCustomRequest(request(sandbox, endpoint, query), method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kTimeoutMs);
    return collect(reply);
}

QByteArray TestSandboxServer::raw(const SandboxProcess &sandbox, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(sandbox.baseUrl().host(), quint16(sandbox.baseUrl().port()));
    if (!socket.waitForConnected(kTimeoutMs))
        return QByteArray();
    socket.write(bytes);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    // Read until the server closes the connection or a whole response has arrived.
    while (timer.elapsed() < kTimeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(500))
            answer += socket.readAll();
        if (answer.contains("\r\n\r\n") && answer.endsWith('}'))
            break;
    }
    return answer + socket.readAll();
}

void TestSandboxServer::announcesItselfAndLists()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("40")}));
    QCOMPARE(sandbox.baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(sandbox.baseUrl().port() > 0);
    QVERIFY(sandbox.baseUrl().path().isEmpty());

    const Reply reply = send(sandbox, "GET", QStringLiteral("get/list"), {}, QStringLiteral("end=20"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("application/json"));
    QCOMPARE(reply.json().value(QLatin1StringView("totalCount")).toInt(), 40);
    QCOMPARE(reply.json().value(QLatin1StringView("accessTokens")).toArray().size(), 20);

    const QString hash = reply.json()
                             .value(QLatin1StringView("accessTokens"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QLatin1StringView("accessTokenHash"))
                             .toString();
    const Reply deleted = send(sandbox, "DELETE", QStringLiteral("delete/") + hash);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(send(sandbox, "GET", QStringLiteral("get/list"))
                 .json()
                 .value(QLatin1StringView("totalCount"))
                 .toInt(),
             39);
}

void TestSandboxServer::bearerStaysOffTheCommandLine()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({}, QStringLiteral("secret-bearer-123")));
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(sandbox.processId()));
    if (!cmdline.open(QIODevice::ReadOnly))
        QSKIP("no /proc on this system");
    QVERIFY(!cmdline.readAll().contains("secret-bearer-123"));
    QCOMPARE(send(sandbox, "GET", QStringLiteral("get/list")).status, 200);
}

void TestSandboxServer::unknownPathAndMethodAreJson()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    Reply reply = send(sandbox, "GET", QStringLiteral("nothing/here"));
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.isResultBody());
    reply = send(sandbox, "PUT", QStringLiteral("get/list"), "{}");
    QCOMPARE(reply.status, 405);
    QVERIFY(reply.isResultBody());
    reply = send(sandbox, "POST", QStringLiteral("create"), "{not json");
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.isResultBody());
    const QByteArray answer = raw(sandbox, "GET /favicon.ico HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
    QVERIFY(answer.contains("application/json"));
}

void TestSandboxServer::garbageBytesDoNotStopIt()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919) % 256));
    raw(sandbox, garbage);
    raw(sandbox, "GET / HTTP/9.9\r\nContent-Length: -5\r\n\r\n");
    QCOMPARE(send(sandbox, "GET", QStringLiteral("get/list")).status, 200);
}

void TestSandboxServer::hugeBodyIsRefused()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    const QByteArray body(5 * 1024 * 1024, 'x');
    const QByteArray head = "POST /api/" + sandbox.serviceId().toUtf8() +
                            "/auth/token/create HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Authorization: Bearer " +
                            sandbox.bearer().toUtf8() +
                            "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    const QByteArray answer = raw(sandbox, head + body);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QVERIFY(answer.contains("A001207"));
    QCOMPARE(send(sandbox, "GET", QStringLiteral("get/list")).status, 200);
}

void TestSandboxServer::latencyOverlaps()
{
#ifdef TOKENDESK_SANITIZE
    QSKIP("a timing assertion: meaningless under the sanitizers");
#endif
    constexpr int kLatencyMs = 200;
    constexpr int kRequests = 6;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--latency-ms"), QString::number(kLatencyMs)}));
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < kRequests; ++i)
        replies.append(m_network.get(request(sandbox, QStringLiteral("get/list"))));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }),
        kTimeoutMs);
    const qint64 elapsed = timer.elapsed();
    for (QNetworkReply *reply : replies)
        QCOMPARE(collect(reply).status, 200);
    qInfo("%d concurrent requests at %d ms latency: %lld ms", kRequests, kLatencyMs, elapsed);
    QVERIFY(elapsed >= kLatencyMs);
    QVERIFY2(elapsed < kRequests * kLatencyMs, qPrintable(QString::number(elapsed)));
}

void TestSandboxServer::failRateAnswersServerErrors()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--fail-rate"), QStringLiteral("1.0")}));
    for (int i = 0; i < 6; ++i) {
        const Reply reply = send(sandbox, "GET", QStringLiteral("get/list"));
        QVERIFY2(reply.status == 500 || reply.status == 502 || reply.status == 503,
                 QByteArray::number(reply.status).constData());
        QVERIFY(reply.isResultBody());
        QCOMPARE(reply.json().value(QLatin1StringView("resultCode")).toString(), QStringLiteral("A001101"));
    }
}

void TestSandboxServer::rateLimitAnswers429()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--rate-limit"), QStringLiteral("2")}));
    int limited = 0;
    for (int i = 0; i < 10; ++i) {
        const Reply reply = send(sandbox, "GET", QStringLiteral("get/list"));
        if (reply.status == 429) {
            ++limited;
            QCOMPARE(reply.retryAfter, QByteArray("1"));
            QVERIFY(reply.isResultBody());
        } else {
            QCOMPARE(reply.status, 200);
        }
    }
    QVERIFY(limited >= 4);
}

void TestSandboxServer::dataFileSurvivesAKill()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QStringList args{QStringLiteral("--data"), directory.filePath(QStringLiteral("store.json")),
                           QStringLiteral("--tokens"), QStringLiteral("50")};
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(args));
    const QJsonArray before = send(sandbox, "GET", QStringLiteral("get/list"), {}, QStringLiteral("end=3"))
                                  .json()
                                  .value(QLatin1StringView("accessTokens"))
                                  .toArray();
    QCOMPARE(before.size(), 3);
    const QString victim = before.at(1).toObject().value(QLatin1StringView("accessTokenHash")).toString();
    const Reply revoked =
        send(sandbox, "POST", QStringLiteral("revoke"),
             QJsonDocument(QJsonObject{{QStringLiteral("accessTokenIdentifier"), victim}}).toJson());
    QCOMPARE(revoked.json().value(QLatin1StringView("count")).toInt(), 1);
    sandbox.kill();

    QVERIFY(sandbox.start(args));
    const QJsonObject after =
        send(sandbox, "GET", QStringLiteral("get/list"), {}, QStringLiteral("end=20")).json();
    QCOMPARE(after.value(QLatin1StringView("totalCount")).toInt(), 49);
    QCOMPARE(after.value(QLatin1StringView("accessTokens")).toArray().at(0), before.at(0));
    QCOMPARE(after.value(QLatin1StringView("accessTokens")).toArray().at(1), before.at(2));
    QCOMPARE(send(sandbox, "DELETE", QStringLiteral("delete/") + victim).status, 404);
}

void TestSandboxServer::stopsCleanlyOnASignal_data()
{
    QTest::addColumn<int>("signalNumber");
#ifdef Q_OS_UNIX
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
#endif
}

// As a server under systemd or in a terminal: exit code 0, the store saved.
void TestSandboxServer::stopsCleanlyOnASignal()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX signals only");
#endif
    QFETCH(int, signalNumber);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QStringList args{QStringLiteral("--data"), directory.filePath(QStringLiteral("store.json")),
                           QStringLiteral("--tokens"), QStringLiteral("5")};
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(args));
    QCOMPARE(send(sandbox, "GET", QStringLiteral("get/list")).status, 200);
    sandbox.signal(signalNumber);
    QCOMPARE(sandbox.exitCode(), 0);
    QVERIFY(sandbox.start(args));
    const QJsonObject after = send(sandbox, "GET", QStringLiteral("get/list")).json();
    QCOMPARE(after.value(QLatin1StringView("totalCount")).toInt(), 5);
}

void TestSandboxServer::servesHttps()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed, so no certificate can be made");
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const TestCertificate certificate = TestCertificate::create(directory.path());
    QVERIFY(certificate.isValid());
    const QString &cert = certificate.certificateFile;
    const QString &key = certificate.keyFile;

    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
    QCOMPARE(sandbox.baseUrl().scheme(), QStringLiteral("https"));

    QNetworkRequest trusted = request(sandbox, QStringLiteral("get/list"));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(cert));
    trusted.setSslConfiguration(configuration);
    QNetworkReply *reply = m_network.get(trusted);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    const Reply answer = collect(reply);
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.json().contains(QLatin1StringView("totalCount")));

    // A client that does not trust the certificate gets no answer (its own manager: no connection reuse).
    QNetworkAccessManager stranger;
    QNetworkReply *untrusted = stranger.get(request(sandbox, QStringLiteral("get/list")));
    QSignalSpy untrustedFinished(untrusted, &QNetworkReply::finished);
    QVERIFY(untrustedFinished.wait(kTimeoutMs));
    QCOMPARE(collect(untrusted).error, QNetworkReply::SslHandshakeFailedError);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
