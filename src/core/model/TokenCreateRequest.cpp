#include "TokenCreateRequest.h"

#include "JsonFields.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace {

// Authlete's limit on a subject.
constexpr qsizetype kMaxSubjectLength = 100;

QString subjectProblem(const TokenCreateRequest &request)
{
    const QString &subject = request.subject;
    if (subject.isEmpty()) {
        // Only a client acting for itself has no resource owner.
        return request.grantType == GrantType::ClientCredentials
                   ? QString()
                   : TokenCreateRequest::tr("A subject (the resource owner's user ID) is required for %1.")
                         .arg(request.grantType.name());
    }
    if (std::any_of(subject.begin(), subject.end(), [](QChar c) { return c.unicode() > 0x7f; }))
        return TokenCreateRequest::tr("The subject may contain only ASCII characters.");
    if (subject.size() > kMaxSubjectLength)
        return TokenCreateRequest::tr("The subject has %1 characters; at most %2 are allowed.")
            .arg(subject.size())
            .arg(kMaxSubjectLength);
    return {};
}

QString clientProblem(const TokenCreateRequest &request)
{
    if (request.clientId)
        return {};
    if (request.clientIdentifier.isEmpty())
        return TokenCreateRequest::tr("A client ID or alias is required.");
    if (request.clientIdentifier.contains(QRegularExpression(QStringLiteral("\\s"))))
        return TokenCreateRequest::tr("A client ID or alias cannot contain spaces.");
    return {};
}

QString durationProblem(std::optional<qint64> seconds)
{
    return seconds.value_or(0) < 0 ? TokenCreateRequest::tr("A duration cannot be negative.") : QString();
}

QString thumbprintProblem(const QString &thumbprint)
{
    static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]*$"));
    return base64url.match(thumbprint).hasMatch()
               ? QString()
               : TokenCreateRequest::tr(
                     "A thumbprint is base64url: letters, digits, “-” and “_” only, without padding.");
}

QString resourcesProblem(const QStringList &resources)
{
    for (const QString &resource : resources) {
        const QUrl url(resource, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative())
            return TokenCreateRequest::tr("“%1” is not an absolute URI.").arg(resource);
        // RFC 8707 §2: a resource indicator must not include a fragment.
        if (url.hasFragment())
            return TokenCreateRequest::tr(
                       "“%1” has a fragment (#…), which a resource indicator must not have.")
                .arg(resource);
    }
    return {};
}

