#include "AuditLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

bool syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

AuditLog::AuditLog(QString filePath)
    : m_path(std::move(filePath))
{}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1StringView("/audit.jsonl");
}

QString AuditLog::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1StringView("/audit-demo.jsonl");
}

bool AuditLog::append(const AuditEntry &entry, QString *error) const
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "The audit log %1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(m_path), reason);
        return false;
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(QCoreApplication::translate("AuditLog", "its folder could not be created."));

    // ReadWrite only to look at the last byte. Unbuffered, so that the line reaches the OS in one
    // write; O_APPEND (Append) puts it at the end even when another instance appended meanwhile.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(file.errorString());

    QByteArray line;
    // A crash mid-write leaves a torn line without its newline; end it, or this line would be glued to it
    // and be lost as well.
    char last = '\n';
    if (file.size() > 0 && (!file.seek(file.size() - 1) || !file.getChar(&last)))
        return fail(file.errorString());
    if (last != '\n')
        line += '\n';
    line += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line += '\n';

    if (file.write(line) != line.size() || !file.flush())
        return fail(file.errorString());
    if (!syncToDisk(file))
        return fail(QCoreApplication::translate("AuditLog", "it could not be synced to disk."));
    return true;
}

QList<AuditEntry> AuditLog::readAll(int *skippedLines) const
{
    QList<AuditEntry> entries;
    int skipped = 0;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            // Skipped, not fatal: a torn last line (a crash mid-write), an empty line or a hand edit
            // must not hide the entries around it.
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            std::optional<AuditEntry> entry;
            if (parseError.error == QJsonParseError::NoError && document.isObject())
                entry = AuditEntry::fromJson(document.object());
            if (entry)
                entries.append(*entry);
            else
                ++skipped;
        }
    }
    if (skippedLines)
        *skippedLines = skipped;
    return entries;
}
