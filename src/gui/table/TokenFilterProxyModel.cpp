#include "TokenFilterProxyModel.h"

#include "TokenTableModel.h"

namespace {

// A keystroke that shows or hides rows in at most this many runs is passed on as removed and
// inserted rows; beyond that, one layout change costs the view (and a screen reader) far less than a
// signal per run, each of which moves every row below it.
constexpr int kMaxIncrementalRuns = 16;

// Text with a character outside base64url (a dot in "alice.1002", a space) cannot be part of a
// hash, and the two longest fields of every row need no look.
bool mayBeBase64url(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

} // namespace

TokenFilterProxyModel::TokenFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TokenTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TokenFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    // Only this class's own connections: the base class's, to the same pair of objects, stay.
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_tokens = qobject_cast<TokenTableModel *>(sourceModel);
    forgetAllDepths();
    // Connected before the base class connects its own handlers, so that the depths follow the
    // source's rows before the base class asks filterAcceptsRow() about them.
    if (m_tokens) {
        m_sourceConnections = {
            connect(m_tokens, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (!parent.isValid() && first <= int(m_depths.size()))
                            m_depths.insert(m_depths.begin() + first, size_t(last) - size_t(first) + 1,
                                            kUnknown);
                    }),
            connect(m_tokens, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (!parent.isValid() && last < int(m_depths.size()))
                            m_depths.erase(m_depths.begin() + first, m_depths.begin() + last + 1);
                    }),
            connect(m_tokens, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        forgetDepths(topLeft.row(), bottomRight.row());
                    }),
            connect(m_tokens, &QAbstractItemModel::layoutChanged, this,
                    &TokenFilterProxyModel::forgetAllDepths),
            connect(m_tokens, &QAbstractItemModel::modelReset, this, &TokenFilterProxyModel::forgetAllDepths),
        };
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void TokenFilterProxyModel::prepare(Prefix &prefix, const QString &text)
{
    prefix.matcher.setPattern(text);
    prefix.matcher.setCaseSensitivity(Qt::CaseInsensitive);
    prefix.columns.clear();
    const bool base64url = mayBeBase64url(text);
    for (int column = 0; column < TokenColumns::Count; ++column) {
        const TokenColumns::Filter filter = TokenColumns::at(column).filter;
        if (filter == TokenColumns::Filter::Text || (filter == TokenColumns::Filter::Base64url && base64url))
            prefix.columns.append(column);
    }
}

void TokenFilterProxyModel::setTyped(const QString &text)
{
    m_typed = text;
    m_prefixes.resize(size_t(qMin<qsizetype>(text.size(), kMaxDepth)));
    for (size_t n = 1; n <= m_prefixes.size(); ++n)
        prepare(m_prefixes[n - 1], text.left(qsizetype(n)));
    m_clientDepths.clear();
}

void TokenFilterProxyModel::setQuickFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    const int rows = m_tokens ? m_tokens->rowCount() : 0;
    if (m_depths.size() != size_t(rows))
        m_depths.resize(size_t(rows), kUnknown);
    auto wasShown = std::vector<bool>(size_t(rows));
    for (int row = 0; row < rows; ++row)
        wasShown[size_t(row)] = shown(row);

    m_text = trimmed;
    if (m_text.size() > kMaxDepth)
        prepare(m_whole, m_text);
    // A start of what was typed: the depths answer as they are. Typed further: only the rows that
    // held all of it are read, for the new characters. Anything else is read afresh.
    if (!m_text.isEmpty() && !m_typed.startsWith(m_text.left(kMaxDepth), Qt::CaseInsensitive)) {
        const bool extends = !m_typed.isEmpty() && m_text.startsWith(m_typed, Qt::CaseInsensitive);
        const int known = extends ? int(m_prefixes.size()) : 0;
        setTyped(m_text);
        for (int row = 0; row < rows; ++row) {
            Depth &depth = m_depths[size_t(row)];
            if (depth == kUnknown || !extends)
                depth = depthOf(row, 0);
            else if (depth == known)
                depth = depthOf(row, known);
        }
    }

    int runs = 0;
    bool lastChanged = false;
    for (int row = 0; row < rows; ++row) {
        const bool changed = wasShown[size_t(row)] != shown(row);
        if (changed && !lastChanged)
            ++runs;
        lastChanged = changed;
    }
    if (runs == 0)
        return;
    if (runs <= kMaxIncrementalRuns)
        invalidateRowsFilter();
    else
        invalidate();
}

bool TokenFilterProxyModel::canFetchMore(const QModelIndex &parent) const
{
    return m_text.isEmpty() && QSortFilterProxyModel::canFetchMore(parent);
}

bool TokenFilterProxyModel::holds(const AccessToken &token, const Prefix &prefix, int length) const
{
    const TokenColumns::CellContext context = m_tokens->cellContext();
    return std::any_of(prefix.columns.cbegin(), prefix.columns.cend(), [&](int column) {
        if (column == TokenColumns::Client && length <= kMaxDepth)
            return clientDepth(token.clientId) >= length;
        return TokenColumns::contains(token, column, prefix.matcher, context);
    });
}

TokenFilterProxyModel::Depth TokenFilterProxyModel::depthOf(int sourceRow, int known) const
{
    const AccessToken &token = m_tokens->tokenAt(sourceRow);
    int depth = known;
    while (depth < int(m_prefixes.size()) && holds(token, m_prefixes[size_t(depth)], depth + 1))
        ++depth;
    return Depth(depth);
}

TokenFilterProxyModel::Depth TokenFilterProxyModel::clientDepth(qint64 clientId) const
{
    const auto cached = m_clientDepths.constFind(clientId);
    if (cached != m_clientDepths.cend())
        return *cached;
    const QString text = m_tokens->clientText(clientId);
    int depth = 0;
    while (depth < int(m_prefixes.size()) && m_prefixes[size_t(depth)].matcher.indexIn(text) >= 0)
        ++depth;
    return *m_clientDepths.insert(clientId, Depth(depth));
}

bool TokenFilterProxyModel::shown(int sourceRow) const
{
    if (m_text.isEmpty())
        return true;
    Depth &depth = m_depths[size_t(sourceRow)];
    if (depth == kUnknown)
        depth = depthOf(sourceRow, 0);
    if (m_text.size() <= kMaxDepth)
        return depth >= m_text.size();
    // Beyond what a depth tells: the whole text is looked for in the rows that hold its start.
    return depth == kMaxDepth && holds(m_tokens->tokenAt(sourceRow), m_whole, int(m_text.size()));
}

bool TokenFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || !m_tokens || sourceParent.isValid())
        return true;
    if (sourceRow >= int(m_depths.size()))
        m_depths.resize(size_t(m_tokens->rowCount()), kUnknown);
    return shown(sourceRow);
}

void TokenFilterProxyModel::forgetDepths(int first, int last)
{
    const int end = qMin(last + 1, int(m_depths.size()));
    for (int row = qMax(0, first); row < end; ++row)
        m_depths[size_t(row)] = kUnknown;
    // A client named anew may now match, or no longer.
    m_clientDepths.clear();
}

void TokenFilterProxyModel::forgetAllDepths()
{
    m_depths.assign(m_tokens ? size_t(m_tokens->rowCount()) : 0, kUnknown);
    m_clientDepths.clear();
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
