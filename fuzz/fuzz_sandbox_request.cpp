// SandboxApi::handle() on a fresh, seeded store, with up to eight requests per input so that a
// create can be followed by the update, list or revoke that finds its token.
//
// Requests are separated by the byte 0x1e. Each one is
//   <selector byte> <path>[?<query>] "\n" [<header lines> "\n\n"] <body>
// where the selector's bits pick what the fuzzer would otherwise have to spell exactly:
//   bits 0-1  method:       GET, POST, DELETE, PUT
//   bits 2-3  credential:   the right one for the path (Bearer, or Basic on /api/auth/...), a wrong
//                           Bearer, none, a wrong Basic
//   bits 4-5  Content-Type: application/json, application/x-www-form-urlencoded, none, text/plain
//   bits 6-7  path prefix:  none, "/api/<serviceId>/auth/token/", "/api/auth/token/" (v2),
//                           "/api/1/auth/token/" (another service)
// Header lines ("name: value") come before the generated ones, so they win where both are given.
#include "ApiError.h"
#include "FuzzCheck.h"
#include "ReplyDecoder.h"
#include "SandboxApi.h"
#include "SandboxSeeder.h"
#include "SandboxStore.h"

#include <QJsonDocument>
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace {

constexpr qint64 kNow = 1'750'000'000'000; // a fixed clock keeps every run reproducible
constexpr char kSeparator = '\x1e';
constexpr int kMaxRequests = 8;

const std::array<QByteArray, 4> kMethods{"GET", "POST", "DELETE", "PUT"};
const std::array<QByteArray, 4> kContentTypes{"application/json", "application/x-www-form-urlencoded",
                                              QByteArray(), "text/plain"};
const std::array<QString, 4> kPrefixes{QString(), QStringLiteral("/api/715948317/auth/token/"),
                                       QStringLiteral("/api/auth/token/"),
                                       QStringLiteral("/api/1/auth/token/")};

SandboxSettings fuzzSettings()
{
    SandboxSettings settings;
    settings.apiKey = QStringLiteral("sandbox-key");
    settings.apiSecret = QStringLiteral("sandbox-secret");
    return settings;
}

QByteArray basic(const char *secret)
{
    return "Basic " + QByteArray(QByteArray("sandbox-key:") + secret).toBase64();
}

void addHeader(SandboxRequest &request, const char *name, const QByteArray &value)
{
    request.headers.append({QByteArray(name), value});
}

SandboxRequest parseRequest(QByteArrayView bytes, const SandboxSettings &settings)
{
    const uchar selector = uchar(bytes.front());
    bytes = bytes.sliced(1);
    const qsizetype lineEnd = bytes.indexOf('\n');
    const QByteArrayView target = lineEnd < 0 ? bytes : bytes.first(lineEnd);
    QByteArrayView rest = lineEnd < 0 ? QByteArrayView() : bytes.sliced(lineEnd + 1);

    SandboxRequest request;
    request.method = kMethods[selector & 3];
    const qsizetype question = target.indexOf('?');
    request.path =
        kPrefixes[selector >> 6] + QString::fromUtf8(question < 0 ? target : target.first(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.sliced(question + 1)));

    const qsizetype headersEnd = rest.indexOf(QByteArrayView("\n\n"));
    if (headersEnd >= 0) {
        for (const QByteArray &line : rest.first(headersEnd).toByteArray().split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        rest = rest.sliced(headersEnd + 2);
    }
    request.body = rest.toByteArray();

    switch ((selector >> 2) & 3) {
    case 0:
        addHeader(request, "authorization",
                  request.path.startsWith(kPrefixes[2]) ? basic("sandbox-secret")
                                                        : "Bearer " + settings.bearer.toUtf8());
        break;
    case 1:
        addHeader(request, "authorization", "Bearer wrong");
        break;
    case 2:
        break;
    case 3:
        addHeader(request, "authorization", basic("wrong"));
        break;
    }
    if (const QByteArray &contentType = kContentTypes[(selector >> 4) & 3]; !contentType.isEmpty())
        addHeader(request, "content-type", contentType);
    return request;
}

bool isResultCode(const QString &code)
{
    return code.size() == 7 && code.front() == QLatin1Char('A') &&
           std::all_of(code.begin() + 1, code.end(), [](QChar c) { return c.isDigit(); });
}

std::optional<ApiCall::Operation> operationOf(const QString &path)
{
    const QString apiPath = SandboxApi::apiPathOf(path);
    const auto is = [&apiPath](const char *name) {
        const QString full = QStringLiteral("/auth/token/") + QLatin1StringView(name);
        return apiPath == full || apiPath == full + QLatin1Char('/');
    };
    if (is("get/list"))
        return ApiCall::Operation::List;
    if (is("create"))
        return ApiCall::Operation::Create;
    if (is("update"))
        return ApiCall::Operation::Update;
    if (is("revoke"))
        return ApiCall::Operation::Revoke;
    return std::nullopt;
}

// A 200 reply is what TokenDesk reads from a real server: its own decoder must accept it, and the
// store must have changed by exactly what the reply says.
void checkSuccess(const SandboxApi &api, const SandboxRequest &request, const SandboxResponse &response,
                  int before, int after)
{
    const std::optional<ApiCall::Operation> operation = operationOf(request.path);
    FUZZ_CHECK(operation.has_value());
    const ReplyDecoder::Result decoded = ReplyDecoder::decode(*operation, response.status, response.body);
    FUZZ_CHECK(!decoded.error.isError());
    const QStringList &supported = api.settings().supportedScopes;
    const auto allSupported = [&supported](const QStringList &scopes) {
        return std::all_of(scopes.begin(), scopes.end(),
                           [&supported](const QString &scope) { return supported.contains(scope); });
    };
    switch (*operation) {
    case ApiCall::Operation::List: {
        const TokenListPage &page = std::get<TokenListPage>(decoded.response);
        FUZZ_CHECK(page.accessTokens.size() <= std::max(0, page.end - page.start));
        FUZZ_CHECK(page.accessTokens.size() <= api.settings().maxRange);
        FUZZ_CHECK(page.totalCount <= after);
        FUZZ_CHECK(after == before);
        break;
    }
    case ApiCall::Operation::Create:
        FUZZ_CHECK(allSupported(std::get<TokenCreateResponse>(decoded.response).scopes));
        FUZZ_CHECK(after == before + 1);
        break;
    case ApiCall::Operation::Update:
        FUZZ_CHECK(allSupported(std::get<TokenUpdateResponse>(decoded.response).scopes));
        FUZZ_CHECK(after == before);
        break;
    case ApiCall::Operation::Revoke:
        FUZZ_CHECK(before - after == std::get<TokenRevokeResponse>(decoded.response).count);
        break;
    case ApiCall::Operation::Delete:
        break;
    }
}

void checkResponse(const SandboxApi &api, const SandboxRequest &request, const SandboxResponse &response,
                   int before, int after)
{
    FUZZ_CHECK(response.status >= 200 && response.status <= 599);
    // The indexes and the records must agree whatever happened.
    FUZZ_CHECK(api.store().allTokens().size() == after);
    if (response.status == 204) {
        FUZZ_CHECK(response.body.isEmpty());
        FUZZ_CHECK(before - after == 1);
        return;
    }
    // The server sends every other reply as application/json.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    FUZZ_CHECK(parseError.error == QJsonParseError::NoError && document.isObject());
    if (response.status == 200) {
        checkSuccess(api, request, response, before, after);
        return;
    }
    // Refusals are Authlete result bodies and change nothing.
    const ApiError error = ApiError::fromHttp(response.status, response.body);
    FUZZ_CHECK(isResultCode(error.resultCode));
    FUZZ_CHECK(error.resultMessage.startsWith(QLatin1Char('[') + error.resultCode + QLatin1Char(']')));
    FUZZ_CHECK(after == before);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SandboxSettings settings = fuzzSettings();
    SandboxStore store;
    SandboxSeeder seeder;
    seeder.seed = 7;
    seeder.tokens = 24;
    seeder.clients = 3;
    seeder.subjects = 4;
    seeder.scopes = settings.supportedScopes;
    seeder.populate(store, kNow);
    SandboxApi api(settings, store);
    api.setClock([] { return kNow; });

    QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int i = 0; i < kMaxRequests && !input.isEmpty(); ++i) {
        const qsizetype end = input.indexOf(kSeparator);
        const QByteArrayView bytes = end < 0 ? input : input.first(end);
        input = end < 0 ? QByteArrayView() : input.sliced(end + 1);
        if (bytes.isEmpty())
            continue;
        const SandboxRequest request = parseRequest(bytes, settings);
        const int before = store.size();
        const SandboxResponse response = api.handle(request);
        checkResponse(api, request, response, before, store.size());
    }
    return 0;
}
