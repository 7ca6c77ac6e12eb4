#pragma once

#include "AccessToken.h"

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringMatcher>
#include <vector>

class TokenTableModel;

// The quick filter over the loaded rows (the columns TokenColumns marks for it) and sorting by raw values.
// It narrows what is loaded; the server-side filters live in TokenListSession's query.
class TokenFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TokenFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_text; }

    // While a quick filter hides rows, the view must not page in the whole list by itself
    // to fill the screen: loading everything is the user's choice ("Load all").
    bool canFetchMore(const QModelIndex &parent) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    // How much of m_typed a row holds: the longest start of it found in one of the row's filtered
    // columns. A field that holds a text holds every start of it, so one number per row answers for
    // every start at once: typing a key looks only at the rows that held all of the text before it,
    // and Backspace looks at no row at all.
    using Depth = quint8;
    static constexpr Depth kUnknown = 255;
    static constexpr int kMaxDepth = 254; // of a longer text, the rows that hold this much are read whole

    struct Prefix
    {
        QStringMatcher matcher;
        QList<int> columns; // those the text may be found in: hashes only for base64url text
    };

    void setTyped(const QString &text);
    static void prepare(Prefix &prefix, const QString &text);
    bool holds(const AccessToken &token, const Prefix &prefix, int length) const;
    Depth depthOf(int sourceRow, int known) const;
    Depth clientDepth(qint64 clientId) const;
    bool shown(int sourceRow) const;
    void forgetDepths(int first, int last);
    void forgetAllDepths();

    TokenTableModel *m_tokens = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    QString m_text;                      // what the filter shows: m_typed or a start of it
    QString m_typed;                     // the longest text typed since the text last changed otherwise
    std::vector<Prefix> m_prefixes;      // m_prefixes[n - 1]: the first n characters of m_typed
    Prefix m_whole;                      // m_text, when it is longer than kMaxDepth
    mutable std::vector<Depth> m_depths; // by source row
    // The Client column's depth by client ID: 100,000 rows have a few dozen clients.
    mutable QHash<qint64, Depth> m_clientDepths;
};
