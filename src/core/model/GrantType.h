#pragma once

#include <QList>
#include <QString>

// The grant type an access token was issued with. Authlete's JSON carries the enum's name
// ("AUTHORIZATION_CODE"); a value this build does not know (from a newer server) is kept as text.
class GrantType
{
public:
    enum Value {
        Unknown,
        AuthorizationCode,
        Implicit,
        Password,
        ClientCredentials,
        RefreshToken,
        Ciba,
        DeviceCode,
        TokenExchange,
        JwtBearer,
        PreAuthorizedCode,
    };

    GrantType() = default;
    GrantType(Value value); // NOLINT(google-explicit-constructor): a grant type is its value
    static GrantType fromName(const QString &name);
    static QList<GrantType> all();

    Value value() const { return m_value; }
    bool isKnown() const { return m_value != Unknown; }
    bool isEmpty() const { return m_name.isEmpty(); }
    // The wire name, e.g. "CLIENT_CREDENTIALS"; for an unknown value, the text the server sent.
    QString name() const { return m_name; }
    // The OAuth grant_type parameter value, e.g. "urn:ietf:params:oauth:grant-type:device_code".
    QString oauthValue() const;
    // Whether a token of this grant type comes with a refresh token.
    bool issuesRefreshToken() const;

    friend bool operator==(const GrantType &a, const GrantType &b) { return a.m_name == b.m_name; }

private:
    Value m_value = Unknown;
    QString m_name;
};
