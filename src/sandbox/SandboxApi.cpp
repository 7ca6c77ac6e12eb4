// Result codes of the sandbox. Layout as Authlete's: "A" + three digits naming the API + three digits
// whose first says who is at fault (0 success, 1 the server, 2 the caller).
//
//   API 001  shared checks
//     A001101  500/502/503  injected fault (--fail-rate)
//     A001202  401  Authorization header is missing
//     A001203  401  credentials wrong (bearer, Basic, or v2 not enabled)
//     A001204  403  the credential does not belong to the service in the path
//     A001205  404  no such API
//     A001206  405  method not allowed (Allow header says which)
//     A001207  413  request body larger than 1 MiB
//     A001208  429  rate limit exceeded (--rate-limit; Retry-After: 1)
//   API 108  /auth/token/get/list
//     A108201  400  start/end not a non-negative integer
//     A108202  400  end - start larger than the maximum range
//     A108203  400  unknown tokenStatus
//   API 109  /auth/token/create  (errors carry "action")
//     A109001  200  created (action OK)
//     A109201  400  grantType missing            A109202  400  grantType unknown
//     A109203  400  grantType REFRESH_TOKEN      A109204  400  clientId/clientIdentifier missing
//     A109205  403  client not of this service (action FORBIDDEN)
//     A109206  400  subject missing              A109207  400  subject not ASCII or over 100 chars
//     A109208  400  unsupported scope            A109209  400  accessToken value already exists
//     A109210  400  refreshToken value exists    A109211  400  negative duration or authTime
//   API 135  /auth/token/update  (errors carry "action")
//     A135001  200  updated (action OK)
//     A135201  400  no accessToken, accessTokenHash or tokenId
//     A135202  404  no such token (action NOT_FOUND)
//   API 312  /auth/token/revoke
//     A312001  200  revoked, with count
//     A312201  400  nothing to revoke named
//     A312202  404  accessTokenIdentifier/refreshTokenIdentifier matches no token
//   API 313  /auth/token/delete/{accessTokenIdentifier}
//     (204, no body, on success)
//     A313202  404  no such token
//   Body errors of create (109), update (135) and revoke (312), "A" + API + suffix:
//     x211  400  malformed body (not JSON, not an object, a form key twice)
//     x212  400  a member has the wrong type
//     x213  400  properties/authorizationDetails in a form body
//     x214  400  Content-Type neither JSON nor form

#include "SandboxApi.h"

#include "SandboxBodyDecoder.h"
#include "SandboxCreateRequest.h"
#include "SandboxGrantType.h"
#include "SandboxReplyEncoder.h"
#include "SandboxRevokeRequest.h"
#include "SandboxStore.h"
#include "SandboxUpdateRequest.h"
#include "TokenHash.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <array>

namespace {

// Persistent tokens never expire; the sandbox shows that as 9999-12-31T23:59:59Z.
constexpr qint64 kPersistentExpiry = 253402300799000;
constexpr qsizetype kMaxSubjectLength = 100;
constexpr qsizetype kMaxPathInMessage = 200;

const QString kBadRequest = QStringLiteral("BAD_REQUEST");

QString code(const char *api, const char *suffix)
{
    return QLatin1Char('A') + QLatin1StringView(api) + QLatin1StringView(suffix);
}

// Random bytes as base64url without padding: 32 bytes give the 43 characters of Authlete's values.
QString randomToken(qsizetype bytes)
{
    std::array<quint32, 8> words{};
    bytes = std::min<qsizetype>(bytes, qsizetype(sizeof(words)));
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), bytes);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

std::optional<int> nonNegativeIndex(const QUrlQuery &query, const QString &key, int fallback)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(key, QUrl::FullyDecoded).toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

