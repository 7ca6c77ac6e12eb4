#include "TokenTableModel.h"

#include "ExpiryText.h"
#include "SemanticColors.h"
#include "TokenListSession.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>

namespace {

// Each contiguous run of removed rows costs the model and every proxy a pass over all rows; beyond
// this many runs, one layout change (a single pass, and one re-sort in a sorting proxy) is cheaper.
constexpr qsizetype kMaxRemovalRuns = 16;

} // namespace

TokenTableModel::TokenTableModel(TokenListSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_expiredIcon(SemanticColors::icon(QStringLiteral(":/icons/expired.svg")))
    , m_soonIcon(SemanticColors::icon(QStringLiteral(":/icons/expiring.svg")))
    , m_validIcon(SemanticColors::icon(QStringLiteral(":/icons/valid.svg")))
{
    connect(session, &TokenListSession::cleared, this, &TokenTableModel::clear);
    connect(session, &TokenListSession::rowsAppended, this, &TokenTableModel::appendTokens);
    connect(session, &TokenListSession::rowsReplaced, this, &TokenTableModel::replaceAll);
    connect(session, &TokenListSession::clientNamed, this, &TokenTableModel::nameClient);
    connect(session, &TokenListSession::clientsForgotten, this, &TokenTableModel::forgetClients);
}

void TokenTableModel::clear()
{
    beginResetModel();
    m_tokens.clear();
    m_rowOfHash.clear();
    m_interner.clear();
    endResetModel();
}

bool TokenTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_session->canFetchMore();
}

void TokenTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_session->fetchMore();
}

void TokenTableModel::appendTokens(const QList<AccessToken> &tokens)
{
    QList<AccessToken> fresh;
    fresh.reserve(tokens.size());
    for (const AccessToken &token : tokens) {
        if (!m_rowOfHash.contains(token.accessTokenHash)) {
            fresh.append(token);
            m_interner.intern(fresh.last());
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    for (const AccessToken &token : std::as_const(fresh)) {
        m_rowOfHash.insert(token.accessTokenHash, int(m_tokens.size()));
        m_tokens.append(token);
    }
    endInsertRows();
}

void TokenTableModel::replaceAll(const QList<AccessToken> &tokens)
{
    beginResetModel();
    m_tokens = tokens;
    for (AccessToken &token : m_tokens)
        m_interner.intern(token);
    rebuildRowIndex();
    endResetModel();
    emit refreshed();
}

void TokenTableModel::nameClient(const ClientLimited &client)
{
    if (client.clientName.isEmpty() && client.clientIdAlias.isEmpty())
        m_clientTexts.remove(client.clientId);
    else
        m_clientTexts.insert(client.clientId, tr("%1 (%2)").arg(client.displayName()).arg(client.clientId));
    if (rowCount() > 0)
        emit dataChanged(index(0, TokenColumns::Client), index(rowCount() - 1, TokenColumns::Client),
                         {Qt::DisplayRole});
}

void TokenTableModel::forgetClients()
{
    m_clientTexts.clear();
}

void TokenTableModel::rebuildRowIndex()
{
    m_rowOfHash.clear();
    m_rowOfHash.reserve(m_tokens.size());
    for (int row = 0; row < m_tokens.size(); ++row)
        m_rowOfHash.insert(m_tokens.at(row).accessTokenHash, row);
}

void TokenTableModel::removeTokens(const QSet<QString> &accessTokenHashes)
{
    QList<int> rows;
    QSet<QString> removed;
    for (const QString &hash : accessTokenHashes) {
        const int row = rowOfHash(hash);
        if (row >= 0) {
            rows.append(row);
            removed.insert(hash);
        }
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    qsizetype runs = 1;
    for (qsizetype i = 1; i < rows.size(); ++i)
        runs += rows.at(i) == rows.at(i - 1) - 1 ? 0 : 1;
    if (runs > kMaxRemovalRuns) {
        removeRowsInOneLayoutChange(rows);
        m_session->noteRemoved(removed);
        return;
    }
    // Contiguous runs leave together: one signal per run, one index rebuild for all.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1)
            first = rows.at(++i);
        ++i;
        beginRemoveRows(QModelIndex(), first, last);
        m_tokens.remove(first, last - first + 1);
        endRemoveRows();
    }
    rebuildRowIndex();
    m_session->noteRemoved(removed);
}

void TokenTableModel::removeRowsInOneLayoutChange(const QList<int> &descendingRows)
{
    // Views and proxies keep their selection, current row and scroll position through a layout
    // change; the rows that left become invalid indexes, the others move up.
    emit layoutAboutToBeChanged();
    QList<int> newRow(m_tokens.size());
    qsizetype next = descendingRows.size() - 1; // the rows are visited in ascending order
    int kept = 0;
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (next >= 0 && descendingRows.at(next) == row) {
            newRow[row] = -1;
            --next;
            continue;
        }
        newRow[row] = kept;
        if (kept != row)
            m_tokens[kept] = std::move(m_tokens[row]);
        ++kept;
    }
    m_tokens.resize(kept);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const int row = newRow.at(index.row());
        to.append(row < 0 ? QModelIndex() : this->index(row, index.column()));
    }
    changePersistentIndexList(from, to);
    rebuildRowIndex();
    emit layoutChanged();
}

