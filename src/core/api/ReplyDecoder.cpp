#include "ReplyDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

ReplyDecoder::Result ReplyDecoder::decode(ApiCall::Operation operation, int status, const QByteArray &body,
                                          std::optional<int> window)
{
    using Operation = ApiCall::Operation;
    Result result;
    if (operation == Operation::Delete)
        return result;
    ApiError error;
    error.kind = ApiError::Kind::Undecodable;
    error.httpStatus = status;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        error.detail =
            document.isNull() ? tr("not JSON (%1)").arg(parseError.errorString()) : tr("not a JSON object");
        result.error = error;
        return result;
    }
    const QJsonObject json = document.object();
    switch (operation) {
    case Operation::List: {
        // Counted before any token is read, so that a million of them cost nothing.
        const qsizetype sent = json.value(QLatin1StringView("accessTokens")).toArray().size();
        if (window && sent > *window) {
            error.detail = tr("the server sent %Ln tokens for a window of %1", nullptr, int(sent))
                               .arg(QLocale().toString(*window));
            break;
        }
        const qint64 total = json.value(QLatin1StringView("totalCount")).toInteger(-1);
        if (total > TokenListPage::kMaxPlausibleTotal) {
            error.detail =
                tr("the server claims %1 tokens, more than any service holds (at most %2 are "
                   "believed)")
                    .arg(QLocale().toString(total), QLocale().toString(TokenListPage::kMaxPlausibleTotal));
            break;
        }
        if (auto page = TokenListPage::fromJson(json))
            result.response = std::move(*page);
        else
            error.detail = tr("not a token list (no totalCount, or a malformed accessTokens array)");
        break;
    }
    case Operation::Create:
        if (auto response = TokenCreateResponse::fromJson(json))
            result.response = std::move(*response);
        else
            error.detail = tr("no action OK with an access token");
        break;
    case Operation::Update:
        if (auto response = TokenUpdateResponse::fromJson(json))
            result.response = std::move(*response);
        else
            error.detail = tr("no action OK");
        break;
    case Operation::Revoke:
        if (auto response = TokenRevokeResponse::fromJson(json))
            result.response = std::move(*response);
        else
            error.detail = tr("no revoked count");
        break;
    case Operation::Delete:
        break;
    }
    if (std::holds_alternative<std::monostate>(result.response))
        result.error = error;
    return result;
}
