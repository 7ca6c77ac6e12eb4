#include "TokenListPage.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <algorithm>
#include <limits>

namespace {

int boundedIndex(const QJsonObject &json, QLatin1StringView key)
{
    const qint64 value = JsonFields::int64Or(json, key);
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

} // namespace

std::optional<TokenListPage> TokenListPage::fromJson(const QJsonObject &json)
{
    using namespace JsonFields;
    const std::optional<qint64> totalCount = int64(json, QLatin1StringView("totalCount"));
    if (!totalCount || *totalCount < 0 || *totalCount > std::numeric_limits<int>::max())
        return std::nullopt;
    const QJsonValue tokens = json.value(QLatin1StringView("accessTokens"));
    if (!tokens.isUndefined() && !tokens.isNull() && !tokens.isArray())
        return std::nullopt;

    TokenListPage page;
    page.totalCount = int(*totalCount);
    page.start = boundedIndex(json, QLatin1StringView("start"));
    page.end = boundedIndex(json, QLatin1StringView("end"));
    const QJsonValue client = json.value(QLatin1StringView("client"));
    if (client.isObject())
        page.client = ClientLimited::fromJson(client.toObject());
    page.subject = string(json, QLatin1StringView("subject"));
    const QJsonArray array = tokens.toArray();
    page.accessTokens.reserve(array.size());
    for (const QJsonValue item : array) {
        if (std::optional<AccessToken> token = AccessToken::fromJson(item.toObject()))
            page.accessTokens.append(std::move(*token));
        else
            return std::nullopt;
    }
    return page;
}

QJsonObject TokenListPage::toJson() const
{
    QJsonObject json{{QLatin1StringView("start"), start},
                     {QLatin1StringView("end"), end},
                     {QLatin1StringView("totalCount"), totalCount}};
    if (client)
        json.insert(QLatin1StringView("client"), client->toJson());
    JsonFields::insert(json, QLatin1StringView("subject"), subject);
    if (!accessTokens.isEmpty()) {
        QJsonArray array;
        for (const AccessToken &token : accessTokens)
            array.append(token.toJson());
        json.insert(QLatin1StringView("accessTokens"), array);
    }
    return json;
}
