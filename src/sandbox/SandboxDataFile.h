#pragma once

#include <QString>

class SandboxStore;

// The --data file: the store as JSON, written atomically after every change so that a killed
// sandbox restarts with nothing lost.
class SandboxDataFile
{
public:
    explicit SandboxDataFile(QString path)
        : m_path(std::move(path))
    {}

    const QString &path() const { return m_path; }
    bool exists() const;
    // False with a message when the file cannot be read or is not a store.
    bool load(SandboxStore &store, QString *error) const;
    bool save(const SandboxStore &store, QString *error) const;

private:
    QString m_path;
};
