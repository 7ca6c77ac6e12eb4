#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// Where and how to reach one Authlete service. The credential members are secrets: they live in
// memory and in the OS keychain only, and no code may log or print them.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    enum class ApiVersion { V3, V2 };
    // What the user said the service is for; confirmations name it, and production stands out.
    enum class Environment { Unlabelled, Production, Staging, Test, Sandbox };
    // How create, update and revoke send their bodies: Authlete takes both.
    enum class BodyEncoding { Json, Form };

    struct Region
    {
        QString name;
        QUrl url;
    };

    QUrl baseUrl;
    ApiVersion apiVersion = ApiVersion::V3;
    QString serviceId;         // v3 only: part of every path
    QString bearerToken;       // v3: a service or organization access token
    QString apiKey;            // v2: HTTP Basic user name
    QString apiSecret;         // v2: HTTP Basic password
    QString caCertificateFile; // one extra CA (PEM) for on-premises servers; the system CAs still apply
    int transferTimeoutMs = 30'000;
    Environment environment = Environment::Unlabelled;
    BodyEncoding bodyEncoding = BodyEncoding::Json;

    // Authlete's v3 clusters.
    static QList<Region> regions();
    static QUrl v2Url();
    // Why TokenDesk will not send a credential to url: not a valid URL with a host, or not https
    // (plain http only to this computer, so nothing secret crosses a network in clear). Empty when fine.
    static QString urlProblem(const QUrl &url);

    // Every label in the order a chooser offers them, the name shown for each ("production"; empty
    // for Unlabelled), and the word it is stored as.
    static QList<Environment> environments();
    static QString environmentName(Environment environment);
    static QString environmentKey(Environment environment);
    static Environment environmentFromKey(const QString &key);
};
