#pragma once

#include "ApiError.h"
#include "CallLimits.h"
#include "RetryPolicy.h"
#include "TokenCreateResponse.h"
#include "TokenListPage.h"
#include "TokenRevokeResponse.h"
#include "TokenUpdateResponse.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

// One operation on the API, from the first attempt to its single outcome. It retries by its policy,
// emits finished() exactly once (with an error, or with the typed response), and then deletes itself.
// cancel() ends it at once with a Cancelled error. Its limits bound every reply's size, every
// attempt's duration and the whole call's; each one that ends a call is named in its error.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    enum class Operation { List, Create, Update, Revoke, Delete };
    // monostate until a 2xx reply was decoded, and for Delete, which has no body
    using Response = std::variant<std::monostate, TokenListPage, TokenCreateResponse, TokenUpdateResponse,
                                  TokenRevokeResponse>;

    struct Retries
    {
        RetryPolicy policy;
        QList<int> statuses;             // HTTP statuses worth another attempt
        bool onConnectionErrors = false; // also retry when no answer came
    };

    ApiCall(QNetworkAccessManager *network, Operation operation, const QNetworkRequest &request,
            QByteArray verb, QByteArray body, Retries retries, const CallLimits &limits,
            QObject *parent = nullptr);
    // A call deleted before its end (with its client) aborts its request.
    ~ApiCall() override;
    // A call that fails before sending, already started: it still finishes asynchronously, like every call.
    static ApiCall *failed(Operation operation, const ApiError &error, QObject *parent);

    Operation operation() const { return m_operation; }
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempt; }

    // The typed response; null unless the call succeeded with that operation.
    const TokenListPage *listPage() const { return std::get_if<TokenListPage>(&m_response); }
    const TokenCreateResponse *createResponse() const
    {
        return std::get_if<TokenCreateResponse>(&m_response);
    }
    const TokenUpdateResponse *updateResponse() const
    {
        return std::get_if<TokenUpdateResponse>(&m_response);
    }
    const TokenRevokeResponse *revokeResponse() const
    {
        return std::get_if<TokenRevokeResponse>(&m_response);
    }

    void start();
    void cancel();

signals:
    void finished();
    // Attempt number `attempt` of at most `maxAttempts` starts in `delayMs`, after a failed one.
    void retrying(int attempt, int maxAttempts, int delayMs);

private:
    void sendAttempt();
    void onReplyFinished(QNetworkReply *reply);
    void retryOrFinish(const ApiError &error, const QByteArray &retryAfter);
    // Ends the attempt in flight; its finished() then reports `reason`.
    void abortAttempt(const ApiError &reason);
    void checkSize(qint64 bytes, qint64 announced);
    ApiError callDeadlineError() const;
    ApiError redirectLoop() const;
    std::optional<int> windowSize() const;
    void decode(int status, const QByteArray &body);
    void finish(const ApiError &error);
    void trace(const QNetworkReply *reply, const char *outcome = nullptr) const;

    QNetworkAccessManager *m_network = nullptr;
    Operation m_operation;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    Retries m_retries;
    CallLimits m_limits;
    int m_attempt = 0;
    int m_redirects = 0; // followed in this attempt
    bool m_hadAmbiguousAttempt = false;
    bool m_finished = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_attemptDeadline;
    QTimer m_callDeadline;
    QElapsedTimer m_attemptClock;
    QElapsedTimer m_callClock;
    std::optional<ApiError> m_abortReason;
    ApiError m_lastAttemptError;
    ApiError m_error;
    Response m_response;
};
