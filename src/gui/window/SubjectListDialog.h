#pragma once

#include "ScopedConfirmation.h"
#include "SubjectListRevocation.h"

#include <QDialog>
#include <QHash>
#include <memory>

class AuditLog;
class AuthleteClient;
class FieldError;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class TokenOperations;

// Token → Revoke for a List of Users…: the incident case. The user pastes or opens a list of subjects
// (a breach notice's), counts their tokens first (a dry run: subject, tokens found), may give a reason
// (a ticket number) for the audit log, confirms by the total, and watches each subject's outcome come
// in, with Cancel; the outcome table can be exported as CSV or JSON. Its own TokenOperations, so that
// the window's revoke-all handling never sees these subjects' results.
class SubjectListDialog : public QDialog
{
    Q_OBJECT

public:
    SubjectListDialog(AuthleteClient *client, const AuditLog *auditLog, const QString &profile,
                      const ScopedConfirmation::Connection &connection, QWidget *parent = nullptr);
    ~SubjectListDialog() override;

    // Writes the outcome table; the format follows the suffix (.csv or .json). False with a sentence.
    bool exportReport(const QString &path, QString *error) const;

    // While a run goes on, cancels it instead of closing.
    void reject() override;

signals:
    // The server revoked tokens: the window's list is stale.
    void revoked();

private:
    enum Column { SubjectColumn, FoundColumn, OutcomeColumn, ColumnCount };

    void openFile();
    void count();
    void confirmRevoke();
    void onCounted();
    void onSubjectRevoked(const SubjectListRevocation::Subject &subject);
    void onFinished();
    void chooseExport();
    void showRow(const SubjectListRevocation::Subject &subject);
    void setRunning(bool running);
    void invalidate();

    std::unique_ptr<TokenOperations> m_operations;
    std::unique_ptr<SubjectListRevocation> m_revocation;
    ScopedConfirmation::Connection m_connection;
    QPlainTextEdit *m_text;
    FieldError *m_textError;
    QPushButton *m_open;
    QPushButton *m_count;
    QLineEdit *m_reason;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_revoke;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_close;
    QHash<QString, int> m_rowOf; // a subject's row in the outcome table
    bool m_running = false;
    bool m_revoked = false;
};
