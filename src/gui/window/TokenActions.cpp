#include "TokenActions.h"

#include "CreateTokenDialog.h"
#include "MessageBox.h"
#include "NewTokenValuesDialog.h"
#include "SemanticColors.h"
#include "ServerText.h"
#include "TokenFilterProxyModel.h"
#include "TokenTableModel.h"
#include "UpdateTokenDialog.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QSet>

namespace {

// Beyond this many tokens a confirmation asks for a typed name, not a click.
constexpr int kTypedConfirmationAbove = 100;
// How many of the selected tokens a confirmation lists one by one.
constexpr int kListedTokens = 100;

// Said where the choice between the two is made (the actions' tool tips); each confirmation speaks of
// its own step only.
QString revokeVersusDelete()
{
    return TokenActions::tr(
        "Revoking ends the access token and its refresh token at once; deleting removes the "
        "token's record from Authlete's database.");
}

QString consequenceOf(BulkTokenAction::Kind kind)
{
    return kind == BulkTokenAction::Kind::Revoke
               ? TokenActions::tr("Revoking ends the access token and its refresh token at once: the client "
                                  "can no longer use them.")
               : TokenActions::tr("Deleting removes the token's record from Authlete's database; the token "
                                  "stops working and its record cannot be restored.");
}

QString shortHash(const QString &hash)
{
    return hash.left(12) + QStringLiteral("…");
}

QString subjectText(const QString &subject)
{
    return subject.isEmpty() ? TokenActions::tr("(none: a client-credentials token)")
                             : ServerText::revealed(subject);
}

} // namespace

TokenActions::TokenActions(TokenOperations *operations, TokenTableModel *model, TokenFilterProxyModel *proxy,
                           QItemSelectionModel *selection, QWidget *window)
    : QObject(window)
    , m_operations(operations)
    , m_model(model)
    , m_proxy(proxy)
    , m_selection(selection)
    , m_window(window)
    , m_create(new QAction(QIcon::fromTheme(QStringLiteral("document-new"),
                                            SemanticColors::icon(QStringLiteral(":/icons/new.svg"))),
                           tr("&New token…"), this))
    , m_update(new QAction(QIcon::fromTheme(QStringLiteral("document-edit"),
                                            SemanticColors::icon(QStringLiteral(":/icons/edit.svg"))),
                           tr("&Update…"), this))
    , m_revoke(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete"),
                                            SemanticColors::icon(QStringLiteral(":/icons/revoke.svg"))),
                           tr("&Revoke"), this))
    , m_delete(new QAction(tr("&Delete record"), this))
    , m_revokeSubject(new QAction(this))
    , m_revokeSubjectClient(new QAction(this))
    , m_revokeClient(new QAction(this))
{
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
    for (QAction *action : {m_update, m_revoke, m_delete})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_create, &QAction::triggered, this, &TokenActions::createToken);
    connect(m_update, &QAction::triggered, this, &TokenActions::updateCurrentToken);
    connect(m_revoke, &QAction::triggered, this, &TokenActions::revokeSelected);
    connect(m_delete, &QAction::triggered, this, &TokenActions::deleteSelected);
    connect(m_revokeSubject, &QAction::triggered, this, &TokenActions::revokeAllOfSubject);
    connect(m_revokeSubjectClient, &QAction::triggered, this, &TokenActions::revokeAllOfSubjectForClient);
    connect(m_revokeClient, &QAction::triggered, this, &TokenActions::revokeAllOfClient);
    // Rows leave the selection when a quick filter hides them, a bulk action removes them or the list
    // is loaded again, and then the selection model moves the current index to a neighbour nobody
    // chose: the selection is what counts.
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &TokenActions::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TokenActions::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TokenActions::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TokenActions::onSelectionChanged);
    // The server's re-read of a row just updated replaces it in place: the pane must not keep old scopes.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndexList rows = m_selection->selectedRows();
                if (rows.size() == 1 && rows.first().row() >= topLeft.row() &&
                    rows.first().row() <= bottomRight.row())
                    emit chosenChanged();
            });

    connect(m_operations, &TokenOperations::created, this, &TokenActions::onCreated);
    connect(m_operations, &TokenOperations::updated, this, &TokenActions::onUpdated);
    connect(m_operations, &TokenOperations::rowRead, m_model, &TokenTableModel::replaceToken);
    connect(m_operations, &TokenOperations::bulkFinished, this, &TokenActions::onBulkFinished);
    connect(m_operations, &TokenOperations::counted, this, &TokenActions::onCounted);
    connect(m_operations, &TokenOperations::revokedAll, this, &TokenActions::onRevokedAll);
    connect(m_operations, &TokenOperations::auditFailed, this,
            [this](const QString &error) { emit message(ErrorBanner::Kind::Error, error); });
    updateActionTexts();
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
}

