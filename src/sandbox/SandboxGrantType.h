#pragma once

#include <QLatin1StringView>
#include <QString>

// A grant type as the sandbox knows it: its own table of §3.1 of the API reference, so that a name the
// client's GrantType misspells is refused here instead of being accepted on both sides.
struct SandboxGrantType
{
    QLatin1StringView name;       // as JSON carries it: "CLIENT_CREDENTIALS"
    QLatin1StringView oauthValue; // as the create result message names it: "client_credentials"
    bool creatable;               // REFRESH_TOKEN "is not allowed" in create (§2.2)
    bool hasSubject;              // a CLIENT_CREDENTIALS token has no resource owner (§2.2)
    bool issuesRefreshToken;      // never with IMPLICIT or CLIENT_CREDENTIALS (§2.2)

    // nullptr for a name that is not in the table.
    static const SandboxGrantType *find(const QString &name);
};
