#include "RecentSubjects.h"

#include <QCompleter>
#include <QSettings>
#include <QStringListModel>
#include <QUrl>

RecentSubjects::RecentSubjects(QObject *parent)
    : QObject(parent)
    , m_model(new QStringListModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    m_completer->setObjectName(QStringLiteral("recentSubjectsCompleter"));
    // Offered whatever case is typed; the search itself matches exactly, so the offer is the right case.
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
}

void RecentSubjects::setConnection(const QString &profileName, bool demo)
{
    // A profile name may hold a slash, which QSettings reads as a group.
    m_key = demo ? QStringLiteral("RecentSubjects/demo")
                 : QStringLiteral("RecentSubjects/profiles/") +
                       QString::fromLatin1(QUrl::toPercentEncoding(profileName));
    m_model->setStringList(QSettings().value(m_key).toStringList().mid(0, kMaxSubjects));
}

void RecentSubjects::remember(const QString &subject)
{
    QStringList subjects = m_model->stringList();
    if (m_key.isEmpty() || subject.isEmpty() || subjects.value(0) == subject)
        return;
    subjects.removeAll(subject);
    subjects.prepend(subject);
    save(subjects.mid(0, kMaxSubjects));
}

void RecentSubjects::clear()
{
    save({});
}

QStringList RecentSubjects::subjects() const
{
    return m_model->stringList();
}

void RecentSubjects::save(const QStringList &subjects)
{
    m_model->setStringList(subjects);
    if (m_key.isEmpty())
        return;
    QSettings settings;
    if (subjects.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, subjects);
}