// tokenStatus of §2.1 and §9; the sandbox's own names, not the client's.
std::optional<SandboxStore::Status> tokenStatus(const QString &name)
{
    if (name == QLatin1StringView("ALL"))
        return SandboxStore::Status::All;
    if (name == QLatin1StringView("VALID"))
        return SandboxStore::Status::Valid;
    if (name == QLatin1StringView("INVALID"))
        return SandboxStore::Status::Invalid;
    return std::nullopt;
}

} // namespace

struct SandboxApi::Route
{
    enum class Endpoint { List, Create, Update, Revoke, Delete };

    Endpoint endpoint;
    QByteArray method; // the one method the endpoint takes
    const char *api;   // three digits of its result codes
    QString apiPath;   // "/auth/token/..." for result messages
    bool v2 = false;
    QString serviceId;  // v3 only
    QString identifier; // delete only, percent-decoded
};

SandboxApi::SandboxApi(SandboxSettings settings, SandboxStore &store)
    : m_settings(std::move(settings))
    , m_store(store)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QString SandboxApi::apiPathOf(const QString &path)
{
    const qsizetype at = path.indexOf(QLatin1StringView("/auth/"));
    return (at < 0 ? path : path.mid(at)).left(kMaxPathInMessage);
}

std::optional<SandboxApi::Route> SandboxApi::route(const QString &path) const
{
    QStringList segments = path.split(QLatin1Char('/'));
    // The spec's own curl sample puts a slash before the query: accept one trailing slash.
    if (segments.size() > 1 && segments.constLast().isEmpty())
        segments.removeLast();
    if (segments.size() < 5 || !segments.at(0).isEmpty() || segments.at(1) != QLatin1StringView("api"))
        return std::nullopt;

    Route route{};
    qsizetype rest = 0;
    if (segments.at(2) == QLatin1StringView("auth") && segments.at(3) == QLatin1StringView("token")) {
        route.v2 = true;
        rest = 4;
    } else if (segments.size() >= 6 && segments.at(3) == QLatin1StringView("auth") &&
               segments.at(4) == QLatin1StringView("token")) {
        route.serviceId = QUrl::fromPercentEncoding(segments.at(2).toLatin1());
        rest = 5;
    } else {
        return std::nullopt;
    }

    const QStringList tail = segments.mid(rest);
    const auto is = [&tail](std::initializer_list<const char *> words) {
        if (tail.size() != qsizetype(words.size()))
            return false;
        qsizetype i = 0;
        for (const char *word : words) {
            if (tail.at(i++) != QLatin1StringView(word))
                return false;
        }
        return true;
    };
    if (is({"get", "list"})) {
        route.endpoint = Route::Endpoint::List;
        route.method = "GET";
        route.api = "108";
    } else if (is({"create"})) {
        route.endpoint = Route::Endpoint::Create;
        route.method = "POST";
        route.api = "109";
    } else if (is({"update"})) {
        route.endpoint = Route::Endpoint::Update;
        route.method = "POST";
        route.api = "135";
    } else if (is({"revoke"})) {
        route.endpoint = Route::Endpoint::Revoke;
        route.method = "POST";
        route.api = "312";
    } else if (tail.size() == 2 && tail.at(0) == QLatin1StringView("delete") && !tail.at(1).isEmpty()) {
        route.endpoint = Route::Endpoint::Delete;
        route.method = "DELETE";
        route.api = "313";
        route.identifier = QUrl::fromPercentEncoding(tail.at(1).toLatin1());
        route.apiPath = QStringLiteral("/auth/token/delete");
        return route;
    } else {
        return std::nullopt;
    }
    route.apiPath = QStringLiteral("/auth/token/") + tail.join(QLatin1Char('/'));
    return route;
}

