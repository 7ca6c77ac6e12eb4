#pragma once

#include "AccessToken.h"
#include "ApiError.h"

#include <QObject>

class AuditLog;
class AuthleteClient;
class ErrorBanner;
class QAction;
class QMenu;
class QTableView;
class TokenFilterProxyModel;
class TokenTableModel;
struct AuditEntry;

// What help-desk staff and admins come for: create, update, revoke and delete tokens, one at a time
// or in bulk, each destructive step confirmed with its scope named, each outcome reported and written
// to the audit log. Rows leave the table only when the server confirmed.
class TokenActions : public QObject
{
    Q_OBJECT

public:
    TokenActions(AuthleteClient *client, TokenTableModel *model, TokenFilterProxyModel *proxy,
                 QTableView *table, ErrorBanner *banner, AuditLog *auditLog, QWidget *window);

    // The profile and service the audit lines name.
    void setConnectionName(const QString &profile, const QString &serviceId);
    // Adds the token actions to a menu (the Token menu and the table's context menu share them).
    void addTo(QMenu *menu) const;
    // Also offered on the table's context menu (copying hashes).
    void addContextAction(QAction *action) { m_contextExtras.append(action); }
    // For the toolbar.
    QList<QAction *> toolbarActions() const { return {m_create, m_update, m_revoke}; }

    void createToken();
    void updateCurrentToken();
    void revokeSelected();
    void deleteSelected();
    void revokeAllOfSubject();
    void revokeAllOfSubjectForClient();
    void revokeAllOfClient();

signals:
    // A bulk action or a revoke-all finished; the window may want to refresh its counts.
    void tokensChanged();

private:
    enum class Scope { Subject, SubjectAndClient, Client };

    QList<AccessToken> selectedTokens() const;
    std::optional<AccessToken> currentToken() const;
    void updateActionTexts();
    void runBulk(bool revoke, const QList<AccessToken> &tokens);
    void revokeAll(Scope scope);
    void audit(AuditEntry entry) const;
    void showApiError(const QString &title, const ApiError &error) const;

    AuthleteClient *m_client;
    TokenTableModel *m_model;
    TokenFilterProxyModel *m_proxy;
    QTableView *m_table;
    ErrorBanner *m_banner;
    AuditLog *m_auditLog;
    QWidget *m_window;
    QString m_profile;
    QString m_serviceId;
    QAction *m_create;
    QAction *m_update;
    QAction *m_revoke;
    QAction *m_delete;
    QAction *m_revokeSubject;
    QAction *m_revokeSubjectClient;
    QAction *m_revokeClient;
    QAction *m_formEncodedRevoke;
    QList<QAction *> m_contextExtras;
};
