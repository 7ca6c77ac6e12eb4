#include "ReplyDecoder.h"

#include <QJsonDocument>

ReplyDecoder::Result ReplyDecoder::decode(ApiCall::Operation operation, int status, const QByteArray &body)
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
    case Operation::List:
        if (auto page = TokenListPage::fromJson(json))
            result.response = std::move(*page);
        else
            error.detail = tr("not a token list (no totalCount, or a malformed accessTokens array)");
        break;
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