std::optional<SandboxResponse> SandboxApi::authenticate(const SandboxRequest &request,
                                                        const Route &route) const
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.isEmpty())
        return SandboxResponse::result(401, code("001", "202"), route.apiPath,
                                       QStringLiteral("Authorization header is missing."));
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = authorization.left(space < 0 ? 0 : space).toLower();
    const QByteArray credential = authorization.mid(space + 1).trimmed();

    bool valid = false;
    if (route.v2) {
        const auto decoded =
            QByteArray::fromBase64Encoding(credential, QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        valid = scheme == "basic" && decoded && colon >= 0 && !m_settings.apiKey.isEmpty() &&
                QString::fromUtf8(decoded.decoded.left(colon)) == m_settings.apiKey &&
                QString::fromUtf8(decoded.decoded.mid(colon + 1)) == m_settings.apiSecret;
    } else {
        valid = scheme == "bearer" && QString::fromUtf8(credential) == m_settings.bearer;
    }
    if (!valid)
        return SandboxResponse::result(
            401, code("001", "203"), route.apiPath,
            route.v2 && m_settings.apiKey.isEmpty()
                ? QStringLiteral("The v2 API is not enabled (no API key configured).")
                : QStringLiteral("The credentials are invalid."));
    if (!route.v2 && route.serviceId != m_settings.serviceId)
        return SandboxResponse::result(
            403, code("001", "204"), route.apiPath,
            QStringLiteral("The access token does not belong to the service (ID = ") +
                route.serviceId.left(kMaxPathInMessage) + QStringLiteral(")."));
    return std::nullopt;
}

SandboxResponse SandboxApi::handle(const SandboxRequest &request)
{
    const std::optional<Route> found = route(request.path);
    if (!found)
        return SandboxResponse::result(404, code("001", "205"), request.path.left(kMaxPathInMessage),
                                       QStringLiteral("No such API."));
    if (request.method != found->method) {
        SandboxResponse response = SandboxResponse::result(
            405, code("001", "206"), found->apiPath,
            QStringLiteral("The method must be ") + QString::fromLatin1(found->method) + QLatin1Char('.'));
        response.headers.append({QByteArray("Allow"), found->method});
        return response;
    }
    if (request.body.size() > kMaxBodySize)
        return SandboxResponse::result(413, code("001", "207"), found->apiPath,
                                       QStringLiteral("The request body is larger than 1 MiB."));
    if (std::optional<SandboxResponse> refused = authenticate(request, *found))
        return *refused;

    switch (found->endpoint) {
    case Route::Endpoint::List:
        return list(request, *found);
    case Route::Endpoint::Create:
        return create(request, *found);
    case Route::Endpoint::Update:
        return update(request, *found);
    case Route::Endpoint::Revoke:
        return revoke(request, *found);
    case Route::Endpoint::Delete:
        return remove(*found);
    }
    return SandboxResponse::result(404, code("001", "205"), found->apiPath, QStringLiteral("No such API."));
}

std::optional<SandboxResponse> SandboxApi::decodeBody(const SandboxRequest &request, const Route &route,
                                                      const SandboxBodyDecoder &decoder,
                                                      QJsonObject &json) const
{
    SandboxBodyDecoder::Result result = decoder.decode(request.header("content-type"), request.body);
    const char *suffix = nullptr;
    switch (result.error) {
    case SandboxBodyDecoder::Error::None:
        json = std::move(result.json);
        return std::nullopt;
    case SandboxBodyDecoder::Error::Malformed:
        suffix = "211";
        break;
    case SandboxBodyDecoder::Error::WrongType:
        suffix = "212";
        break;
    case SandboxBodyDecoder::Error::JsonOnly:
        suffix = "213";
        break;
    case SandboxBodyDecoder::Error::UnsupportedMediaType:
        suffix = "214";
        break;
    }
    const bool hasAction = route.endpoint != Route::Endpoint::Revoke;
    return SandboxResponse::result(400, code(route.api, suffix), route.apiPath,
                                   result.detail + QLatin1Char('.'), hasAction ? kBadRequest : QString());
}

QStringList SandboxApi::supportedOnly(const QStringList &scopes) const
{
    QStringList kept;
    for (const QString &scope : scopes) {
        if (m_settings.supportedScopes.contains(scope) && !kept.contains(scope))
            kept.append(scope);
    }
    return kept;
}

