#include "SandboxDataFile.h"

#include "SandboxStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

bool SandboxDataFile::exists() const
{
    return QFile::exists(m_path);
}

bool SandboxDataFile::load(SandboxStore &store, QString *error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = m_path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !store.loadJson(document.object())) {
        *error = m_path + QStringLiteral(": not a sandbox data file");
        return false;
    }
    return true;
}

bool SandboxDataFile::save(const SandboxStore &store, QString *error) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(store.toJson()).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        *error = m_path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}
