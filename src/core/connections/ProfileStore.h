#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QObject>

class QSettings;

// The saved connection profiles (without secrets) and the one opened last, in QSettings.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // Uses the application's QSettings unless a settings object is given (tests pass a temporary file).
    explicit ProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    // Adds or replaces the profile named profile.name; renaming is remove + save.
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

signals:
    void profilesChanged();

private:
    QSettings *m_settings;
    bool m_ownsSettings;
};
