#include "TokenBench.h"

#include "BenchReport.h"
#include "BulkTokenAction.h"
#include "ResidentMemory.h"
#include "StallProbe.h"
#include "TokenListLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace {

QString describe(const QString &what, const ApiError &error)
{
    return what + QStringLiteral(": ") + error.message();
}

} // namespace

TokenBench::TokenBench(const BenchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(&m_network)
    , m_session(&m_client)
    , m_model(&m_session)
{
    // The sandbox injects no faults. A few quick retries keep a momentary hiccup of a loaded machine
    // from ending the run, and a server asking for a long pause fails the run rather than being waited out.
    m_client.setRetryPolicy({3, 100, 2'000, 2.0});
    m_proxy.setSourceModel(&m_model);
    // As the window's table does when it enables sorting with no sort indicator.
    m_proxy.sort(-1);
}

QByteArray TokenBench::run(QString *error)
{
    record("tokens", m_options.tokens);
    record("latency_ms", m_options.latencyMs);
    record("concurrency", m_options.concurrency);
    const std::function<QString()> phases[] = {
        [this] { return startSandbox(); },
        [this] { return measureFirstPage(); },
        [this] { return measureFullLoad(); },
        [this] {
            measureFilter();
            measureSort();
            return measureSequentialWindows();
        },
        [this] {
            const QList<AccessToken> tokens = tokensToRevoke();
            const QString bulkError = measureBulkRevoke(tokens.mid(0, m_options.revoke));
            return bulkError.isEmpty() ? measureSequentialRevoke(tokens.mid(m_options.revoke)) : bulkError;
        },
    };
    for (const auto &phase : phases) {
        *error = phase();
        if (!error->isEmpty())
            return QByteArray();
    }
    return m_report.json();
}

QString TokenBench::startSandbox()
{
    BenchReport::progress("starting the sandbox");
    const QString bearer = QString::number(QRandomGenerator::system()->generate64(), 36);
    m_sandbox.setStartTimeoutMs(m_options.sandboxStartTimeoutMs());
    if (!m_sandbox.start(m_options.sandboxArguments(), bearer))
        return QStringLiteral("tokendesk-sandbox did not start");
    return QString();
}

QString TokenBench::measureFirstPage()
{
    BenchReport::progress("first page");
    ConnectionSettings connection;
    connection.baseUrl = m_sandbox.baseUrl();
    connection.serviceId = m_sandbox.serviceId();
    connection.bearerToken = m_sandbox.bearer();

    QElapsedTimer timer;
    double firstRowsMs = -1;
    const QMetaObject::Connection inserted = connect(&m_model, &QAbstractItemModel::rowsInserted, this, [&] {
        if (firstRowsMs < 0)
            firstRowsMs = BenchReport::elapsedMs(timer);
    });
    std::optional<ApiError> failure;
    const QMetaObject::Connection failed =
        connect(&m_session, &TokenListSession::errorOccurred, this, [&](const ApiError &e) { failure = e; });
    // What the window does on connecting: the connection, then the search with no filter.
    timer.start();
    m_client.setConnection(connection);
    m_session.setQuery(TokenListQuery());
    const bool done = BenchReport::waitUntil(
        [&] { return failure || (m_session.isTotalKnown() && !m_session.isLoading()); });
    disconnect(inserted);
    disconnect(failed);
    if (failure)
        return describe(QStringLiteral("the first page failed"), *failure);
    if (!done || firstRowsMs < 0)
        return QStringLiteral("the first page brought no rows");
    record("first_page_ms", firstRowsMs);
    return QString();
}

QString TokenBench::measureFullLoad()
{
    BenchReport::progress("load all");
    const qint64 residentBefore = ResidentMemory::current();
    StallProbe probe;
    std::optional<ApiError> outcome;
    const QMetaObject::Connection finished = connect(&m_session, &TokenListSession::loadAllFinished, this,
                                                     [&](const ApiError &e) { outcome = e; });
    QElapsedTimer timer;
    probe.start();
    timer.start();
    m_session.loadAll();
    const bool done = BenchReport::waitUntil([&] { return outcome.has_value(); });
    const double loadMs = BenchReport::elapsedMs(timer);
    probe.stop();
    disconnect(finished);
    if (!done)
        return QStringLiteral("load all did not finish");
    if (*outcome)
        return describe(QStringLiteral("load all failed"), *outcome);
    if (m_model.rowCount() != m_options.tokens)
        return QStringLiteral("load all brought %1 rows of %2").arg(m_model.rowCount()).arg(m_options.tokens);

    const int windows =
        (m_options.tokens + TokenListSession::kWindowSize - 1) / TokenListSession::kWindowSize;
    record("full_load_ms", loadMs);
    record("bound_ms", double(windows) * m_options.latencyMs / m_options.concurrency);
    record("max_stall_ms", probe.maxStallMs());
    record("rss_mb", double(ResidentMemory::peak()) / (1024.0 * 1024.0));
    record("bytes_per_token", double(ResidentMemory::current() - residentBefore) / m_options.tokens);
    return QString();
}

void TokenBench::measureFilter()
{
    BenchReport::progress("quick filter");
    // Typing a subject that exists, one key at a time, then deleting it again: the narrowing
    // and the widening keystrokes both count. Tokens of the client credentials flow have no subject.
    QString subject;
    for (int row = m_model.rowCount() / 2; row < m_model.rowCount() && subject.isEmpty(); ++row)
        subject = m_model.tokenAt(row).subject;
    if (subject.isEmpty())
        subject = m_model.tokenAt(0).accessTokenHash.left(8);
    QStringList keystrokes;
    for (qsizetype length = 1; length <= subject.size(); ++length)
        keystrokes.append(subject.left(length));
    for (qsizetype length = subject.size() - 1; length >= 0; --length)
        keystrokes.append(subject.left(length));
    QList<double> times;
    for (const QString &text : std::as_const(keystrokes)) {
        QElapsedTimer timer;
        timer.start();
        m_proxy.setQuickFilter(text);
        times.append(BenchReport::elapsedMs(timer));
    }
    record("filter_ms", BenchReport::median(times));
}

void TokenBench::measureSort()
{
    BenchReport::progress("sort");
    QElapsedTimer timer;
    timer.start();
    // What a click on the header does.
    m_proxy.sort(TokenColumns::AccessExpiry, Qt::AscendingOrder);
    record("sort_ms", BenchReport::elapsedMs(timer));
}

QString TokenBench::measureSequentialWindows()
{
    BenchReport::progress("the same windows one after another");
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < m_options.tokens; start += TokenListSession::kWindowSize) {
        TokenListQuery window;
        window.start = start;
        window.end = start + TokenListSession::kWindowSize;
        if (const ApiError error = await(m_client.list(window)))
            return describe(QStringLiteral("window %1 failed").arg(start), error);
    }
    record("sequential_ms", BenchReport::elapsedMs(timer));
    return QString();
}

QList<AccessToken> TokenBench::tokensToRevoke() const
{
    // The tokens expiring soonest, as a user who sorted by expiry selects them: rows spread all over
    // the model, which is the hard case for removing them.
    QList<AccessToken> tokens;
    for (int row = 0; row < 2 * m_options.revoke; ++row)
        tokens.append(m_model.tokenAt(m_proxy.mapToSource(m_proxy.index(row, 0)).row()));
    return tokens;
}

QString TokenBench::measureBulkRevoke(const QList<AccessToken> &tokens)
{
    BenchReport::progress("bulk revoke");
    QList<BulkTokenAction::Target> targets;
    for (const AccessToken &token : tokens)
        targets.append({token.accessTokenHash, token.subject, token.clientId});
    BulkTokenAction action(&m_client, BulkTokenAction::Kind::Revoke, targets);
    action.setConcurrency(m_options.concurrency);
    // As the window does: confirmed rows leave together once the action is over.
    QSet<QString> gone;
    connect(&action, &BulkTokenAction::tokenFinished, this, [&gone](const BulkTokenAction::Outcome &outcome) {
        if (!outcome.error || outcome.error.httpStatus == 404)
            gone.insert(outcome.target.accessTokenHash);
    });
    bool finished = false;
    connect(&action, &BulkTokenAction::finished, this, [&] {
        m_model.removeTokens(gone);
        finished = true;
    });
    QElapsedTimer timer;
    timer.start();
    action.start();
    if (!BenchReport::waitUntil([&] { return finished; }))
        return QStringLiteral("the bulk revoke did not finish");
    const double revokeMs = BenchReport::elapsedMs(timer);
    if (action.failedCount() > 0)
        return QStringLiteral("%1 of %2 bulk revocations failed")
            .arg(action.failedCount())
            .arg(tokens.size());
    if (m_model.rowCount() != m_options.tokens - tokens.size())
        return QStringLiteral("%1 rows are left after revoking %2")
            .arg(m_model.rowCount())
            .arg(tokens.size());
    record("bulk_revoke_ms", revokeMs);
    return QString();
}

QString TokenBench::measureSequentialRevoke(const QList<AccessToken> &tokens)
{
    BenchReport::progress("revoke one by one");
    QElapsedTimer timer;
    timer.start();
    for (const AccessToken &token : tokens) {
        TokenRevokeRequest request;
        request.accessTokenIdentifier = token.accessTokenHash;
        if (const ApiError error = await(m_client.revoke(request)))
            return describe(QStringLiteral("revoking %1 failed").arg(token.accessTokenHash), error);
    }
    record("bulk_revoke_sequential_ms", BenchReport::elapsedMs(timer));
    return QString();
}

ApiError TokenBench::await(ApiCall *call)
{
    std::optional<ApiError> outcome;
    connect(call, &ApiCall::finished, this, [&outcome, call] { outcome = call->error(); });
    if (!BenchReport::waitUntil([&] { return outcome.has_value(); })) {
        call->cancel();
        return ApiError::invalidRequest(QStringLiteral("no answer in time"));
    }
    return *outcome;
}

void TokenBench::record(const char *key, double value)
{
    m_report.record(key, value);
}
