#include "ConnectionSettings.h"

#include <QHostAddress>

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

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

QString ConnectionSettings::urlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The server URL is not valid.");
    const bool plainLoopback = url.scheme() == QLatin1StringView("http") && isLoopback(url.host());
    if (url.scheme() != QLatin1StringView("https") && !plainLoopback)
        return tr("The server URL must start with https:// (plain http is allowed only to this computer).");
    return {};
}
