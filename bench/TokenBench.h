#pragma once

#include "AuthleteClient.h"
#include "BenchOptions.h"
#include "BenchReport.h"
#include "SandboxProcess.h"
#include "TokenFilterProxyModel.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <functional>

// Runs one benchmark: starts tokendesk-sandbox, drives the window's own model, proxy, loader and bulk
// action through their public API, and reports every figure of the issue as one JSON object.
class TokenBench : public QObject
{
    Q_OBJECT

public:
    explicit TokenBench(const BenchOptions &options, QObject *parent = nullptr);

    // The JSON object (one line), or an empty array with *error set.
    QByteArray run(QString *error);

private:
    QString startSandbox();
    QString measureFirstPage();
    QString measureFullLoad();
    void measureFilter();
    void measureSort();
    QString measureSequentialWindows();
    QString measureBulkRevoke(const QList<AccessToken> &tokens);
    QString measureSequentialRevoke(const QList<AccessToken> &tokens);
    QList<AccessToken> tokensToRevoke() const;

    // Waits for one call and tells its error (None when it succeeded).
    ApiError await(ApiCall *call);
    void record(const char *key, double value);

    BenchOptions m_options;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    AuthleteClient m_client;
    TokenListSession m_session;
    TokenTableModel m_model;
    TokenFilterProxyModel m_proxy;
    BenchReport m_report;
};
