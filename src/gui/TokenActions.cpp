#include "TokenActions.h"

#include "AuditLog.h"
#include "AuthleteClient.h"
#include "BulkTokenAction.h"
#include "CreateTokenDialog.h"
#include "ErrorBanner.h"
#include "MessageBox.h"
#include "NewTokenValuesDialog.h"
#include "TokenFilterProxyModel.h"
#include "TokenHash.h"
#include "TokenListSession.h"
#include "TokenLocator.h"
#include "TokenTableModel.h"
#include "UpdateTokenDialog.h"

#include <QAction>
#include <QDateTime>
#include <QMenu>
#include <QProgressDialog>
#include <QSet>
#include <QTableView>

namespace {

// Said wherever the choice between the two is made.
QString revokeVersusDelete()
{
    return TokenActions::tr(
        "Revoking ends the access token and its refresh token at once; deleting removes the "
        "token's record from Authlete's database.");
}

QString shortHash(const QString &hash)
{
    return hash.left(12) + QStringLiteral("…");
}

QString describe(const AccessToken &token, const QString &client)
{
    return token.subject.isEmpty() ? TokenActions::tr("the client-credentials token %1 of client %2")
                                         .arg(shortHash(token.accessTokenHash), client)
                                   : TokenActions::tr("the token %1 of %2 for client %3")
                                         .arg(shortHash(token.accessTokenHash), token.subject, client);
}

AccessToken tokenFromCreation(const TokenCreateResponse &created)
{
    AccessToken token;
    token.accessTokenHash = TokenHash::of(created.accessToken);
    token.refreshTokenHash = created.refreshToken.isEmpty() ? QString() : TokenHash::of(created.refreshToken);
    token.accessTokenExpiresAt = created.expiresAt;
    token.createdAt = QDateTime::currentMSecsSinceEpoch();
    token.clientId = created.clientId;
    token.subject = created.subject;
    token.grantType = GrantType::fromName(created.grantType);
    token.scopes = created.scopes;
    token.properties = created.properties;
    token.refreshTokenScopes = created.refreshTokenScopes;
    return token;
}

} // namespace

TokenActions::TokenActions(AuthleteClient *client, TokenTableModel *model, TokenFilterProxyModel *proxy,
                           QTableView *table, ErrorBanner *banner, AuditLog *auditLog, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_model(model)
    , m_proxy(proxy)
    , m_table(table)
    , m_banner(banner)
    , m_auditLog(auditLog)
    , m_window(window)
    , m_create(new QAction(
          QIcon::fromTheme(QStringLiteral("document-new"), QIcon(QStringLiteral(":/icons/new.svg"))),
          tr("&New token…"), this))
    , m_update(new QAction(
          QIcon::fromTheme(QStringLiteral("document-edit"), QIcon(QStringLiteral(":/icons/edit.svg"))),
          tr("&Update…"), this))
    , m_revoke(new QAction(
          QIcon::fromTheme(QStringLiteral("edit-delete"), QIcon(QStringLiteral(":/icons/revoke.svg"))),
          tr("&Revoke"), this))
    , m_delete(new QAction(tr("&Delete record"), this))
    , m_revokeSubject(new QAction(this))
    , m_revokeSubjectClient(new QAction(this))
    , m_revokeClient(new QAction(this))
    , m_formEncodedRevoke(new QAction(tr("Send revocations &form-encoded"), this))
{
    // The API takes revoke requests as JSON or form-encoded; both are reachable, JSON by default.
    m_formEncodedRevoke->setObjectName(QStringLiteral("actionRevokeFormEncoded"));
    m_formEncodedRevoke->setCheckable(true);
    m_create->setObjectName(QStringLiteral("actionCreate"));
    m_create->setShortcut(QKeySequence::New);
    m_update->setObjectName(QStringLiteral("actionUpdate"));
    m_update->setToolTip(tr("Change the scopes, expiry or properties of the selected token (Enter)"));
    m_revoke->setObjectName(QStringLiteral("actionRevoke"));
    m_revoke->setShortcut(QKeySequence::Delete);
    m_revoke->setToolTip(revokeVersusDelete());
    m_delete->setObjectName(QStringLiteral("actionDelete"));
    m_delete->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_delete->setToolTip(revokeVersusDelete());
    m_revokeSubject->setObjectName(QStringLiteral("actionRevokeSubject"));
    m_revokeSubjectClient->setObjectName(QStringLiteral("actionRevokeSubjectClient"));
    m_revokeClient->setObjectName(QStringLiteral("actionRevokeClient"));
    // The table owns the keyboard shortcuts, so Delete in a search field still deletes text.
    for (QAction *action : {m_update, m_revoke, m_delete})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addActions({m_revoke, m_delete});

    connect(m_create, &QAction::triggered, this, &TokenActions::createToken);
    connect(m_update, &QAction::triggered, this, &TokenActions::updateCurrentToken);
    connect(m_revoke, &QAction::triggered, this, &TokenActions::revokeSelected);
    connect(m_delete, &QAction::triggered, this, &TokenActions::deleteSelected);
    connect(m_revokeSubject, &QAction::triggered, this, &TokenActions::revokeAllOfSubject);
    connect(m_revokeSubjectClient, &QAction::triggered, this, &TokenActions::revokeAllOfSubjectForClient);
    connect(m_revokeClient, &QAction::triggered, this, &TokenActions::revokeAllOfClient);
    connect(m_table, &QTableView::activated, this, &TokenActions::updateCurrentToken);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokenActions::updateActionTexts);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TokenActions::updateActionTexts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokenActions::updateActionTexts);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(m_table);
        addTo(&menu);
        menu.addSeparator();
        menu.addActions(m_contextExtras);
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    updateActionTexts();
}