void TokenTableModel::addToken(const AccessToken &token)
{
    if (m_rowOfHash.contains(token.accessTokenHash))
        return;
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    m_tokens.append(token);
    m_rowOfHash.insert(token.accessTokenHash, row);
    endInsertRows();
    m_session->noteCreated(token);
}

void TokenTableModel::replaceToken(const QString &accessTokenHash, const AccessToken &token)
{
    const int row = rowOfHash(accessTokenHash);
    if (row < 0)
        return;
    m_tokens[row] = token;
    m_rowOfHash.remove(accessTokenHash);
    m_rowOfHash.insert(token.accessTokenHash, row);
    emit dataChanged(index(row, 0), index(row, TokenColumns::Count - 1));
}

QList<ClientLimited> TokenTableModel::knownClients() const
{
    QList<ClientLimited> clients = m_session->clients();
    std::sort(clients.begin(), clients.end(), [](const ClientLimited &a, const ClientLimited &b) {
        return a.displayName() < b.displayName();
    });
    return clients;
}

QStringList TokenTableModel::knownScopes() const
{
    QSet<QString> scopes;
    for (const AccessToken &token : m_tokens) {
        for (const QString &scope : token.scopes)
            scopes.insert(scope);
    }
    QStringList sorted(scopes.cbegin(), scopes.cend());
    sorted.sort();
    return sorted;
}

std::optional<ClientLimited> TokenTableModel::client(qint64 clientId) const
{
    return m_session->client(clientId);
}

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : TokenColumns::Count;
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AccessToken &token = m_tokens.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return TokenColumns::display(token, column, cellContext());
    case SortRole:
        return TokenColumns::sortValue(token, column, cellContext());
    case HashRole:
        return token.accessTokenHash;
    case Qt::ToolTipRole:
        return TokenColumns::toolTip(token, column, cellContext());
    case Qt::DecorationRole:
        if (const std::optional<qint64> expiresAt = TokenColumns::expiry(token, column))
            return expiryDecoration(*expiresAt, column);
        return QVariant();
    case Qt::ForegroundRole:
        if (const std::optional<qint64> expiresAt = TokenColumns::expiry(token, column))
            return expiryForeground(*expiresAt);
        // The placeholder is greyed, in the palette's own colour for text that is not a value.
        if (TokenColumns::isPlaceholder(token, column))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return QVariant();
    case Qt::FontRole:
        if (TokenColumns::isPlaceholder(token, column)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant TokenTableModel::expiryDecoration(qint64 expiresAt, int column) const
{
    switch (ExpiryText::state(expiresAt, cellContext().now())) {
    case ExpiryText::State::Expired:
        return m_expiredIcon;
    case ExpiryText::State::ExpiringSoon:
        return m_soonIcon;
    case ExpiryText::State::Valid:
        // The status says "valid" by an icon too; the expiry columns mark only what needs a look.
        return column == TokenColumns::Status ? QVariant(m_validIcon) : QVariant();
    default:
        return QVariant();
    }
}

QVariant TokenTableModel::expiryForeground(qint64 expiresAt) const
{
    // Colour is never the only sign: the expiry text and an icon say the same. The colours follow
    // the application palette: the view repaints when it changes, and asks again.
    switch (ExpiryText::state(expiresAt, cellContext().now())) {
    case ExpiryText::State::Expired:
        return QBrush(SemanticColors::tableText(SemanticColors::Role::Error, QGuiApplication::palette()));
    case ExpiryText::State::ExpiringSoon:
        return QBrush(SemanticColors::tableText(SemanticColors::Role::Warning, QGuiApplication::palette()));
    default:
        return QVariant();
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= TokenColumns::Count)
        return QAbstractTableModel::headerData(section, orientation, role);
    return TokenColumns::header(section);
}