SandboxResponse SandboxApi::list(const SandboxRequest &request, const Route &route) const
{
    const auto badRequest = [&route](const char *suffix, const QString &text) {
        return SandboxResponse::result(400, code(route.api, suffix), route.apiPath, text);
    };
    const std::optional<int> start = nonNegativeIndex(request.query, QStringLiteral("start"), 0);
    const std::optional<int> end =
        nonNegativeIndex(request.query, QStringLiteral("end"), m_settings.defaultEnd);
    if (!start || !end)
        return badRequest("201", QStringLiteral("start and end must be non-negative integers."));
    if (qint64(*end) - *start > m_settings.maxRange)
        return badRequest("202", QStringLiteral("end - start must not exceed ") +
                                     QString::number(m_settings.maxRange) + QLatin1Char('.'));

    SandboxStore::Filter filter;
    const QString status = request.queryValue(QStringLiteral("tokenStatus"));
    if (!status.isEmpty()) {
        const std::optional<SandboxStore::Status> parsed = tokenStatus(status);
        if (!parsed)
            return badRequest("203", QStringLiteral("tokenStatus must be VALID, INVALID or ALL."));
        filter.status = *parsed;
    }

    filter.subject = request.queryValue(QStringLiteral("subject"));
    const QString clientIdentifier = request.queryValue(QStringLiteral("clientIdentifier"));
    const ClientLimited *client = nullptr;
    if (!clientIdentifier.isEmpty()) {
        client = m_store.findClient(clientIdentifier);
        // An unknown client has no tokens: totalCount 0 and no "client" member.
        if (!client)
            return SandboxResponse::json(200, SandboxReplyEncoder::list(*start, *end, SandboxStore::Window(),
                                                                        nullptr, filter.subject));
        filter.clientId = client->clientId;
    }
    const SandboxStore::Window window = m_store.list(filter, *start, *end, now());
    return SandboxResponse::json(200,
                                 SandboxReplyEncoder::list(*start, *end, window, client, filter.subject));
}