void TokenActions::setConnectionName(const QString &profile, const QString &serviceId)
{
    m_profile = profile;
    m_serviceId = serviceId;
}

void TokenActions::addTo(QMenu *menu) const
{
    menu->addAction(m_create);
    menu->addAction(m_update);
    menu->addSeparator();
    menu->addAction(m_revoke);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_revokeSubject);
    menu->addAction(m_revokeSubjectClient);
    menu->addAction(m_revokeClient);
    menu->addAction(m_formEncodedRevoke);
}

std::optional<AccessToken> TokenActions::currentToken() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->selectionModel()->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_model->tokenAt(current.row());
}

QList<AccessToken> TokenActions::selectedTokens() const
{
    QList<AccessToken> tokens;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        tokens.append(m_model->tokenAt(m_proxy->mapToSource(row).row()));
    return tokens;
}

void TokenActions::updateActionTexts()
{
    const std::optional<AccessToken> token = currentToken();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_update->setEnabled(token.has_value());
    m_revoke->setEnabled(selected > 0);
    m_delete->setEnabled(selected > 0);
    m_revoke->setText(selected > 1 ? tr("&Revoke %Ln tokens", nullptr, selected) : tr("&Revoke"));
    m_delete->setText(selected > 1 ? tr("&Delete %Ln token records", nullptr, selected)
                                   : tr("&Delete record"));
    const QString subject = token ? token->subject : QString();
    const QString client = token ? m_model->clientText(token->clientId) : QString();
    m_revokeSubject->setText(subject.isEmpty() ? tr("Revoke all tokens of the subject…")
                                               : tr("Revoke all tokens of %1…").arg(subject));
    m_revokeSubject->setEnabled(!subject.isEmpty());
    m_revokeSubjectClient->setText(subject.isEmpty()
                                       ? tr("Revoke all tokens of the subject for the client…")
                                       : tr("Revoke all tokens of %1 for %2…").arg(subject, client));
    m_revokeSubjectClient->setEnabled(!subject.isEmpty());
    m_revokeClient->setText(token ? tr("Revoke all tokens of %1…").arg(client)
                                  : tr("Revoke all tokens of the client…"));
    m_revokeClient->setEnabled(token.has_value());
}

void TokenActions::audit(AuditEntry entry) const
{
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = m_profile;
    entry.serviceId = m_serviceId;
    QString error;
    if (!m_auditLog->append(entry, &error))
        m_banner->showMessage(ErrorBanner::Kind::Error,
                              tr("The audit log could not be written: %1").arg(error));
}

