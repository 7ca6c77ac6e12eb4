#include "TokenListLoader.h"

#include "ApiCall.h"
#include "AuthleteClient.h"
#include "Logging.h"

#include <limits>

TokenListLoader::TokenListLoader(AuthleteClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

TokenListLoader::~TokenListLoader()
{
    cancelCalls();
}

void TokenListLoader::cancelCalls()
{
    const QMap<qint64, QPointer<ApiCall>> calls = std::exchange(m_inFlight, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void TokenListLoader::setWindowSize(int size)
{
    m_windowSize = qMax(1, size);
}

void TokenListLoader::setConcurrency(int concurrency)
{
    m_concurrency = qMax(1, concurrency);
}

void TokenListLoader::start(int firstIndex, int endIndex)
{
    if (m_running)
        cancel();
    m_running = true;
    m_firstWindowDone = false;
    m_firstIndex = qMax(0, firstIndex);
    m_endIndex = endIndex;
    m_totalCount = 0;
    m_firstTotal = -1;
    m_delivered = 0;
    m_windowsDone = 0;
    m_ready.clear();
    m_nextStart = m_firstIndex;
    m_nextDeliver = m_firstIndex;
    qCDebug(lcLoader, "load from %lld to %lld in windows of %d, %d at a time", m_firstIndex, m_endIndex,
            m_windowSize, m_concurrency);
    requestWindow(m_nextStart);
    m_nextStart += m_windowSize;
}

void TokenListLoader::cancel()
{
    if (!m_running)
        return;
    qCDebug(lcLoader, "cancelled with %lld windows in flight", qlonglong(m_inFlight.size()));
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    stop(error);
}

void TokenListLoader::requestWindow(qint64 start)
{
    if (!m_client) {
        stop(ApiError::invalidRequest(tr("the connection is gone")));
        return;
    }
    // A window never starts past the total, which fits an int; its end is cut to one too.
    const qint64 end = qMin<qint64>(std::numeric_limits<int>::max(),
                                    m_endIndex < 0 ? start + m_windowSize
                                                   : qMin(start + m_windowSize, qMax(m_endIndex, start + 1)));
    TokenListQuery query = m_filter;
    query.start = int(start);
    query.end = int(end);
    qCDebug(lcLoader, "window %lld-%lld requested", start, end);
    ApiCall *call = m_client->list(query);
    m_inFlight.insert(start, call);
    connect(call, &ApiCall::retrying, this, &TokenListLoader::retrying);
    connect(call, &ApiCall::finished, this, [this, call, start] { onWindowFinished(call, start); });
}

void TokenListLoader::onWindowFinished(ApiCall *call, qint64 start)
{
    if (m_inFlight.value(start) != call)
        return;
    m_inFlight.remove(start);
    const ApiError &error = call->error();
    if (error) {
        const bool refusedWindow = !m_firstWindowDone && error.kind == ApiError::Kind::Http &&
                                   error.httpStatus == 400 && m_windowSize > 1;
        if (refusedWindow) {
            // Some servers cap the window below 20 (the current spec's default is 5): try smaller ones.
            m_windowSize = qMax(1, m_windowSize / 2);
            qCInfo(lcLoader, "The server refused a list window; retrying with windows of %d tokens",
                   m_windowSize);
            m_nextStart = start + m_windowSize;
            requestWindow(start);
            return;
        }
        // The status and result code only: a server's message may quote a subject.
        qCDebug(lcLoader, "window at %lld failed after %d attempts (HTTP %d %s): the load stops", start,
                call->attempts(), error.httpStatus, qPrintable(error.resultCode));
        stop(error);
        return;
    }

    const TokenListPage *page = call->listPage();
    qCDebug(lcLoader,
            "window at %lld: %lld tokens of %d, after %d attempts, %lld windows ahead of the delivery", start,
            qlonglong(page->accessTokens.size()), page->totalCount, call->attempts(),
            qlonglong(m_ready.size()));
    if (m_firstTotal < 0)
        m_firstTotal = page->totalCount;
    if (const ApiError growth = implausibleGrowth(page->totalCount)) {
        stop(growth);
        return;
    }
    m_firstWindowDone = true;
    ++m_windowsDone;
    if (page->totalCount != m_totalCount) {
        // The first window tells the size; a later one may tell that tokens came or went meanwhile.
        m_totalCount = page->totalCount;
        emit totalCountChanged(m_totalCount);
    }
    m_ready.insert(start, page->accessTokens);
    deliverReadyWindows();
    if (!m_running)
        return;
    emit progress(m_windowsDone, windowsTotal());
    scheduleWindows();
    if (m_inFlight.isEmpty() && m_nextStart >= lastIndex()) {
        // Every window up to the last totalCount has arrived, so all of them were delivered in order.
        m_running = false;
        emit finished(ApiError());
    }
}

void TokenListLoader::scheduleWindows()
{
    while (m_running && m_inFlight.size() < m_concurrency && m_nextStart < lastIndex()) {
        requestWindow(m_nextStart);
        m_nextStart += m_windowSize;
    }
}

void TokenListLoader::deliverReadyWindows()
{
    QList<AccessToken> tokens;
    while (m_ready.contains(m_nextDeliver)) {
        const QList<AccessToken> window = m_ready.take(m_nextDeliver);
        m_nextDeliver += m_windowSize;
        for (const AccessToken &token : window) {
            if (!m_seen.contains(token.accessTokenHash)) {
                m_seen.insert(token.accessTokenHash);
                tokens.append(token);
            }
        }
    }
    if (!tokens.isEmpty()) {
        m_delivered += tokens.size();
        emit tokensLoaded(tokens);
    }
}

void TokenListLoader::stop(const ApiError &error)
{
    m_running = false;
    cancelCalls();
    m_ready.clear();
    emit finished(error);
}

ApiError TokenListLoader::implausibleGrowth(int totalCount) const
{
    const qint64 allowed = qint64(m_firstTotal) + qMax<qint64>(kMinTotalGrowth, m_firstTotal);
    if (totalCount <= allowed)
        return ApiError();
    ApiError error;
    error.kind = ApiError::Kind::Undecodable;
    error.detail = tr("the total grew from %L1 to %L2 tokens during the load, more than tokens created "
                      "meanwhile explain")
                       .arg(m_firstTotal)
                       .arg(totalCount);
    return error;
}

qint64 TokenListLoader::lastIndex() const
{
    return m_endIndex < 0 ? m_totalCount : qMin<qint64>(m_totalCount, m_endIndex);
}

int TokenListLoader::windowsTotal() const
{
    const qint64 remaining = qMax<qint64>(0, lastIndex() - m_firstIndex);
    const qint64 windows = qMax<qint64>(1, (remaining + m_windowSize - 1) / m_windowSize);
    return int(qMin<qint64>(windows, std::numeric_limits<int>::max()));
}