SandboxResponse SandboxApi::create(const SandboxRequest &request, const Route &route)
{
    QJsonObject json;
    if (std::optional<SandboxResponse> refused =
            decodeBody(request, route, SandboxBodyDecoder(SandboxCreateRequest::schema()), json))
        return *refused;
    const SandboxCreateRequest body = SandboxCreateRequest::fromJson(json);
    const auto refuse = [&route](int status, const char *suffix, const QString &text,
                                 const QString &action = kBadRequest) {
        return SandboxResponse::result(status, code(route.api, suffix), route.apiPath, text, action);
    };

    if (body.grantType.isEmpty())
        return refuse(400, "201", QStringLiteral("grantType is missing."));
    const SandboxGrantType *grantType = SandboxGrantType::find(body.grantType);
    if (!grantType)
        return refuse(400, "202", QStringLiteral("grantType is not a known grant type."));
    if (!grantType->creatable)
        return refuse(400, "203", QStringLiteral("grantType REFRESH_TOKEN is not allowed."));
    if (!body.clientId && body.clientIdentifier.isEmpty())
        return refuse(400, "204", QStringLiteral("clientId or clientIdentifier is required."));
    const ClientLimited *client =
        body.clientId ? m_store.findClient(*body.clientId) : m_store.findClient(body.clientIdentifier);
    if (!client)
        return refuse(403, "205", QStringLiteral("The client does not belong to the service."),
                      QStringLiteral("FORBIDDEN"));
    // CLIENT_CREDENTIALS tokens have no resource owner: a subject given with one is ignored.
    const QString subject = grantType->hasSubject ? body.subject : QString();
    if (grantType->hasSubject && subject.isEmpty())
        return refuse(400, "206", QStringLiteral("subject is required for this grant type."));
    if (!isAscii(subject) || subject.size() > kMaxSubjectLength)
        return refuse(400, "207", QStringLiteral("subject must be ASCII and at most 100 characters."));
    for (const QString &scope : body.scopes) {
        if (!m_settings.supportedScopes.contains(scope))
            return refuse(400, "208",
                          QStringLiteral("The scope '") + scope.left(kMaxPathInMessage) +
                              QStringLiteral("' is not supported by the service."));
    }
    if (!body.accessToken.isEmpty() && m_store.hasAccessTokenHash(TokenHash::of(body.accessToken)))
        return refuse(400, "209", QStringLiteral("The access token already exists."));
    const bool withRefresh = grantType->issuesRefreshToken;
    if (withRefresh && !body.refreshToken.isEmpty() &&
        m_store.hasRefreshTokenHash(TokenHash::of(body.refreshToken)))
        return refuse(400, "210", QStringLiteral("The refresh token already exists."));
    if (body.accessTokenDuration < 0 || body.refreshTokenDuration < 0 || body.authTime < 0)
        return refuse(400, "211", QStringLiteral("Durations and authTime must not be negative."));

    const qint64 issuedAt = now();
    const qint64 accessSeconds =
        body.accessTokenDuration > 0 ? body.accessTokenDuration : m_settings.accessTokenDuration;
    const qint64 refreshSeconds =
        body.refreshTokenDuration > 0 ? body.refreshTokenDuration : m_settings.refreshTokenDuration;
    const QString accessToken = body.accessToken.isEmpty() ? randomToken(32) : body.accessToken;
    QString refreshToken;
    if (withRefresh)
        refreshToken = body.refreshToken.isEmpty() ? randomToken(32) : body.refreshToken;

    SandboxToken record;
    record.tokenId = randomToken(16);
    AccessToken &token = record.token;
    token.accessTokenHash = TokenHash::of(accessToken);
    // Saturating: a huge duration means "far away", not an overflow into the past.
    token.accessTokenExpiresAt =
        body.accessTokenPersistent
            ? kPersistentExpiry
            : std::min(issuedAt + std::min(accessSeconds, kPersistentExpiry / 1000) * 1000,
                       kPersistentExpiry);
    token.createdAt = issuedAt;
    token.clientId = client->clientId;
    token.subject = subject;
    token.grantType = GrantType::fromName(body.grantType);
    token.scopes = supportedOnly(body.scopes);
    token.properties = body.properties;
    if (withRefresh) {
        token.refreshTokenHash = TokenHash::of(refreshToken);
        token.refreshTokenExpiresAt =
            std::min(issuedAt + std::min(refreshSeconds, kPersistentExpiry / 1000) * 1000, kPersistentExpiry);
        token.refreshTokenScopes = token.scopes;
    }
    // Only a clash between a given access and refresh value of this very request is left to catch.
    if (!m_store.insert(record))
        return refuse(400, "209", QStringLiteral("The token values clash with an existing token."));
    return SandboxResponse::json(
        200, SandboxReplyEncoder::created(code(route.api, "001"), body, record, accessToken, refreshToken));
}

