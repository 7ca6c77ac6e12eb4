#pragma once

#include "AccessToken.h"
#include "ClientLimited.h"

#include <QList>
#include <optional>

// One answer of the list call: a window of tokens and how many match the filter in all.
struct TokenListPage
{
    // More tokens than any one service holds (the largest deployments hold a few million): a total
    // above this is a broken or hostile server's, and a load or search paging towards it would never end.
    static constexpr int kMaxPlausibleTotal = 100'000'000;

    int start = 0;
    int end = 0;
    int totalCount = 0;
    std::optional<ClientLimited> client;
    QString subject;
    QList<AccessToken> accessTokens;

    // nullopt when the body is not a token list (no integer totalCount, or accessTokens not an array).
    static std::optional<TokenListPage> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
