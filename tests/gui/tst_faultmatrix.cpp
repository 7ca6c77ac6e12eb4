// The fault matrix of "Reliability and security", end to end through the window's model: a real
// TokenTableModel (QAbstractItemModelTester watching it throughout) loads a real sandbox's tokens while
// the server is killed and restarted, fails, rate-limits, answers too late, cuts its replies short, is
// hidden behind a proxy's HTML 502 page, or starts refusing the credential. Every case must end, with
// a clear message or with every token exactly once, and where the server recovers a second load must
// bring every token exactly once. cleanupTestCase() prints the outcome of each case as a table.
#include "AuthleteClient.h"
#include "ClientTestSupport.h"
#include "FaultProxy.h"
#include "SandboxProcess.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBearer = QStringLiteral("fault-matrix-bearer");
const QString kRotatedBearer = QStringLiteral("fault-matrix-rotated-bearer");
constexpr int kTokens = 1500;
// The server goes away once this many windows of a load have arrived: well inside its 75 windows.
constexpr int kKillAfterWindows = 10;
constexpr int kLoadTimeoutMs = 60'000;
// For cases where only the give-up matters: few attempts, quickly.
const RetryPolicy kQuickPolicy{2, 20, 200, 2.0};

struct OutcomeRow
{
    QString name;
    QString expected;
    QString outcome;
    QString requests;
    qint64 ms = 0;
};

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataFile;
    QSet<QString> m_serverHashes; // every token the sandbox holds
    SandboxProcess m_sandbox;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AuthleteClient> m_client;
    std::unique_ptr<TokenListSession> m_session;
    std::unique_ptr<TokenTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QMap<QString, int> m_replies; // "200", "200 cut off", "no answer", ... -> how many replies were so
    QElapsedTimer m_clock;
    QList<OutcomeRow> m_table;
    bool m_recorded = false;

    bool startSandbox(const QStringList &faults = {}, const QString &bearer = kBearer, int port = 0)
    {
        QStringList arguments{QStringLiteral("--data"),     m_dataFile,
                              QStringLiteral("--tokens"),   QString::number(kTokens),
                              QStringLiteral("--subjects"), QStringLiteral("40"),
                              QStringLiteral("--clients"),  QStringLiteral("6")};
        arguments += faults;
        if (port > 0) // the sandbox takes the last --port it is given
            arguments += {QStringLiteral("--port"), QString::number(port)};
        return m_sandbox.start(arguments, bearer);
    }

    // The model as the window has it, on its own network access manager, loading from `url`.
    void makeModel(const QUrl &url, const RetryPolicy &policy, int transferTimeoutMs = 30'000)
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        connect(m_network.get(), &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // Below ProxyConnectionRefusedError are the errors of the connection itself.
            const bool broken = reply->error() != QNetworkReply::NoError &&
                                reply->error() < QNetworkReply::ProxyConnectionRefusedError;
            ++m_replies[status == 0 ? QStringLiteral("no answer")
                        : broken    ? QString::number(status) + QStringLiteral(" cut off")
                                    : QString::number(status)];
        });
        m_client = std::make_unique<AuthleteClient>(m_network.get());
        ConnectionSettings connection;
        connection.baseUrl = url;
        connection.serviceId = m_sandbox.serviceId();
        connection.bearerToken = kBearer;
        connection.transferTimeoutMs = transferTimeoutMs;
        m_client->setConnection(connection);
        m_client->setRetryPolicy(policy);
        m_session = std::make_unique<TokenListSession>(m_client.get());
        m_model = std::make_unique<TokenTableModel>(m_session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester must not page in the server's list by itself.
        m_tester->setUseFetchMore(false);
    }

    // A proxy in front of the running sandbox, and the model loading through it.
    bool makeModelBehindProxy(const RetryPolicy &policy, int transferTimeoutMs = 30'000)
    {
        m_proxy = std::make_unique<FaultProxy>(m_sandbox.baseUrl());
        if (!m_proxy->listen())
            return false;
        makeModel(m_proxy->baseUrl(), policy, transferTimeoutMs);
        return true;
    }

    struct LoadAcrossRestart
    {
        ApiError error;             // what the load ended with
        qsizetype errorSignals = 0; // errorOccurred emissions during it
    };

    // Load all with the window's retry policy, during which the sandbox is killed once
    // kKillAfterWindows windows have arrived and started again, on the same port and data, with
    // `bearer`; returns when the load has ended.
    void loadAcrossRestart(const QString &bearer, LoadAcrossRestart *load)
    {
        QVERIFY(startSandbox());
        const int port = m_sandbox.baseUrl().port();
        makeModel(m_sandbox.baseUrl(), RetryPolicy());
        QObject scope;
        bool killed = false;
        killSandboxAfter(kKillAfterWindows, &scope, &killed);
        QSignalSpy finished(m_session.get(), &TokenListSession::loadAllFinished);
        QSignalSpy errors(m_session.get(), &TokenListSession::errorOccurred);
        m_session->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(killed, kLoadTimeoutMs);
        QVERIFY(finished.isEmpty());
        QVERIFY(m_model->rowCount() < kTokens);
        QVERIFY(startSandbox({}, bearer, port));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kLoadTimeoutMs);
        load->error = finished.constFirst().constFirst().value<ApiError>();
        load->errorSignals = errors.size();
    }

    // Kills the sandbox (SIGKILL) as soon as `windows` windows of the load have arrived. The
    // connection ends with `scope`, a local of the test function, like `killed` which it writes.
    void killSandboxAfter(int windows, QObject *scope, bool *killed)
    {
        connect(m_session.get(), &TokenListSession::loadAllProgress, scope,
                [this, windows, killed](int done) {
                    if (!*killed && done >= windows) {
                        *killed = true;
                        m_sandbox.kill();
                    }
                });
    }

    // Empty when no token is in two rows, every row holds a token of the server and rowOfHash()
    // agrees; otherwise what is wrong.
    QString rowsDistinctAndKnown() const
    {
        QSet<QString> seen;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString &hash = m_model->tokenAt(row).accessTokenHash;
            if (seen.contains(hash))
                return QStringLiteral("row %1 repeats token %2").arg(row).arg(hash);
            if (!m_serverHashes.contains(hash))
                return QStringLiteral("row %1 holds %2, which the server does not have").arg(row).arg(hash);
            if (m_model->rowOfHash(hash) != row)
                return QStringLiteral("rowOfHash(%1) is %2, not %3")
                    .arg(hash)
                    .arg(m_model->rowOfHash(hash))
                    .arg(row);
            seen.insert(hash);
        }
        return QString();
    }

    // Empty when the model holds every token of the server exactly once.
    QString everyTokenOnce() const
    {
        const QString problem = rowsDistinctAndKnown();
        if (!problem.isEmpty())
            return problem;
        if (m_model->rowCount() != m_serverHashes.size())
            return QStringLiteral("%1 rows for the server's %2 tokens")
                .arg(m_model->rowCount())
                .arg(m_serverHashes.size());
        if (!m_session->isComplete() || m_session->totalCount() != m_serverHashes.size())
            return QStringLiteral("the model counts %1 tokens, complete: %2")
                .arg(m_session->totalCount())
                .arg(m_session->isComplete());
        return QString();
    }

    // Starts loadAll() and waits for its end; the error it ended with.
    ApiError loadAll()
    {
        QSignalSpy finished(m_session.get(), &TokenListSession::loadAllFinished);
        m_session->loadAll();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, kLoadTimeoutMs))
            return ApiError::invalidRequest(QStringLiteral("loadAll() did not finish"));
        return finished.constFirst().constFirst().value<ApiError>();
    }

    bool showFirstWindow()
    {
        m_session->setQuery(TokenListQuery());
        return QTest::qWaitFor([&] { return m_session->isTotalKnown() && !m_session->isLoading(); },
                               kLoadTimeoutMs) &&
               m_model->rowCount() == TokenListSession::kWindowSize;
    }

    QString completed() const
    {
        return QStringLiteral("completed %1/%2 tokens once")
            .arg(m_model->rowCount())
            .arg(m_serverHashes.size());
    }

    // What a load that failed ended with, and where.
    static QString failedAt(int rows, const ApiError &error)
    {
        return QStringLiteral("after %1 rows: \"%2\"").arg(QString::number(rows), error.message());
    }

    // After a load that ended in error: what it loaded is there once, and nothing more.
    void checkPartialRows()
    {
        QVERIFY(m_model->rowCount() < kTokens);
        const QString problem = rowsDistinctAndKnown();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Once the cause of the failed load is gone: Load all again brings every token once.
    void loadAgainAndRecord(const QString &expected, const ApiError &failedWith)
    {
        const QString failure = failedAt(m_model->rowCount(), failedWith);
        const ApiError again = loadAll();
        QVERIFY2(!again, qPrintable(again.message()));
        const QString problem = everyTokenOnce();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        record(expected, failure + QStringLiteral(", then ") + completed());
    }

    void record(const QString &expected, const QString &outcome)
    {
        QStringList replies;
        int requests = 0;
        for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it) {
            requests += it.value();
            replies.append(it.key() + QStringLiteral(": ") + QString::number(it.value()));
        }
        m_table.append({QString::fromLatin1(QTest::currentTestFunction()), expected, outcome,
                        QString::number(requests) + QStringLiteral(" (") +
                            replies.join(QStringLiteral(", ")) + QLatin1Char(')'),
                        m_clock.elapsed()});
        m_recorded = true;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_dataFile = m_dir.filePath(QStringLiteral("tokens.json"));
        QVERIFY(startSandbox());
        QNetworkAccessManager network;
        const std::unique_ptr<AuthleteClient> client = clientFor(&network, m_sandbox, kBearer);
        for (const AccessToken &token : loadEverything(client.get()))
            m_serverHashes.insert(token.accessTokenHash);
        QCOMPARE(m_serverHashes.size(), kTokens);
        m_sandbox.stop();
    }

    void init()
    {
        m_replies.clear();
        m_recorded = false;
        m_clock.start();
    }

    void cleanup()
    {
        if (!m_recorded)
            record(QString(), QStringLiteral("FAILED (see above)"));
        else if (QTest::currentTestFailed())
            m_table.last().outcome = QStringLiteral("FAILED: ") + m_table.last().outcome;
        m_tester.reset();
        m_model.reset();
        m_session.reset();
        m_client.reset();
        m_network.reset();
        m_proxy.reset();
        m_sandbox.stop();
    }

    void cleanupTestCase()
    {
        const QStringList header{QStringLiteral("case"), QStringLiteral("expected"),
                                 QStringLiteral("outcome"), QStringLiteral("requests (replies by status)"),
                                 QStringLiteral("ms")};
        QList<QStringList> lines{header};
        for (const OutcomeRow &row : std::as_const(m_table))
            lines.append({row.name, row.expected, row.outcome, row.requests, QString::number(row.ms)});
        QList<qsizetype> widths(header.size(), 0);
        for (const QStringList &line : std::as_const(lines)) {
            for (qsizetype column = 0; column < line.size(); ++column)
                widths[column] = qMax(widths.at(column), line.at(column).size());
        }
        qInfo("Fault matrix (%d tokens):", kTokens);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QStringList cells;
            for (qsizetype column = 0; column < header.size(); ++column)
                cells.append(lines.at(i).at(column).leftJustified(widths.at(column)));
            qInfo("| %s |", qPrintable(cells.join(QStringLiteral(" | "))));
            if (i == 0) {
                QStringList rule;
                for (const qsizetype width : std::as_const(widths))
                    rule.append(QString(width, QLatin1Char('-')));
                qInfo("| %s |", qPrintable(rule.join(QStringLiteral(" | "))));
            }
        }
    }

    // Decided behaviour: a list retries connection errors, so a server that is back within the
    // retry window (at least ~3.75 s with the window's policy) costs the user nothing.
    void serverKilledMidLoadAndBackWithinRetries()
    {
        LoadAcrossRestart load;
        loadAcrossRestart(kBearer, &load);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!load.error, qPrintable(load.error.message()));
        QCOMPARE(load.errorSignals, 0);
        QVERIFY(m_replies.value(QStringLiteral("no answer")) > 0); // requests did meet the dead server
        const QString problem = everyTokenOnce();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        record(QStringLiteral("recovers by itself (retries); every token once"), completed());
    }

    // Beyond the retry window the load ends with a message; Load all again continues where it stopped.
    void serverKilledMidLoadAndBackAfterTheLoadGaveUp()
    {
        QVERIFY(startSandbox());
        const int port = m_sandbox.baseUrl().port();
        makeModel(m_sandbox.baseUrl(), kQuickPolicy);
        QObject scope;
        bool killed = false;
        killSandboxAfter(kKillAfterWindows, &scope, &killed);
        QSignalSpy errors(m_session.get(), &TokenListSession::errorOccurred);
        const ApiError error = loadAll();
        QVERIFY(killed);
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY2(error.message().contains(QStringLiteral("could not be reached")),
                 qPrintable(error.message()));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!m_session->isLoading());
        checkPartialRows();

        QVERIFY(startSandbox({}, kBearer, port));
        loadAgainAndRecord(QStringLiteral("clear error; Load all again: every token once"), error);
    }

    void failRate20Percent()
    {
        QVERIFY(startSandbox({QStringLiteral("--fail-rate"), QStringLiteral("0.2")}));
        makeModel(m_sandbox.baseUrl(), RetryPolicy()); // the window's own: 8 tries of each window
        QVERIFY(showFirstWindow());
        m_model->fetchMore(QModelIndex());
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2 * TokenListSession::kWindowSize, kLoadTimeoutMs);
        const ApiError error = loadAll();
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(m_replies.value(QStringLiteral("500")) + m_replies.value(QStringLiteral("502")) +
                    m_replies.value(QStringLiteral("503")) >
                0);
        const QString problem = everyTokenOnce();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        record(QStringLiteral("completes; every token once"), completed());
    }

    void rateLimit50PerSecond()
    {
        QVERIFY(startSandbox({QStringLiteral("--rate-limit"), QStringLiteral("50")}));
        makeModel(m_sandbox.baseUrl(), RetryPolicy());
        QVERIFY(showFirstWindow());
        const ApiError error = loadAll();
        QVERIFY2(!error, qPrintable(error.message()));
        const QString problem = everyTokenOnce();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        record(QStringLiteral("completes (Retry-After honoured); every token once"), completed());
    }

    void latencyAboveTheTransferTimeout()
    {
        QVERIFY(startSandbox({QStringLiteral("--latency-ms"), QStringLiteral("3000")}));
        makeModel(m_sandbox.baseUrl(), kQuickPolicy, 1'000);
        QSignalSpy errors(m_session.get(), &TokenListSession::errorOccurred);
        m_session->setQuery(TokenListQuery());
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kLoadTimeoutMs);
        const ApiError firstWindow = errors.constFirst().constFirst().value<ApiError>();
        QCOMPARE(firstWindow.kind, ApiError::Kind::Timeout);
        QVERIFY(!m_session->isLoading());

        const ApiError error = loadAll();
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QVERIFY2(error.message().contains(QStringLiteral("did not answer in time")),
                 qPrintable(error.message()));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_session->isLoading());
        record(QStringLiteral("clear timeout message; no rows"), failedAt(m_model->rowCount(), error));
    }

    // The same fault in the middle of a load: the windows before it stay, once each.
    void noAnswerMidLoad()
    {
        QVERIFY(startSandbox());
        QVERIFY(makeModelBehindProxy(kQuickPolicy, 1'000));
        QVERIFY(showFirstWindow());
        m_proxy->setFault(FaultProxy::Fault::NoAnswer, 12);
        const ApiError error = loadAll();
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QVERIFY2(error.message().contains(QStringLiteral("did not answer in time")),
                 qPrintable(error.message()));
        checkPartialRows();

        m_proxy->setFault(FaultProxy::Fault::None);
        loadAgainAndRecord(
            QStringLiteral("timeout message; rows kept once; Load all again: every token once"), error);
    }

    // The connection closes before the Content-Length was reached: no answer, as far as the client
    // can tell, so a list tries again.
    void bodyCutAndConnectionClosed()
    {
        QVERIFY(startSandbox());
        QVERIFY(makeModelBehindProxy(RetryPolicy()));
        m_proxy->setFault(FaultProxy::Fault::CutAndClose, 5, 7, 4);
        QVERIFY(showFirstWindow());
        const ApiError error = loadAll();
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(m_proxy->faultCount(), 4);
        QCOMPARE(m_replies.value(QStringLiteral("200 cut off")), 4);
        const QString problem = everyTokenOnce();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        record(QStringLiteral("retried like a broken connection; every token once"),
               completed() + QStringLiteral(" (4 replies cut)"));
    }

    // A whole reply whose JSON stops in the middle is a server's bug, not a transient fault: the load
    // ends with a message saying so, and keeps what it had.
    void jsonCutWithMatchingLength()
    {
        QVERIFY(startSandbox());
        QVERIFY(makeModelBehindProxy(RetryPolicy()));
        QVERIFY(showFirstWindow());
        m_proxy->setFault(FaultProxy::Fault::CutJson, 12);
        QSignalSpy errors(m_session.get(), &TokenListSession::errorOccurred);
        const ApiError error = loadAll();
        QCOMPARE(error.kind, ApiError::Kind::Undecodable);
        QVERIFY2(error.message().contains(QStringLiteral("not JSON")), qPrintable(error.message()));
        QCOMPARE(errors.size(), 1);
        checkPartialRows();

        m_proxy->setFault(FaultProxy::Fault::None);
        loadAgainAndRecord(QStringLiteral("clear 'not JSON' error; Load all again: every token once"), error);
    }

    void proxy502PageSometimes()
    {
        QVERIFY(startSandbox());
        QVERIFY(makeModelBehindProxy(RetryPolicy()));
        m_proxy->setFault(FaultProxy::Fault::BadGatewayPage, 3, 5, 4);
        QVERIFY(showFirstWindow());
        const ApiError error = loadAll();
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(m_proxy->faultCount(), 4);
        QCOMPARE(m_replies.value(QStringLiteral("502")), 4);
        const QString problem = everyTokenOnce();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        record(QStringLiteral("502 retried; every token once"), completed());
    }

    void proxy502PageAlways()
    {
        QVERIFY(startSandbox());
        QVERIFY(makeModelBehindProxy(kQuickPolicy));
        QVERIFY(showFirstWindow());
        m_proxy->setFault(FaultProxy::Fault::BadGatewayPage);
        QSignalSpy errors(m_session.get(), &TokenListSession::errorOccurred);
        const ApiError error = loadAll();
        const QString message = error.message();
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 502);
        QVERIFY2(message.contains(QStringLiteral("502")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Bad Gateway")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('<')) && !message.contains(QStringLiteral("nginx")),
                 qPrintable(message));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(m_model->rowCount(), TokenListSession::kWindowSize);

        m_proxy->setFault(FaultProxy::Fault::None);
        loadAgainAndRecord(QStringLiteral("clear 502 message, no HTML; Load all again: every token once"),
                           error);
    }

    // The credential is rotated on the server while a load runs: the sandbox comes back on the same
    // port and data with another bearer.
    void credentialRotatedMidLoad()
    {
        LoadAcrossRestart load;
        loadAcrossRestart(kRotatedBearer, &load);
        if (QTest::currentTestFailed())
            return;
        const ApiError &error = load.error;
        const QString message = error.message();
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 401);
        QVERIFY2(message.contains(QStringLiteral("401")) && message.contains(QStringLiteral("credential")),
                 qPrintable(message));
        QCOMPARE(load.errorSignals, 1);
        checkPartialRows();

        // The user edits the connection's credential and loads again.
        ConnectionSettings connection = m_client->connection();
        connection.bearerToken = kRotatedBearer;
        m_client->setConnection(connection);
        loadAgainAndRecord(QStringLiteral("clear 401 message; rows once; new credential: every token once"),
                           error);
    }
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
