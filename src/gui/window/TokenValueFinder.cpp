#include "TokenValueFinder.h"

#include "ErrorBanner.h"
#include "MessageBox.h"
#include "TokenFilterProxyModel.h"
#include "TokenHash.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <utility>

namespace {

// The shape of an access token value (and of a hash): base64url, long. Shorter text is a filter.
bool looksLikeTokenValue(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{20,512}$"));
    return shape.match(text).hasMatch();
}

} // namespace

TokenValueFinder::TokenValueFinder(TokenOperations *operations, TokenListSession *session,
                                   TokenTableModel *model, TokenFilterProxyModel *proxy, QTableView *table,
                                   ErrorBanner *banner, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_operations(operations)
    , m_session(session)
    , m_model(model)
    , m_proxy(proxy)
    , m_table(table)
    , m_banner(banner)
    , m_statusBar(statusBar)
    , m_window(window)
    , m_find(new QAction(tr("Find by &value…"), this))
{
    m_find->setObjectName(QStringLiteral("actionFindByValue"));
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_find->setToolTip(tr("Select the token whose value you have, by the hash the list shows"));
    connect(m_find, &QAction::triggered, this, [this] {
        auto *dialog = new QInputDialog(m_window);
        dialog->setObjectName(QStringLiteral("findByValueDialog"));
        dialog->setWindowTitle(tr("Find by value"));
        dialog->setLabelText(tr("Access token value (it is not kept; only its hash is looked for):"));
        // Not on show while typed or pasted, as a password would not be.
        dialog->setTextEchoMode(QLineEdit::Password);
        connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { find(dialog->textValue()); });
        dialog->open();
    });
    connect(m_operations, &TokenOperations::revokedValue, this, &TokenValueFinder::onRevokedValue);
}

bool TokenValueFinder::select(const QString &accessTokenHash)
{
    const int row = m_model->rowOfHash(accessTokenHash);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the quick filter: the row matters more than the filter.
        m_proxy->setQuickFilter(QString());
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus(Qt::OtherFocusReason);
    const AccessToken &token = m_model->tokenAt(row);
    m_statusBar->showMessage(
        token.subject.isEmpty()
            ? tr("Found the client-credentials token of %1.").arg(m_model->clientText(token.clientId))
            : tr("Found the token of %1 for %2.").arg(token.subject, m_model->clientText(token.clientId)),
        8000);
    return true;
}

bool TokenValueFinder::selectIfValue(const QString &text)
{
    const QString value = text.trimmed();
    // A hash of a loaded row is what the filter is for; only a value whose hash is loaded is found.
    return looksLikeTokenValue(value) && m_model->rowOfHash(value) < 0 && select(TokenHash::of(value));
}

void TokenValueFinder::find(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return;
    if (select(TokenHash::of(trimmed)))
        return;
    if (!m_session->isComplete()) {
        m_banner->showMessage(
            ErrorBanner::Kind::Info,
            tr("That token is not among the %Ln loaded tokens of %L1.", nullptr, m_model->rowCount())
                .arg(m_session->totalCount()),
            tr("Load all and look again"), [this, trimmed] {
                m_waitingValue = trimmed;
                // Loaded meanwhile: nothing to wait for.
                if (m_session->isComplete())
                    loadAllFinished();
                else
                    emit loadAllRequested();
            });
        return;
    }
    offerRevokeByValue(trimmed);
}

void TokenValueFinder::loadAllFinished()
{
    const QString value = std::exchange(m_waitingValue, QString());
    if (value.isEmpty() || select(TokenHash::of(value)))
        return;
    if (m_session->isComplete())
        offerRevokeByValue(value);
}

void TokenValueFinder::offerRevokeByValue(const QString &value)
{
    MessageBox::ask(m_window, tr("Find by value"),
                    tr("No token the search shows has that value (its hash would be %1). The server "
                       "may still hold it under a subject or client not searched, or hash it another "
                       "way.\n\nRevoke it by its value? The server finds a token by its value itself.")
                        .arg(TokenHash::of(value)),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                    [this, value](QMessageBox::StandardButton answer) {
                        if (answer == QMessageBox::Yes)
                            m_operations->revokeValue(value);
                    });
}

void TokenValueFinder::onRevokedValue(const TokenOperations::RevokedValue &result)
{
    if (result.error) {
        MessageBox::warn(m_window, tr("Revoke by value"), result.error.message());
        return;
    }
    m_model->removeTokens({result.accessTokenHash});
    m_banner->showMessage(ErrorBanner::Kind::Info,
                          tr("The token with hash %1 was revoked by its value.").arg(result.accessTokenHash));
}
