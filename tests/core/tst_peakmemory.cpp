// Memory against replies that would take it all (issue #16: a 2 GB body aborted the process at
// 1,939 MB; an endless one passed 1.5 GB in 1.7 s): the client keeps its default limits, the server
// on loopback sends for as long as it is let, and the process's peak resident size (VmHWM) stays
// under a fixed, generous bound. A benchmark-like check, not a timing one.
#include "ClientTestSupport.h"
#include "HostileServer.h"

#include <QFile>
#include <QRegularExpression>

namespace {

#ifdef TOKENDESK_SANITIZE
// AddressSanitizer keeps freed blocks in its quarantine (256 MB by default) and adds its shadow: seen at
// 283 MiB where the release build peaks at 75. Still far below what an unbounded 2 GB body would take.
constexpr qint64 kBoundMiB = 600;
#else
constexpr qint64 kBoundMiB = 300;
#endif

// The peak resident set size so far, in KiB; -1 where /proc does not tell it.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s*(\\d+) kB"));
    const QRegularExpressionMatch match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

TokenListQuery window()
{
    TokenListQuery query;
    query.start = 0;
    query.end = 20;
    return query;
}

} // namespace

class TestPeakMemory : public QObject
{
    Q_OBJECT

private:
    static ApiError listFrom(const HostileServer::Responder &responder)
    {
        HostileServer server(responder);
        QNetworkAccessManager network;
        AuthleteClient client(&network);
        ConnectionSettings connection;
        connection.baseUrl = server.baseUrl();
        connection.serviceId = QStringLiteral("715948317");
        connection.bearerToken = QStringLiteral("peak-memory-bearer");
        connection.transferTimeoutMs = 10'000;
        client.setConnection(connection);
        client.setRetryPolicy(RetryPolicy::none());
        return await(client.list(window()), 60'000).error;
    }

private slots:
    void initTestCase()
    {
        if (peakRssKiB() < 0)
            QSKIP("no VmHWM in /proc/self/status");
        qInfo("peak RSS at the start: %lld MiB", peakRssKiB() / 1024);
    }

    void endlessBodiesKeepThePeakBounded_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("endless chunked body") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        // The server says 2 GB and sends until the client leaves (or its own 256 MB bound).
        QTest::newRow("2 GB announced") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2000000000\r\n\r\n");
        // No length at all: the body lasts until the server closes.
        QTest::newRow("body until close")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
    }

    void endlessBodiesKeepThePeakBounded()
    {
        QFETCH(QByteArray, head);
        const bool chunked = head.contains("chunked");
        // Ten in a row: whatever one reply leaves behind would add up.
        for (int i = 0; i < 10; ++i) {
            const ApiError error = listFrom([&](const QByteArray &) {
                HostileServer::Answer answer;
                answer.head = head;
                if (chunked) {
                    answer.endlessChunks = true;
                } else {
                    // Twice the client's limit; the server's own copies of it count into the peak too.
                    answer.body = QByteArray(16 * 1024 * 1024, 'x');
                }
                return answer;
            });
            QVERIFY2(error.kind == ApiError::Kind::TooLarge, qPrintable(error.message()));
        }
        const qint64 peakMiB = peakRssKiB() / 1024;
        qInfo("peak RSS after ten replies: %lld MiB (bound %lld MiB)", peakMiB, kBoundMiB);
        QVERIFY2(peakMiB < kBoundMiB, qPrintable(QString::number(peakMiB)));
    }
};

QTEST_GUILESS_MAIN(TestPeakMemory)
#include "tst_peakmemory.moc"
