#pragma once

#include <QObject>
#include <QStringList>

class QCompleter;
class QStringListModel;

// The subjects searched lately on one connection, offered as the subject is typed again: help-desk
// staff come back to the same users. Kept per connection (the demo apart from every profile), the
// newest first, bounded, and only subjects a search found tokens of, so that typos are not offered.
class RecentSubjects : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxSubjects = 20;

    explicit RecentSubjects(QObject *parent = nullptr);

    QCompleter *completer() const { return m_completer; }
    // Whose history is offered and kept from now on.
    void setConnection(const QString &profileName, bool demo);
    void remember(const QString &subject);
    // Forgets this connection's subjects.
    void clear();
    QStringList subjects() const;

private:
    void save(const QStringList &subjects);

    QStringListModel *m_model;
    QCompleter *m_completer;
    QString m_key; // empty: no connection yet, nothing is kept
};
