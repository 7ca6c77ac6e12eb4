#pragma once

#include "ApiCall.h"
#include "ApiError.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads the body of a 2xx reply as the typed response of its operation. It owns no socket, so the
// fuzzers feed it the very bytes a server could send, through the code path the app runs.
class ReplyDecoder
{
    // The messages keep ApiCall's translation context: they were ApiCall's before they moved here.
    Q_DECLARE_TR_FUNCTIONS(ApiCall)

public:
    struct Result
    {
        ApiCall::Response response; // monostate for Delete, which has no body, and when decoding failed
        ApiError error;             // Undecodable with the reason, or no error
    };

    // A list page with more tokens than `window` (the end - start asked for) is an error.
    static Result decode(ApiCall::Operation operation, int status, const QByteArray &body,
                         std::optional<int> window = std::nullopt);
};
