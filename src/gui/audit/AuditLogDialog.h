#pragma once

#include "AuditEntry.h"

#include <QDialog>
#include <QList>
#include <memory>

class AuditLog;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class AuditLogDialog;
}

// Shows the local audit log, newest last as it was written, with a quick filter over every column;
// the entries the filter leaves can be exported as JSON Lines or CSV.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(const AuditLog &log, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    // Writes the entries the filter shows; the format follows the suffix (.jsonl or .csv).
    bool exportTo(const QString &path, QString *error);

private:
    enum Column {
        TimeColumn,
        OperatorColumn,
        ProfileColumn,
        ServiceColumn,
        OperationColumn,
        HashColumn,
        SubjectColumn,
        ClientColumn,
        OutcomeColumn,
        ResultCodeColumn,
        CountColumn,
        DetailColumn,
        ReasonColumn,
        CommandColumn,
        ColumnCount
    };

    void populate();
    QList<AuditEntry> filteredEntries() const;
    void chooseExportFile();

    std::unique_ptr<Ui::AuditLogDialog> m_ui;
    QList<AuditEntry> m_entries;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
