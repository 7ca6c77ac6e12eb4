#pragma once

#include "TokenOperations.h"

#include <QObject>

class ErrorBanner;
class QAction;
class QStatusBar;
class QTableView;
class TokenFilterProxyModel;
class TokenListSession;
class TokenTableModel;

// Finds a token by its value, which is what a user or a log hands help-desk staff: the value's hash
// (as the list shows it) selects the row; a token not loaded is offered a load of all, and one the
// list does not show at all can still be revoked by its value. The value is never kept, logged or
// shown: only its hash is.
class TokenValueFinder : public QObject
{
    Q_OBJECT

public:
    TokenValueFinder(TokenOperations *operations, TokenListSession *session, TokenTableModel *model,
                     TokenFilterProxyModel *proxy, QTableView *table, ErrorBanner *banner,
                     QStatusBar *statusBar, QWidget *window);

    // "Find by value…": asks for the value (without a nested event loop) and finds it.
    QAction *findAction() const { return m_find; }
    void find(const QString &value);
    // For text typed or pasted into the quick filter: true when it is the value of a loaded token,
    // which is then selected; the caller then clears the filter, so the value does not stay on show.
    bool selectIfValue(const QString &text);
    // The user's load all ended: a value waiting for it is looked for again.
    void loadAllFinished();

signals:
    void loadAllRequested();

private:
    bool select(const QString &accessTokenHash);
    void offerRevokeByValue(const QString &value);
    void onRevokedValue(const TokenOperations::RevokedValue &result);

    TokenOperations *m_operations;
    TokenListSession *m_session;
    TokenTableModel *m_model;
    TokenFilterProxyModel *m_proxy;
    QTableView *m_table;
    ErrorBanner *m_banner;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QAction *m_find;
    // The value a load all was asked for, held in memory until that load ends, then dropped.
    QString m_waitingValue;
};
