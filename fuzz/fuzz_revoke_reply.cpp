// The body of a 200 reply to /auth/token/revoke, as the app decodes it.
#include "ReplyCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkReply<TokenRevokeResponse>(ApiCall::Operation::Revoke, data, size,
                                    [](const TokenRevokeResponse &response) {
                                        // The count is reported to the user as "revoked N tokens".
                                        FUZZ_CHECK(response.count >= 0);
                                    });
    return 0;
}
