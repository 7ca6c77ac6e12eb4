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

QList<ConnectionSettings::Environment> ConnectionSettings::environments()
{
    return {Environment::Unlabelled, Environment::Production, Environment::Staging, Environment::Test,
            Environment::Sandbox};
}

namespace {

// The word a profile stores for its label, which is also the English word shown (translated) for it.
const char *environmentWord(ConnectionSettings::Environment environment)
{
    switch (environment) {
    case ConnectionSettings::Environment::Unlabelled:
        return nullptr;
    case ConnectionSettings::Environment::Production:
        return QT_TRANSLATE_NOOP("ConnectionSettings", "production");
    case ConnectionSettings::Environment::Staging:
        return QT_TRANSLATE_NOOP("ConnectionSettings", "staging");
    case ConnectionSettings::Environment::Test:
        return QT_TRANSLATE_NOOP("ConnectionSettings", "test");
    case ConnectionSettings::Environment::Sandbox:
        return QT_TRANSLATE_NOOP("ConnectionSettings", "sandbox");
    }
    return nullptr;
}

} // namespace

QString ConnectionSettings::environmentName(Environment environment)
{
    const char *word = environmentWord(environment);
    return word ? tr(word) : QString();
}

QString ConnectionSettings::environmentKey(Environment environment)
{
    const char *word = environmentWord(environment);
    return word ? QString::fromLatin1(word) : QString();
}

ConnectionSettings::Environment ConnectionSettings::environmentFromKey(const QString &key)
{
    for (const Environment environment : environments()) {
        if (environmentKey(environment) == key)
            return environment;
    }
    return Environment::Unlabelled;
}