SandboxResponse SandboxApi::update(const SandboxRequest &request, const Route &route)
{
    QJsonObject json;
    if (std::optional<SandboxResponse> refused =
            decodeBody(request, route, SandboxBodyDecoder(SandboxUpdateRequest::schema()), json))
        return *refused;
    const SandboxUpdateRequest body = SandboxUpdateRequest::fromJson(json);

    const SandboxToken *found = nullptr;
    if (!body.accessToken.isEmpty())
        found = m_store.findAccessToken(body.accessToken);
    else if (!body.accessTokenHash.isEmpty())
        found = m_store.findAccessToken(body.accessTokenHash);
    else if (!body.tokenId.isEmpty())
        found = m_store.findByTokenId(body.tokenId);
    else
        return SandboxResponse::result(400, code(route.api, "201"), route.apiPath,
                                       QStringLiteral("accessToken, accessTokenHash or tokenId is required."),
                                       kBadRequest);
    if (!found)
        return SandboxResponse::result(404, code(route.api, "202"), route.apiPath,
                                       QStringLiteral("The access token does not exist."),
                                       QStringLiteral("NOT_FOUND"));

    SandboxToken record = *found;
    const QString oldHash = record.token.accessTokenHash;
    AccessToken &token = record.token;
    if (body.scopes)
        token.scopes = supportedOnly(*body.scopes);
    if (body.properties)
        token.properties = *body.properties;
    if (body.accessTokenPersistent)
        token.accessTokenExpiresAt = kPersistentExpiry;
    else if (body.accessTokenExpiresAt > 0)
        token.accessTokenExpiresAt = body.accessTokenExpiresAt;
    if (body.refreshTokenExpiresAt > 0 && !token.refreshTokenHash.isEmpty())
        token.refreshTokenExpiresAt = body.refreshTokenExpiresAt;

    // The value is known only when the caller gave it (by value, not by hash) or asked for a new one.
    QString accessToken;
    if (!body.accessToken.isEmpty() && TokenHash::of(body.accessToken) == oldHash)
        accessToken = body.accessToken;
    if (body.accessTokenValueUpdated) {
        accessToken = randomToken(32);
        token.accessTokenHash = TokenHash::of(accessToken);
    }
    m_store.replace(oldHash, record);
    return SandboxResponse::json(
        200, SandboxReplyEncoder::updated(code(route.api, "001"), body, record, accessToken));
}

SandboxResponse SandboxApi::revoke(const SandboxRequest &request, const Route &route)
{
    QJsonObject json;
    if (std::optional<SandboxResponse> refused =
            decodeBody(request, route, SandboxBodyDecoder(SandboxRevokeRequest::schema()), json))
        return *refused;
    const SandboxRevokeRequest body = SandboxRevokeRequest::fromJson(json);
    const auto notFound = [&route] {
        return SandboxResponse::result(404, code(route.api, "202"), route.apiPath,
                                       QStringLiteral("The token does not exist."));
    };

    // The processing order of the reference (§2.5): the first identifier given decides.
    int count = 0;
    if (!body.accessTokenIdentifier.isEmpty() || !body.refreshTokenIdentifier.isEmpty()) {
        const SandboxToken *record = !body.accessTokenIdentifier.isEmpty()
                                         ? m_store.findAccessToken(body.accessTokenIdentifier)
                                         : m_store.findRefreshToken(body.refreshTokenIdentifier);
        if (!record)
            return notFound();
        m_store.remove(record->token.accessTokenHash);
        count = 1;
    } else if (!body.clientIdentifier.isEmpty() || !body.subject.isEmpty()) {
        std::optional<qint64> clientId;
        if (!body.clientIdentifier.isEmpty()) {
            const ClientLimited *client = m_store.findClient(body.clientIdentifier);
            clientId = client ? client->clientId : std::optional<qint64>();
        }
        // An unknown client owns no tokens: nothing is revoked, which is not an error.
        if (body.clientIdentifier.isEmpty() || clientId)
            count = m_store.removeMatching(clientId, body.subject);
    } else {
        return SandboxResponse::result(
            400, code(route.api, "201"), route.apiPath,
            QStringLiteral(
                "accessTokenIdentifier, refreshTokenIdentifier, clientIdentifier or subject is required."));
    }
    return SandboxResponse::json(200, SandboxReplyEncoder::revoked(code(route.api, "001"), count));
}

SandboxResponse SandboxApi::remove(const Route &route)
{
    const SandboxToken *record = m_store.findAccessToken(route.identifier);
    if (!record)
        return SandboxResponse::result(404, code(route.api, "202"), route.apiPath,
                                       QStringLiteral("The access token does not exist."));
    m_store.remove(record->token.accessTokenHash);
    return {204, QByteArray(), {}};
}
