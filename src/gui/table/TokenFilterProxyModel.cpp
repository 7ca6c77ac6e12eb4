#include "TokenFilterProxyModel.h"

#include "TokenTableModel.h"

TokenFilterProxyModel::TokenFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TokenTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TokenFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_tokens = qobject_cast<TokenTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void TokenFilterProxyModel::setQuickFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    // One keystroke scans every loaded row: the pattern is prepared once, not per field.
    m_matcher.setPattern(m_text);
    m_matcher.setCaseSensitivity(Qt::CaseInsensitive);
    // Text with a character outside base64url (a dot in "alice.1002", a space) cannot be part of a
    // hash, and the two longest fields of every row need no look.
    const bool mayMatchBase64url = std::all_of(m_text.cbegin(), m_text.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
    m_filterColumns.clear();
    for (int column = 0; column < TokenColumns::Count; ++column) {
        const TokenColumns::Filter filter = TokenColumns::at(column).filter;
        if (filter == TokenColumns::Filter::Text ||
            (filter == TokenColumns::Filter::Base64url && mayMatchBase64url))
            m_filterColumns.append(column);
    }
    invalidateRowsFilter();
}

bool TokenFilterProxyModel::canFetchMore(const QModelIndex &parent) const
{
    return m_text.isEmpty() && QSortFilterProxyModel::canFetchMore(parent);
}

bool TokenFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || !m_tokens || sourceParent.isValid())
        return true;
    const AccessToken &token = m_tokens->tokenAt(sourceRow);
    const TokenColumns::CellContext context = m_tokens->cellContext();
    return std::any_of(m_filterColumns.cbegin(), m_filterColumns.cend(),
                       [&](int column) { return TokenColumns::contains(token, column, m_matcher, context); });
}

bool TokenFilterProxyModel::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    // Sorting 100,000 rows compares about two million pairs: the raw numbers are read directly rather
    // than through data() and QVariant. The order is the same as the sort role's.
    if (m_tokens && sortRole() == TokenTableModel::SortRole) {
        const std::optional<qint64> left =
            TokenColumns::numericSortValue(m_tokens->tokenAt(sourceLeft.row()), sourceLeft.column());
        if (left)
            return *left < *TokenColumns::numericSortValue(m_tokens->tokenAt(sourceRight.row()),
                                                           sourceRight.column());
    }
    return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
}