std::optional<AccessToken> TokenActions::soleSelectedToken() const
{
    const QModelIndexList rows = m_selection->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_model->tokenAt(m_proxy->mapToSource(rows.first()).row());
}

QList<AccessToken> TokenActions::selectedTokens() const
{
    QList<AccessToken> tokens;
    const QModelIndexList rows = m_selection->selectedRows();
    for (const QModelIndex &row : rows)
        tokens.append(m_model->tokenAt(m_proxy->mapToSource(row).row()));
    return tokens;
}

void TokenActions::onSelectionChanged()
{
    // A current row without a selection would be a row the next key press acts on unseen.
    if (!m_selection->hasSelection() && m_selection->currentIndex().isValid())
        m_selection->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    updateActionTexts();
    emit chosenChanged();
}

void TokenActions::updateActionTexts()
{
    const std::optional<AccessToken> token = soleSelectedToken();
    const int selected = int(m_selection->selectedRows().size());
    m_update->setEnabled(token.has_value());
    m_revoke->setEnabled(selected > 0);
    m_delete->setEnabled(selected > 0);
    m_revoke->setText(selected > 1 ? tr("&Revoke %Ln tokens", nullptr, selected) : tr("&Revoke"));
    m_delete->setText(selected > 1 ? tr("&Delete %Ln token records", nullptr, selected)
                                   : tr("&Delete record"));
    // The revoke-all actions name what was searched, never the current row: a row nobody chose must
    // not decide whose tokens end.
    const QString subject = m_searchOwner.subject;
    const QString clientId = m_searchOwner.clientIdentifier;
    const QString client = clientId.isEmpty() ? QString() : m_model->clientText(clientId.toLongLong());
    m_revokeSubject->setText(subject.isEmpty() ? tr("Revoke all token&s of the subject…")
                                               : tr("Revoke all token&s of %1…", "subject").arg(subject));
    m_revokeSubject->setEnabled(!subject.isEmpty());
    m_revokeSubjectClient->setText(subject.isEmpty() || clientId.isEmpty()
                                       ? tr("Revoke all tokens of the subject &for the client…")
                                       : tr("Revoke all tokens of %1 &for %2…").arg(subject, client));
    m_revokeSubjectClient->setEnabled(!subject.isEmpty() && !clientId.isEmpty());
    m_revokeClient->setText(clientId.isEmpty() ? tr("Revoke all tokens of the c&lient…")
                                               : tr("Revoke a&ll tokens of %1…", "client").arg(client));
    m_revokeClient->setEnabled(!clientId.isEmpty());
}

void TokenActions::setSearchOwner(const TokenOperations::Owner &owner)
{
    m_searchOwner = owner;
    updateActionTexts();
}

