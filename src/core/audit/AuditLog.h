#pragma once

#include "AuditEntry.h"

#include <QList>
#include <QString>

// The local audit trail: JSON Lines appended to one file in the app's data folder. Each append writes
// one whole line and flushes it to disk before returning, so a crash can never corrupt the lines
// before it; a torn last line (a crash mid-write) is skipped on reading.
class AuditLog
{
public:
    explicit AuditLog(QString filePath);
    // <AppDataLocation>/audit.jsonl
    static QString defaultPath();
    // <AppDataLocation>/audit-demo.jsonl: what was tried on the demo's sample data stays out of the trail
    // of real services.
    static QString demoPath();

    QString path() const { return m_path; }
    // False, with a sentence in error, when the line could not be written and synced.
    bool append(const AuditEntry &entry, QString *error = nullptr) const;
    // Every readable entry, oldest first; skippedLines counts lines that were not entries.
    QList<AuditEntry> readAll(int *skippedLines = nullptr) const;

private:
    QString m_path;
};
