#include "SandboxSettings.h"

QStringList SandboxSettings::defaultScopes()
{
    return {
        QStringLiteral("openid"),         QStringLiteral("profile"),       QStringLiteral("email"),
        QStringLiteral("address"),        QStringLiteral("phone"),         QStringLiteral("offline_access"),
        QStringLiteral("history.read"),   QStringLiteral("timeline.read"), QStringLiteral("payments.read"),
        QStringLiteral("payments.write"), QStringLiteral("accounts.read"), QStringLiteral("accounts.write"),
        QStringLiteral("orders.read"),    QStringLiteral("orders.write"),  QStringLiteral("admin")};
}