void TokenActions::openDialog(QDialog *dialog, std::function<void()> accepted)
{
    if (accepted)
        connect(dialog, &QDialog::accepted, this, std::move(accepted));
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void TokenActions::showValues(const QString &accessToken, const QString &refreshToken)
{
    openDialog(new NewTokenValuesDialog(accessToken, refreshToken, m_window));
}

void TokenActions::revokeSelected()
{
    runBulk(BulkTokenAction::Kind::Revoke, selectedTokens());
}

void TokenActions::deleteSelected()
{
    runBulk(BulkTokenAction::Kind::Delete, selectedTokens());
}

QString TokenActions::clientShown(qint64 clientId) const
{
    const std::optional<ClientLimited> client = m_model->client(clientId);
    if (!client)
        return QString::number(clientId);
    return tr("%1 (ID %2)").arg(ServerText::revealed(client->displayName(), 80)).arg(clientId);
}

void TokenActions::runBulk(BulkTokenAction::Kind kind, const QList<AccessToken> &tokens)
{
    if (tokens.isEmpty())
        return;
    const bool revoke = kind == BulkTokenAction::Kind::Revoke;
    const int count = int(tokens.size());
    ScopedConfirmation::Request request;
    request.title = revoke ? tr("Revoke tokens") : tr("Delete token records");
    request.consequence = consequenceOf(kind);
    if (count == 1) {
        const AccessToken &token = tokens.first();
        request.question =
            revoke ? tr("Revoke this access token?") : tr("Delete the record of this access token?");
        request.facts = {{tr("Subject:"), subjectText(token.subject)},
                         {tr("Client:"), clientShown(token.clientId)},
                         {tr("Access token hash:"), token.accessTokenHash, true}};
        request.confirmText = revoke ? tr("&Revoke") : tr("&Delete record");
    } else {
        QSet<QString> subjects;
        for (const AccessToken &token : tokens)
            subjects.insert(token.subject);
        request.question = revoke ? tr("Revoke the %Ln selected tokens?", nullptr, count)
                                  : tr("Delete the records of the %Ln selected tokens?", nullptr, count);
        request.facts = {{tr("Subjects:"), QString::number(subjects.size())}};
        for (const AccessToken &token : tokens.first(qMin(count, kListedTokens)))
            request.items.append(tr("%1  %2  %3")
                                     .arg(shortHash(token.accessTokenHash), subjectText(token.subject),
                                          clientShown(token.clientId)));
        if (count > kListedTokens)
            request.items.append(tr("… and %Ln more", nullptr, count - kListedTokens));
        request.confirmText = revoke ? tr("&Revoke %Ln tokens", nullptr, count)
                                     : tr("&Delete %Ln token records", nullptr, count);
        if (count > kTypedConfirmationAbove) {
            request.typedPhrase = QString::number(count);
            request.typedLabel = tr("Type the number of tokens, %1, to confirm:").arg(request.typedPhrase);
        }
    }
    request.asksReason = true;
    ScopedConfirmation::ask(
        m_window, request, m_connection, [this, revoke, tokens, count](const QString &reason) {
            // The reason goes into this action's audit lines only (TokenOperations takes it as it starts).
            m_operations->setReason(reason);
            BulkTokenAction *action = revoke ? m_operations->revoke(tokens) : m_operations->remove(tokens);
            m_operations->setReason(QString());
            auto *progress = new QProgressDialog(revoke ? tr("Revoking %Ln tokens…", nullptr, count)
                                                        : tr("Deleting %Ln token records…", nullptr, count),
                                                 tr("Cancel"), 0, count, m_window);
            progress->setObjectName(QStringLiteral("bulkProgress"));
            progress->setWindowModality(Qt::WindowModal);
            progress->setMinimumDuration(400);
            progress->setAutoClose(false);
            progress->setAutoReset(false);
            connect(progress, &QProgressDialog::canceled, action, &BulkTokenAction::cancel);
            connect(action, &BulkTokenAction::progress, progress, &QProgressDialog::setValue);
            connect(action, &BulkTokenAction::finished, progress, &QObject::deleteLater);
        });
}

void TokenActions::onBulkFinished(const TokenOperations::BulkFinished &result)
{
    const bool revoke = result.kind == BulkTokenAction::Kind::Revoke;
    m_model->removeTokens(result.gone());
    QStringList failures;
    for (const BulkTokenAction::Outcome &outcome : result.failures())
        failures.append(tr("%1 (%2): %3")
                            .arg(outcome.target.accessTokenHash,
                                 outcome.target.subject.isEmpty() ? tr("no subject") : outcome.target.subject,
                                 outcome.error.message()));
    const int done = result.succeeded();
    const int cancelled = result.cancelled();
    const QString summary =
        revoke ? tr("%Ln tokens revoked.", nullptr, done) : tr("%Ln token records deleted.", nullptr, done);
    if (failures.isEmpty() && cancelled == 0) {
        emit message(ErrorBanner::Kind::Success, summary);
        return;
    }
    QString text = summary;
    if (cancelled > 0)
        text += QLatin1Char(' ') + tr("%Ln not attempted (cancelled).", nullptr, cancelled);
    if (!failures.isEmpty())
        text += QLatin1Char('\n') + tr("%Ln failed:", nullptr, int(failures.size())) + QLatin1Char('\n') +
                failures.join(QLatin1Char('\n'));
    MessageBox::warn(m_window, revoke ? tr("Revoke tokens") : tr("Delete token records"), text);
    emit message(ErrorBanner::Kind::Error, text.section(QLatin1Char('\n'), 0, 1));
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
    // A scope whose part the search did not name is not widened to the part it did.
    if ((scope != Scope::Client && m_searchOwner.subject.isEmpty()) ||
        (scope != Scope::Subject && m_searchOwner.clientIdentifier.isEmpty()))
        return;
    TokenOperations::Owner owner;
    if (scope != Scope::Client)
        owner.subject = m_searchOwner.subject;
    if (scope != Scope::Subject)
        owner.clientIdentifier = m_searchOwner.clientIdentifier;
    revokeAllOf(owner);
}

void TokenActions::revokeAllOf(const TokenOperations::Owner &owner)
{
    if (owner.subject.isEmpty() && owner.clientIdentifier.isEmpty())
        return;
    // How many first, so that the confirmation can say.
    m_operations->countAll(owner);
}

QString TokenActions::ownerText(const TokenOperations::Owner &owner) const
{
    const QString client = m_model->clientText(owner.clientIdentifier.toLongLong());
    //: Completes "Revoke all 5 tokens %1?" and "The server revoked 5 tokens %1."
    if (owner.clientIdentifier.isEmpty())
        return tr("of %1, across all clients").arg(owner.subject);
    if (owner.subject.isEmpty())
        return tr("of client %1, for every user").arg(client);
    return tr("of %1 for client %2").arg(owner.subject, client);
}

void TokenActions::onCounted(const TokenOperations::Counted &result)
{
    if (result.error) {
        MessageBox::warn(m_window, tr("Revoke tokens"), result.error.message());
        return;
    }
    if (result.total == 0) {
        emit message(ErrorBanner::Kind::Info,
                     tr("There are no tokens %1 to revoke.").arg(ownerText(result.owner)));
        return;
    }
    const TokenOperations::Owner &owner = result.owner;
    const int total = result.total;
    const qint64 clientId = owner.clientIdentifier.toLongLong();
    ScopedConfirmation::Request request;
    request.title = tr("Revoke tokens");
    request.consequence = consequenceOf(BulkTokenAction::Kind::Revoke);
    request.confirmText = tr("&Revoke %Ln tokens", nullptr, total);
    if (owner.clientIdentifier.isEmpty()) {
        request.question = tr("Revoke all %Ln tokens of %1, across all clients?", nullptr, total)
                               .arg(ServerText::revealed(owner.subject, 80));
    } else if (owner.subject.isEmpty()) {
        request.question = tr("Revoke all %Ln tokens of client %1, for every user?", nullptr, total)
                               .arg(clientShown(clientId));
    } else {
        request.question = tr("Revoke all %Ln tokens of %1 for client %2?", nullptr, total)
                               .arg(ServerText::revealed(owner.subject, 80), clientShown(clientId));
    }
    if (!owner.subject.isEmpty())
        request.facts.append({tr("Subject:"), subjectText(owner.subject)});
    if (!owner.clientIdentifier.isEmpty())
        request.facts.append({tr("Client:"), clientShown(clientId)});
    request.facts.append({tr("Tokens:"), QLocale().toString(total)});
    // A whole client's tokens end every user's sessions with it: never one click away.
    if (owner.subject.isEmpty()) {
        request.typedPhrase = owner.clientIdentifier;
        request.typedLabel = tr("Type the client ID, %1, to confirm:").arg(owner.clientIdentifier);
    } else if (total > kTypedConfirmationAbove) {
        request.typedPhrase = owner.subject;
        request.typedLabel =
            tr("Type the subject, %1, to confirm:").arg(ServerText::revealed(owner.subject, 80));
    }
    request.asksReason = true;
    ScopedConfirmation::ask(m_window, request, m_connection, [this, owner](const QString &reason) {
        m_operations->setReason(reason);
        m_operations->revokeAll(owner);
        m_operations->setReason(QString());
    });
}

void TokenActions::onRevokedAll(const TokenOperations::RevokedAll &result)
{
    if (result.error) {
        MessageBox::warn(m_window, tr("Revoke tokens"), result.error.message());
        return;
    }
    // Refreshed first: a refresh clears the banner.
    emit refreshNeeded();
    emit message(ErrorBanner::Kind::Success,
                 tr("The server revoked %Ln tokens %1.", nullptr, result.count).arg(ownerText(result.owner)));
}

void TokenActions::createToken()
{
    auto *dialog = new CreateTokenDialog(m_model->knownClients(), m_model->knownScopes(),
                                         m_operations->bodyEncoding(), m_window);
    openDialog(dialog, [this, dialog] { m_operations->create(dialog->request()); });
}

void TokenActions::onCreated(const TokenOperations::Created &result)
{
    if (result.error) {
        MessageBox::warn(m_window, tr("New token"), result.error.message());
        return;
    }
    m_model->addToken(result.token);
    // The values exist only in this reply: they are shown before anything else can go wrong.
    showValues(result.response.accessToken, result.response.refreshToken);
}

void TokenActions::updateCurrentToken()
{
    const std::optional<AccessToken> token = soleSelectedToken();
    if (!token)
        return;
    auto *dialog =
        new UpdateTokenDialog(*token, m_model->knownScopes(), m_operations->bodyEncoding(), m_window);
    openDialog(dialog, [this, dialog, token = *token] { m_operations->update(token, dialog->request()); });
}

void TokenActions::onUpdated(const TokenOperations::Updated &result)
{
    if (result.error) {
        MessageBox::warn(m_window, tr("Update token"), result.error.message());
        return;
    }
    if (!result.newAccessToken.isEmpty())
        showValues(result.newAccessToken, QString());
    if (result.droppedScopes.isEmpty())
        emit message(ErrorBanner::Kind::Success, tr("The token was updated."));
    else
        emit message(ErrorBanner::Kind::Info,
                     tr("The token was updated, but the server dropped %Ln scopes it does not allow "
                        "for this token: %1",
                        nullptr, int(result.droppedScopes.size()))
                         .arg(result.droppedScopes.join(QStringLiteral(", "))));
}
