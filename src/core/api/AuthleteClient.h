#pragma once

#include "ApiCall.h"
#include "ConnectionSettings.h"
#include "TokenCreateRequest.h"
#include "TokenListQuery.h"
#include "TokenRevokeRequest.h"
#include "TokenUpdateRequest.h"

#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;

// The one place that builds requests to Authlete's token API: base URL and path for v3 or v2,
// credential, timeout, TLS configuration, User-Agent, redirect policy and retries.
// Every call is asynchronous and ends in exactly one ApiCall::finished().
class AuthleteClient : public QObject
{
    Q_OBJECT

public:
    using BodyEncoding = ConnectionSettings::BodyEncoding;

    AuthleteClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // An unreadable CA file is reported by every call until the connection is fixed.
    void setConnection(const ConnectionSettings &connection);
    const ConnectionSettings &connection() const { return m_connection; }

    // The policy for the calls that may be repeated safely (list, delete) and for those that may
    // not (create, update, revoke: repeated only on 429, which the server did not act on).
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    // The size and time every call may take (CallLimits); an attempt deadline of 0 is the
    // connection's transfer timeout.
    void setLimits(const CallLimits &limits) { m_limits = limits; }
    const CallLimits &limits() const { return m_limits; }

    ApiCall *list(const TokenListQuery &query);
    ApiCall *create(const TokenCreateRequest &request, BodyEncoding encoding = BodyEncoding::Json);
    ApiCall *update(const TokenUpdateRequest &request, BodyEncoding encoding = BodyEncoding::Json);
    ApiCall *revoke(const TokenRevokeRequest &request, BodyEncoding encoding = BodyEncoding::Json);
    ApiCall *deleteToken(const QString &accessTokenIdentifier);

    static QByteArray userAgent();

private:
    ApiCall *send(ApiCall::Operation operation, const QString &endpoint, const QUrlQuery &query,
                  const QByteArray &verb, const QJsonObject *body, BodyEncoding encoding);
    ApiError preflightError(const QUrl &url) const;
    QByteArray authorization() const;

    QNetworkAccessManager *m_network;
    ConnectionSettings m_connection;
    QSslConfiguration m_tls;
    QString m_caFileError;
    RetryPolicy m_retryPolicy;
    CallLimits m_limits;
};
