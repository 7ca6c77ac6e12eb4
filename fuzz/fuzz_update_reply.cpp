// The body of a 200 reply to /auth/token/update, as the app decodes it.
#include "ReplyCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkReply<TokenUpdateResponse>(
        ApiCall::Operation::Update, data, size,
        [](const TokenUpdateResponse &response) { FUZZ_CHECK(response.action == QLatin1StringView("OK")); });
    return 0;
}
