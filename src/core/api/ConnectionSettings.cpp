#include "ConnectionSettings.h"

QList<ConnectionSettings::Region> ConnectionSettings::regions()
{
    return {
        {QStringLiteral("US"), QUrl(QStringLiteral("https://us.authlete.com"))},
        {QStringLiteral("JP"), QUrl(QStringLiteral("https://jp.authlete.com"))},
        {QStringLiteral("EU"), QUrl(QStringLiteral("https://eu.authlete.com"))},
        {QStringLiteral("BR"), QUrl(QStringLiteral("https://br.authlete.com"))},
    };
}

QUrl ConnectionSettings::v2Url()
{
    return QUrl(QStringLiteral("https://api.authlete.com"));
}