void TokenActions::showApiError(const QString &title, const ApiError &error) const
{
    MessageBox::warning(m_window, title, error.message());
}

void TokenActions::revokeSelected()
{
    runBulk(true, selectedTokens());
}

void TokenActions::deleteSelected()
{
    runBulk(false, selectedTokens());
}

void TokenActions::runBulk(bool revoke, const QList<AccessToken> &tokens)
{
    if (tokens.isEmpty())
        return;
    QString what;
    if (tokens.size() == 1) {
        what = describe(tokens.first(), m_model->clientText(tokens.first().clientId));
    } else {
        QSet<QString> subjects;
        for (const AccessToken &token : tokens)
            subjects.insert(token.subject);
        what = tr("%Ln selected tokens", nullptr, int(tokens.size())) + QLatin1Char(' ') +
               tr("(of %Ln subjects)", nullptr, int(subjects.size()));
    }
    const QString question = revoke ? tr("Revoke %1?").arg(what) : tr("Delete the record of %1?").arg(what);
    const QMessageBox::StandardButton answer =
        MessageBox::question(m_window, revoke ? tr("Revoke tokens") : tr("Delete token records"),
                             question + QStringLiteral("\n\n") + revokeVersusDelete(),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;

    QList<BulkTokenAction::Target> targets;
    for (const AccessToken &token : tokens)
        targets.append({token.accessTokenHash, token.subject, token.clientId});
    auto *action = new BulkTokenAction(
        m_client, revoke ? BulkTokenAction::Kind::Revoke : BulkTokenAction::Kind::Delete, targets, this);
    action->setEncoding(m_formEncodedRevoke->isChecked() ? AuthleteClient::BodyEncoding::Form
                                                         : AuthleteClient::BodyEncoding::Json);
    auto *progress =
        new QProgressDialog(revoke ? tr("Revoking %Ln token(s)…", nullptr, int(tokens.size()))
                                   : tr("Deleting %Ln token record(s)…", nullptr, int(tokens.size())),
                            tr("Cancel"), 0, int(tokens.size()), m_window);
    progress->setObjectName(QStringLiteral("bulkProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, action, &BulkTokenAction::cancel);
    connect(action, &BulkTokenAction::progress, progress, &QProgressDialog::setValue);

    // Confirmed rows leave in batches, so that 1,000 revocations do not mean 1,000 model updates.
    auto gone = std::make_shared<QSet<QString>>();
    connect(action, &BulkTokenAction::tokenFinished, this,
            [this, revoke, gone](const BulkTokenAction::Outcome &outcome) {
                // A 404 says the token no longer exists: the row goes either way, the outcome stays a
                // failure.
                if (!outcome.error || outcome.error.httpStatus == 404)
                    gone->insert(outcome.target.accessTokenHash);
                if (outcome.error.kind == ApiError::Kind::Cancelled)
                    return;
                AuditEntry entry;
                entry.operation = revoke ? QStringLiteral("revoke") : QStringLiteral("delete");
                entry.accessTokenHash = outcome.target.accessTokenHash;
                entry.subject = outcome.target.subject;
                entry.clientIdentifier = QString::number(outcome.target.clientId);
                entry.outcome = outcome.error ? QStringLiteral("failed") : QStringLiteral("ok");
                entry.resultCode = outcome.error.resultCode;
                entry.count = outcome.error ? 0 : 1;
                entry.detail =
                    outcome.error
                        ? outcome.error.message()
                        : (outcome.confirmedByLookup ? tr("confirmed by looking the token up") : QString());
                audit(entry);
            });
    connect(action, &BulkTokenAction::finished, this, [this, action, progress, revoke, gone] {
        progress->deleteLater();
        action->deleteLater();
        m_model->removeTokens(*gone);
        const int done = int(action->outcomes().size()) - action->failedCount();
        QStringList failures;
        int cancelled = 0;
        for (const BulkTokenAction::Outcome &outcome : action->outcomes()) {
            if (outcome.error.kind == ApiError::Kind::Cancelled)
                ++cancelled;
            else if (outcome.error)
                failures.append(
                    tr("%1 (%2): %3")
                        .arg(outcome.target.accessTokenHash,
                             outcome.target.subject.isEmpty() ? tr("no subject") : outcome.target.subject,
                             outcome.error.message()));
        }
        const QString summary = revoke ? tr("%Ln token(s) revoked.", nullptr, done)
                                       : tr("%Ln token record(s) deleted.", nullptr, done);
        if (failures.isEmpty() && cancelled == 0) {
            m_banner->showMessage(ErrorBanner::Kind::Info, summary);
        } else {
            QString text = summary;
            if (cancelled > 0)
                text += QLatin1Char(' ') + tr("%Ln not attempted (cancelled).", nullptr, cancelled);
            if (!failures.isEmpty())
                text += QLatin1Char('\n') + tr("%Ln failed:", nullptr, int(failures.size())) +
                        QLatin1Char('\n') + failures.join(QLatin1Char('\n'));
            MessageBox::warning(m_window, revoke ? tr("Revoke tokens") : tr("Delete token records"), text);
            m_banner->showMessage(ErrorBanner::Kind::Error, text.section(QLatin1Char('\n'), 0, 1));
        }
        emit tokensChanged();
    });
    action->start();
}

void TokenActions::revokeAllOfSubject()
{
    revokeAll(Scope::Subject);
}

void TokenActions::revokeAllOfSubjectForClient()
{
    revokeAll(Scope::SubjectAndClient);
}

void TokenActions::revokeAllOfClient()
{
    revokeAll(Scope::Client);
}

void TokenActions::revokeAll(Scope scope)
{
    const std::optional<AccessToken> token = currentToken();
    if (!token)
        return;
    TokenRevokeRequest request;
    if (scope != Scope::Client)
        request.subject = token->subject;
    if (scope != Scope::Subject)
        request.clientIdentifier = QString::number(token->clientId);
    const QString client = m_model->clientText(token->clientId);
    const QString what = scope == Scope::Subject  ? tr("of %1, across all clients").arg(token->subject)
                         : scope == Scope::Client ? tr("of client %1, for every user").arg(client)
                                                  : tr("of %1 for client %2").arg(token->subject, client);

    // How many: an empty window with the same filter tells, without loading them.
    TokenListQuery count;
    count.subject = request.subject;
    count.clientIdentifier = request.clientIdentifier;
    count.start = 0;
    count.end = 0;
    ApiCall *counting = m_client->list(count);
    connect(counting, &ApiCall::finished, this, [this, counting, request, what] {
        if (counting->error()) {
            showApiError(tr("Revoke tokens"), counting->error());
            return;
        }
        const int total = counting->listPage()->totalCount;
        const QMessageBox::StandardButton answer =
            MessageBox::question(m_window, tr("Revoke tokens"),
                                 tr("Revoke all %Ln token(s) %1?", nullptr, total).arg(what) +
                                     QStringLiteral("\n\n") + revokeVersusDelete(),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        ApiCall *revoking =
            m_client->revoke(request, m_formEncodedRevoke->isChecked() ? AuthleteClient::BodyEncoding::Form
                                                                       : AuthleteClient::BodyEncoding::Json);
        connect(revoking, &ApiCall::finished, this, [this, revoking, request, what] {
            AuditEntry entry;
            entry.operation = QStringLiteral("revoke");
            entry.subject = request.subject;
            entry.clientIdentifier = request.clientIdentifier;
            if (const ApiError &error = revoking->error()) {
                entry.outcome = QStringLiteral("failed");
                entry.resultCode = error.resultCode;
                entry.detail = error.message();
                audit(entry);
                showApiError(tr("Revoke tokens"), error);
                return;
            }
            const TokenRevokeResponse &response = *revoking->revokeResponse();
            entry.outcome = QStringLiteral("ok");
            entry.resultCode = response.resultCode;
            entry.count = response.count;
            audit(entry);
            m_model->session()->refresh();
            m_banner->showMessage(
                ErrorBanner::Kind::Info,
                tr("The server revoked %Ln token(s) %1.", nullptr, response.count).arg(what));
            emit tokensChanged();
        });
    });
}

void TokenActions::createToken()
{
    CreateTokenDialog dialog(m_model->knownClients(), m_model->knownScopes(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TokenCreateRequest request = dialog.request();
    ApiCall *call = m_client->create(request, dialog.encoding());
    connect(call, &ApiCall::finished, this, [this, call, request] {
        AuditEntry entry;
        entry.operation = QStringLiteral("create");
        entry.subject = request.subject;
        entry.clientIdentifier =
            request.clientId ? QString::number(*request.clientId) : request.clientIdentifier;
        if (const ApiError &error = call->error()) {
            entry.outcome = QStringLiteral("failed");
            entry.resultCode = error.resultCode;
            entry.detail = error.message();
            audit(entry);
            showApiError(tr("New token"), error);
            return;
        }
        const TokenCreateResponse created = *call->createResponse();
        const AccessToken token = tokenFromCreation(created);
        entry.accessTokenHash = token.accessTokenHash;
        entry.outcome = QStringLiteral("ok");
        entry.resultCode = created.resultCode;
        entry.count = 1;
        audit(entry);
        m_model->addToken(token);
        // The values exist only in this reply: they are shown before anything else can go wrong.
        NewTokenValuesDialog values(created.accessToken, created.refreshToken, m_window);
        values.exec();
        // What the list itself says (refresh expiry, exact creation time) replaces our reconstruction.
        auto *locator = new TokenLocator(m_client, this);
        locator->find(token.accessTokenHash, token.subject, token.clientId,
                      [this, locator, hash = token.accessTokenHash](const TokenLocator::Result &found) {
                          locator->deleteLater();
                          if (found.token)
                              m_model->replaceToken(hash, *found.token);
                      });
    });
}

void TokenActions::updateCurrentToken()
{
    const std::optional<AccessToken> token = currentToken();
    if (!token)
        return;
    UpdateTokenDialog dialog(*token, m_model->knownScopes(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TokenUpdateRequest request = dialog.request();
    ApiCall *call = m_client->update(request, dialog.encoding());
    connect(call, &ApiCall::finished, this, [this, call, request, original = *token] {
        AuditEntry entry;
        entry.operation = QStringLiteral("update");
        entry.accessTokenHash = original.accessTokenHash;
        entry.subject = original.subject;
        entry.clientIdentifier = QString::number(original.clientId);
        if (const ApiError &error = call->error()) {
            entry.outcome = QStringLiteral("failed");
            entry.resultCode = error.resultCode;
            entry.detail = error.message();
            audit(entry);
            showApiError(tr("Update token"), error);
            return;
        }
        const TokenUpdateResponse updated = *call->updateResponse();
        entry.outcome = QStringLiteral("ok");
        entry.resultCode = updated.resultCode;
        entry.count = 1;
        const bool reissued =
            request.accessTokenValueUpdated.value_or(false) && !updated.accessToken.isEmpty();
        const QString newHash = reissued ? TokenHash::of(updated.accessToken) : original.accessTokenHash;
        if (reissued)
            entry.detail = tr("new access token value issued; new hash %1").arg(newHash);
        audit(entry);
        if (reissued) {
            NewTokenValuesDialog values(updated.accessToken, QString(), m_window);
            values.exec();
        }
        QStringList dropped;
        if (request.scopes) {
            for (const QString &scope : *request.scopes) {
                if (!updated.scopes.contains(scope))
                    dropped.append(scope);
            }
        }
        if (dropped.isEmpty())
            m_banner->showMessage(ErrorBanner::Kind::Info, tr("The token was updated."));
        else
            m_banner->showMessage(
                ErrorBanner::Kind::Info,
                tr("The token was updated, but the server dropped %Ln scope(s) it does not allow "
                   "for this token: %1",
                   nullptr, int(dropped.size()))
                    .arg(dropped.join(QStringLiteral(", "))));
        // Re-read the row from the server: it is the truth, not what we asked for.
        auto *locator = new TokenLocator(m_client, this);
        locator->find(newHash, original.subject, original.clientId,
                      [this, locator, oldHash = original.accessTokenHash](const TokenLocator::Result &found) {
                          locator->deleteLater();
                          if (found.token)
                              m_model->replaceToken(oldHash, *found.token);
                      });
    });
}