QString jwtAtClaimsProblem(const QString &claims)
{
    if (claims.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(claims.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return JsonFields::parseProblem(error);
    return document.isObject()
               ? QString()
               : TokenCreateRequest::tr("The claims must be a JSON object: {\"name\": value, …}.");
}

} // namespace

TokenCreateRequest TokenCreateRequest::fromJson(const QJsonObject &json)
{
    using namespace JsonFields;
    TokenCreateRequest request;
    request.grantType = GrantType::fromName(string(json, QLatin1StringView("grantType")));
    request.clientId = int64(json, QLatin1StringView("clientId"));
    request.clientIdentifier = string(json, QLatin1StringView("clientIdentifier"));
    request.subject = string(json, QLatin1StringView("subject"));
    request.scopes = stringList(json, QLatin1StringView("scopes"));
    request.accessTokenDuration = int64(json, QLatin1StringView("accessTokenDuration"));
    request.refreshTokenDuration = int64(json, QLatin1StringView("refreshTokenDuration"));
    if (json.value(QLatin1StringView("properties")).isArray())
        request.properties = Property::listFromJson(json.value(QLatin1StringView("properties")));
    request.clientIdAliasUsed = boolean(json, QLatin1StringView("clientIdAliasUsed"));
    request.clientEntityIdUsed = boolean(json, QLatin1StringView("clientEntityIdUsed"));
    request.metadataDocumentUsed = boolean(json, QLatin1StringView("metadataDocumentUsed"));
    request.accessToken = string(json, QLatin1StringView("accessToken"));
    request.refreshToken = string(json, QLatin1StringView("refreshToken"));
    request.accessTokenPersistent = boolean(json, QLatin1StringView("accessTokenPersistent"));
    request.certificateThumbprint = string(json, QLatin1StringView("certificateThumbprint"));
    request.dpopKeyThumbprint = string(json, QLatin1StringView("dpopKeyThumbprint"));
    if (json.value(QLatin1StringView("authorizationDetails")).isObject())
        request.authorizationDetails =
            AuthorizationDetails::fromJson(json.value(QLatin1StringView("authorizationDetails")).toObject());
    request.resources = stringList(json, QLatin1StringView("resources"));
    request.forExternalAttachment = boolean(json, QLatin1StringView("forExternalAttachment"));
    request.jwtAtClaims = string(json, QLatin1StringView("jwtAtClaims"));
    request.acr = string(json, QLatin1StringView("acr"));
    request.authTime = int64(json, QLatin1StringView("authTime"));
    request.sessionId = string(json, QLatin1StringView("sessionId"));
    return request;
}

QJsonObject TokenCreateRequest::toJson() const
{
    using JsonFields::insert;
    QJsonObject json;
    insert(json, QLatin1StringView("grantType"), grantType.name());
    insert(json, QLatin1StringView("clientId"), clientId);
    insert(json, QLatin1StringView("clientIdentifier"), clientIdentifier);
    insert(json, QLatin1StringView("subject"), subject);
    insert(json, QLatin1StringView("scopes"), scopes);
    insert(json, QLatin1StringView("accessTokenDuration"), accessTokenDuration);
    insert(json, QLatin1StringView("refreshTokenDuration"), refreshTokenDuration);
    if (properties)
        json.insert(QLatin1StringView("properties"), Property::listToJson(*properties));
    insert(json, QLatin1StringView("clientIdAliasUsed"), clientIdAliasUsed);
    insert(json, QLatin1StringView("clientEntityIdUsed"), clientEntityIdUsed);
    insert(json, QLatin1StringView("metadataDocumentUsed"), metadataDocumentUsed);
    insert(json, QLatin1StringView("accessToken"), accessToken);
    insert(json, QLatin1StringView("refreshToken"), refreshToken);
    insert(json, QLatin1StringView("accessTokenPersistent"), accessTokenPersistent);
    insert(json, QLatin1StringView("certificateThumbprint"), certificateThumbprint);
    insert(json, QLatin1StringView("dpopKeyThumbprint"), dpopKeyThumbprint);
    if (authorizationDetails)
        json.insert(QLatin1StringView("authorizationDetails"), authorizationDetails->toJson());
    insert(json, QLatin1StringView("resources"), resources);
    insert(json, QLatin1StringView("forExternalAttachment"), forExternalAttachment);
    insert(json, QLatin1StringView("jwtAtClaims"), jwtAtClaims);
    insert(json, QLatin1StringView("acr"), acr);
    insert(json, QLatin1StringView("authTime"), authTime);
    insert(json, QLatin1StringView("sessionId"), sessionId);
    return json;
}

QMap<TokenCreateRequest::Field, QString> TokenCreateRequest::problems() const
{
    const std::pair<Field, QString> checks[] = {
        {Field::GrantType, grantType.isEmpty() ? tr("A grant type is required.") : QString()},
        {Field::Client, clientProblem(*this)},
        {Field::Subject, subjectProblem(*this)},
        {Field::AccessTokenDuration, durationProblem(accessTokenDuration)},
        {Field::RefreshTokenDuration, durationProblem(refreshTokenDuration)},
        {Field::Properties, properties ? Property::listProblem(*properties) : QString()},
        {Field::CertificateThumbprint, thumbprintProblem(certificateThumbprint)},
        {Field::DpopKeyThumbprint, thumbprintProblem(dpopKeyThumbprint)},
        {Field::Resources, resourcesProblem(resources.value_or(QStringList()))},
        {Field::AuthorizationDetails, authorizationDetails ? authorizationDetails->problem() : QString()},
        {Field::JwtAtClaims, jwtAtClaimsProblem(jwtAtClaims)},
    };
    QMap<Field, QString> found;
    for (const auto &[field, problem] : checks) {
        if (!problem.isEmpty())
            found.insert(field, problem);
    }
    return found;
}
