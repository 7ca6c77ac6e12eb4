#pragma once

#include "AccessToken.h"
#include "ErrorBanner.h"
#include "ScopedConfirmation.h"
#include "TokenOperations.h"

#include <QObject>
#include <functional>

class QAction;
class QDialog;
class QItemSelectionModel;
class QMenu;
class TokenFilterProxyModel;
class TokenTableModel;

// What help-desk staff and admins come for, as the window offers it: create, update, revoke and
// delete tokens, one at a time or in bulk, each destructive step confirmed with its scope named and
// each outcome reported. The changes themselves (and their audit lines) are TokenOperations'; this
// class asks, shows and keeps the table's rows in step with what the server confirmed. Nothing modal
// runs inside a reply: dialogs and boxes open with open().
class TokenActions : public QObject
{
    Q_OBJECT

public:
    // selection is the table's, over proxy, whose source is model.
    TokenActions(TokenOperations *operations, TokenTableModel *model, TokenFilterProxyModel *proxy,
                 QItemSelectionModel *selection, QWidget *window);

    // Adds the token actions to a menu (the Token menu and the table's context menu share them).
    void addTo(QMenu *menu) const;
    // The connection every confirmation names.
    void setConnection(const ScopedConfirmation::Connection &connection) { m_connection = connection; }
    const ScopedConfirmation::Connection &connection() const { return m_connection; }
    // For the toolbar.
    QList<QAction *> toolbarActions() const { return {m_create, m_update, m_revoke}; }
    // Their keys (Delete, Shift+Delete) belong to the table, so Delete in a search field deletes text.
    QList<QAction *> tableActions() const { return {m_revoke, m_delete}; }

    void createToken();
    void updateCurrentToken();
    void revokeSelected();
    void deleteSelected();
    void revokeAllOfSubject();
    void revokeAllOfSubjectForClient();
    void revokeAllOfClient();
    // Every token of the owner, as the search named it (never a row's): counted, confirmed, revoked.
    void revokeAllOf(const TokenOperations::Owner &owner);
    // The owner of the window's active search (empty: none); the revoke-all actions act on it.
    void setSearchOwner(const TokenOperations::Owner &owner);

    // The token of the one selected row; none when no row or several are selected. What the details
    // pane shows and what Update… and the row-based revoke-alls act on.
    std::optional<AccessToken> soleSelectedToken() const;
    // The rows the user chose, as the token actions target them.
    QList<AccessToken> selectedTokens() const;

signals:
    // The selection changed (or the rows under it did): whatever shows the chosen token follows.
    void chosenChanged();
    // For the window's banner.
    void message(ErrorBanner::Kind kind, const QString &text);
    // The server changed more rows than the table knows of (a revoke-all): load them again.
    void refreshNeeded();

private:
    enum class Scope { Subject, SubjectAndClient, Client };

    void onSelectionChanged();
    void updateActionTexts();
    void runBulk(BulkTokenAction::Kind kind, const QList<AccessToken> &tokens);
    void revokeAll(Scope scope);
    QString ownerText(const TokenOperations::Owner &owner) const;
    // A client as a confirmation names it: its name (invisible characters shown) and ID.
    QString clientShown(qint64 clientId) const;
    void openDialog(QDialog *dialog, std::function<void()> accepted = {});
    void showValues(const QString &accessToken, const QString &refreshToken);

    void onCreated(const TokenOperations::Created &result);
    void onUpdated(const TokenOperations::Updated &result);
    void onBulkFinished(const TokenOperations::BulkFinished &result);
    void onCounted(const TokenOperations::Counted &result);
    void onRevokedAll(const TokenOperations::RevokedAll &result);

    TokenOperations *m_operations;
    TokenTableModel *m_model;
    TokenFilterProxyModel *m_proxy;
    QItemSelectionModel *m_selection;
    QWidget *m_window;
    QAction *m_create;
    QAction *m_update;
    QAction *m_revoke;
    QAction *m_delete;
    QAction *m_revokeSubject;
    QAction *m_revokeSubjectClient;
    QAction *m_revokeClient;
    TokenOperations::Owner m_searchOwner;
    ScopedConfirmation::Connection m_connection;
};
