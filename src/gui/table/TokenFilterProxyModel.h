#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

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
    TokenTableModel *m_tokens = nullptr;
    QString m_text;
    QStringMatcher m_matcher;
    QList<int> m_filterColumns; // those the current text may be found in
};
