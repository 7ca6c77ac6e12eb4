#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxSettings.h"

#include <functional>
#include <optional>

class SandboxBodyDecoder;
class SandboxStore;
struct SandboxToken;

// Authlete's token management API over a SandboxStore: routing, authentication, body decoding,
// validation and the store operations, with no socket in sight. It answers every input, however
// hostile, with a response (it is fuzzed), and follows §9 of the API reference exactly. Requests are
// read by the Sandbox*Request types and replies written by SandboxReplyEncoder, from the reference and
// never through the client's types, so that the sandbox stays an independent check of the client.
class SandboxApi
{
public:
    static constexpr qsizetype kMaxBodySize = qsizetype(1024) * 1024;

    SandboxApi(SandboxSettings settings, SandboxStore &store);

    SandboxResponse handle(const SandboxRequest &request);

    const SandboxSettings &settings() const { return m_settings; }
    const SandboxStore &store() const { return m_store; }

    // The part of a request path that Authlete names in its result messages ("/auth/token/create").
    static QString apiPathOf(const QString &path);
    // Tests pin the clock; the default is the wall clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    struct Route;

    std::optional<Route> route(const QString &path) const;
    std::optional<SandboxResponse> authenticate(const SandboxRequest &request, const Route &route) const;

    SandboxResponse list(const SandboxRequest &request, const Route &route) const;
    SandboxResponse create(const SandboxRequest &request, const Route &route);
    SandboxResponse update(const SandboxRequest &request, const Route &route);
    SandboxResponse revoke(const SandboxRequest &request, const Route &route);
    SandboxResponse remove(const Route &route);

    // Fills json from the body, or answers the 400 that says what is wrong with it.
    std::optional<SandboxResponse> decodeBody(const SandboxRequest &request, const Route &route,
                                              const SandboxBodyDecoder &decoder, QJsonObject &json) const;
    QStringList supportedOnly(const QStringList &scopes) const;
    qint64 now() const { return m_clock(); }

    SandboxSettings m_settings;
    SandboxStore &m_store;
    std::function<qint64()> m_clock;
};
