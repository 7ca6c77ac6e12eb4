// The body of a 200 reply to /auth/token/create, as the app decodes it.
#include "ReplyCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkReply<TokenCreateResponse>(
        ApiCall::Operation::Create, data, size, [](const TokenCreateResponse &response) {
            // The dialog shows the new value once: a reply without one must not count as created.
            FUZZ_CHECK(response.action == QLatin1StringView("OK") && !response.accessToken.isEmpty());
        });
    return 0;
}
