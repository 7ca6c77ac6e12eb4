#pragma once

#include "FuzzCheck.h"
#include "ReplyDecoder.h"

#include <QJsonDocument>
#include <cstdint>

// The shared part of the reply targets: the body goes through ReplyDecoder as ApiCall's does, and
// whatever it yields must hold up.
template<typename Response, typename Check>
void checkReply(ApiCall::Operation operation, const uint8_t *data, size_t size, Check checkResponse)
{
    // A view of exactly the input, so that AddressSanitizer sees any read past its end.
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReplyDecoder::Result result = ReplyDecoder::decode(operation, 200, body);
    const Response *response = std::get_if<Response>(&result.response);

    // Exactly one outcome: the response, or the error that tells the user why there is none.
    if (!response) {
        FUZZ_CHECK(result.error.kind == ApiError::Kind::Undecodable);
        FUZZ_CHECK(!result.error.detail.isEmpty() && !result.error.message().isEmpty());
        return;
    }
    FUZZ_CHECK(!result.error.isError());
    checkResponse(*response);

    // What the decoder kept, written as JSON text and decoded again, comes back whole: the written
    // form is a fixed point (the first decoding may drop what it does not keep).
    const QJsonObject written = response->toJson();
    const ReplyDecoder::Result again =
        ReplyDecoder::decode(operation, 200, QJsonDocument(written).toJson(QJsonDocument::Compact));
    const Response *reread = std::get_if<Response>(&again.response);
    FUZZ_CHECK(reread != nullptr);
    FUZZ_CHECK(reread->toJson() == written);
}
