// The body of an error reply (any status the app does not treat as success), as the app reads it:
// the first two bytes pick the status (big-endian, modulo 600), the rest is the body.
#include "ApiError.h"
#include "FuzzCheck.h"

#include <QByteArray>
#include <cstdint>

namespace {

// ApiError keeps this much of a body that is not a result object, never a whole page, and says how
// much it left out ("(… N more characters)").
constexpr qsizetype kMaxDetail = 200;
constexpr qsizetype kMaxCutNote = 48;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = ((data[0] << 8) | data[1]) % 600;
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const ApiError error = ApiError::fromHttp(status, body);
    FUZZ_CHECK(error.kind == ApiError::Kind::Http && error.httpStatus == status);
    FUZZ_CHECK(error.detail.size() <= kMaxDetail + kMaxCutNote);
    // The user always gets a sentence, and it carries what the server said.
    const QString message = error.message();
    FUZZ_CHECK(!message.isEmpty());
    FUZZ_CHECK(message.contains(error.resultMessage));
    return 0;
}
