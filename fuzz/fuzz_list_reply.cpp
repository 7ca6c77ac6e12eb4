// The body of a 200 reply to /auth/token/get/list, as the app decodes it.
#include "ReplyCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkReply<TokenListPage>(ApiCall::Operation::List, data, size, [](const TokenListPage &page) {
        // The window and the count drive the table's paging: never negative.
        FUZZ_CHECK(page.start >= 0 && page.end >= 0 && page.totalCount >= 0);
        // Every row must be actionable: revoke, update and delete name it by its hash.
        for (const AccessToken &token : page.accessTokens)
            FUZZ_CHECK(!token.accessTokenHash.isEmpty());
    });
    return 0;
}
