#include "SandboxSeeder.h"

#include "SandboxGrantType.h"
#include "SandboxStore.h"
#include "TokenHash.h"

#include <algorithm>
#include <array>
#include <random>
#include <vector>

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;
constexpr qint64 kDay = 24 * kHour;

// The first client ID resembles Authlete's examples (14 digits, beyond 32 bits).
constexpr qint64 kFirstClientId = 26888344961664;

const std::array<const char *, 12> kClientNames{"Mobile Banking App", "Partner Portal",  "Smart TV App",
                                                "Merchant Checkout",  "Support Console", "Analytics Batch",
                                                "Wearable Companion", "Desktop Wallet",  "Open Banking TPP",
                                                "Insurance Portal",   "Kiosk Terminal",  "Payroll Connector"};

const std::array<const char *, 16> kFirstNames{"alice",  "bob",   "carol",  "dave", "erin",    "frank",
                                               "grace",  "heidi", "ivan",   "judy", "mallory", "niaj",
                                               "olivia", "peggy", "rupert", "trent"};

struct Weighted
{
    QLatin1StringView grantType;
    int weight;
};

// Mostly interactive logins, then machine-to-machine, then the rarer flows.
const std::array<Weighted, 8> kGrantWeights{{{QLatin1StringView("AUTHORIZATION_CODE"), 68},
                                             {QLatin1StringView("CLIENT_CREDENTIALS"), 10},
                                             {QLatin1StringView("DEVICE_CODE"), 6},
                                             {QLatin1StringView("CIBA"), 4},
                                             {QLatin1StringView("PASSWORD"), 4},
                                             {QLatin1StringView("IMPLICIT"), 3},
                                             {QLatin1StringView("TOKEN_EXCHANGE"), 3},
                                             {QLatin1StringView("JWT_BEARER"), 2}}};

const std::array<qint64, 4> kAccessDurations{kHour, kDay, 30 * kDay, 180 * kDay};
const std::array<qint64, 3> kRefreshDurations{30 * kDay, 90 * kDay, 365 * kDay};

class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed)
    {}

    qint64 below(qint64 bound) { return std::uniform_int_distribution<qint64>(0, bound - 1)(m_engine); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename Array> auto pick(const Array &array)
    {
        return array[size_t(below(qint64(array.size())))];
    }

    // 32 random bytes as base64url: the shape of Authlete's token values.
    QString tokenValue(int bytes = 32)
    {
        // Eight bytes per draw of the engine: seeding 100,000 tokens is dominated by this.
        std::array<quint64, 4> words{};
        for (quint64 &word : words)
            word = m_engine();
        const QByteArray raw(reinterpret_cast<const char *>(words.data()),
                             std::min<qsizetype>(bytes, qsizetype(sizeof(words))));
        return QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

private:
    std::mt19937_64 m_engine;
};

// From the sandbox's own table: seeded tokens then carry the reference's names, not the client's.
const SandboxGrantType &pickGrantType(Dice &dice)
{
    int roll = int(dice.below(100));
    QLatin1StringView name = kGrantWeights.front().grantType;
    for (const Weighted &weighted : kGrantWeights) {
        if (roll < weighted.weight) {
            name = weighted.grantType;
            break;
        }
        roll -= weighted.weight;
    }
    return *SandboxGrantType::find(QString(name));
}

QStringList pickScopes(Dice &dice, const QStringList &supported, bool forUser)
{
    QStringList scopes;
    if (supported.isEmpty())
        return scopes;
    const QString openid = QStringLiteral("openid");
    if (forUser && supported.contains(openid) && dice.chance(80))
        scopes.append(openid);
    const int extra = 1 + int(dice.below(4));
    for (int i = 0; i < extra; ++i) {
        const QString &scope = supported.at(qsizetype(dice.below(supported.size())));
        if (!scopes.contains(scope) && (forUser || scope != openid))
            scopes.append(scope);
    }
    return scopes;
}

QList<Property> pickProperties(Dice &dice)
{
    QList<Property> properties;
    if (!dice.chance(15))
        return properties;
    static const std::array<const char *, 4> kDevices{"ios-17", "android-14", "web", "tvos"};
    properties.append({QStringLiteral("device"), QString::fromLatin1(dice.pick(kDevices)), false});
    if (dice.chance(40))
        properties.append(
            {QStringLiteral("risk_score"), QString::number(double(dice.below(100)) / 100.0, 'f', 2), true});
    return properties;
}

} // namespace

void SandboxSeeder::populate(SandboxStore &store, qint64 now) const
{
    Dice dice(seed);
    for (int i = 0; i < clients; ++i) {
        ClientLimited client;
        client.number = 6000 + i;
        client.clientId = kFirstClientId + qint64(i) * 1'000'003 + dice.below(1000);
        const QString name = QString::fromLatin1(kClientNames[size_t(i) % kClientNames.size()]);
        const int round = i / int(kClientNames.size());
        client.clientName = round == 0 ? name : name + QLatin1Char(' ') + QString::number(round + 1);
        // Half the clients keep the default alias (the ID as text), half have a readable one.
        client.clientIdAlias = i % 2 == 0
                                   ? client.clientName.toLower().replace(QLatin1Char(' '), QLatin1Char('-'))
                                   : QString::number(client.clientId);
        client.clientIdAliasEnabled = true;
        client.clientType = i % 3 == 0 ? QStringLiteral("PUBLIC") : QStringLiteral("CONFIDENTIAL");
        store.addClient(client);
    }
    if (clients <= 0)
        return;

    QStringList subjectNames;
    subjectNames.reserve(subjects);
    for (int i = 0; i < subjects; ++i)
        subjectNames.append(QString::fromLatin1(kFirstNames[size_t(i) % kFirstNames.size()]) +
                            QLatin1Char('.') + QString::number(1000 + i));

    std::vector<SandboxToken> records;
    records.reserve(size_t(std::max(tokens, 0)));
    for (int i = 0; i < tokens; ++i) {
        SandboxToken record;
        AccessToken &token = record.token;
        const SandboxGrantType &grantType = pickGrantType(dice);
        token.grantType = GrantType::fromName(grantType.name);
        token.clientId = store.clients().at(qsizetype(dice.below(clients))).clientId;
        const bool forUser = grantType.hasSubject;
        if (forUser && !subjectNames.isEmpty())
            token.subject = subjectNames.at(qsizetype(dice.below(subjectNames.size())));
        token.scopes = pickScopes(dice, scopes, forUser);
        token.createdAt = now - dice.below(90 * kDay);
        token.accessTokenHash = TokenHash::of(dice.tokenValue());
        qint64 issuedAt = token.createdAt;
        if (grantType.issuesRefreshToken) {
            token.refreshTokenHash = TokenHash::of(dice.tokenValue());
            token.refreshTokenExpiresAt = token.createdAt + dice.pick(kRefreshDurations);
            token.refreshTokenScopes = token.scopes;
            if (dice.chance(30)) {
                // A refresh happens while the refresh token is still valid, and not in the future.
                const qint64 refreshableUntil = std::min(now, token.refreshTokenExpiresAt);
                token.lastRefreshedAt =
                    token.createdAt + dice.below(std::max<qint64>(refreshableUntil - token.createdAt, 1));
                issuedAt = token.lastRefreshedAt;
            }
        }
        token.accessTokenExpiresAt = issuedAt + dice.pick(kAccessDurations);
        token.properties = pickProperties(dice);
        record.tokenId = dice.tokenValue(16);
        records.push_back(std::move(record));
    }
    store.resetTokens(std::move(records));
}
