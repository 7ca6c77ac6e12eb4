#pragma once

#include "AuditLog.h"
#include "AuthleteClient.h"
#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QString>
#include <memory>

class QCommandLineParser;
class TokenOperations;

// The connection a command runs on, as the global options name it: a saved profile (the window's,
// with its secret from the same keychain) or a URL and service ID. The credential comes from the
// keychain or from the environment (AUTHLETE_BEARER; AUTHLETE_API_SECRET for v2), never from the
// command line, where other users of the machine could read it. Changes go to the window's audit log.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    CliSession();
    ~CliSession();

    // Adds --profile, --url, --service-id, --api, --api-key and --ca-file.
    static void addOptions(QCommandLineParser &parser);
    // Empty on success; else a sentence for the user. usageError tells a wrong option from a
    // connection that could not be opened.
    QString open(const QCommandLineParser &parser, bool *usageError);

    AuthleteClient *client() { return &m_client; }
    // The one TokenOperations of this run; its audit lines name the command and the reason.
    TokenOperations *operations(const QString &command, const QString &reason);
    // "“Prod JP” (production), service 1234 at https://jp.authlete.com": what a confirmation names.
    QString description() const;

private:
    QNetworkAccessManager m_network;
    AuthleteClient m_client;
    AuditLog m_auditLog;
    std::unique_ptr<TokenOperations> m_operations;
    QString m_profile;
    ConnectionSettings m_settings;
};
