#pragma once

#include "SandboxStore.h"

#include <QJsonObject>
#include <QString>

struct SandboxCreateRequest;
struct SandboxUpdateRequest;

// The 200 replies of the token API, written member by member from the store's records and §2.1–2.5 of
// the API reference, never through the client's response types: the fixture tests hold both sides
// to the reference separately. A value that is absent is left out, never sent as null (§9).
class SandboxReplyEncoder
{
public:
    // §2.1: the window of a list call; listed only when the call named a client that exists.
    static QJsonObject list(int start, int end, const SandboxStore::Window &window,
                            const ClientLimited *listed, const QString &subject);
    // §2.2: the record just created; the token values are not in the store, so they come separately
    // (refreshToken empty when none was issued).
    static QJsonObject created(const QString &resultCode, const SandboxCreateRequest &request,
                               const SandboxToken &record, const QString &accessToken,
                               const QString &refreshToken);
    // §2.3: the record after the update; accessToken only when the caller knows the value.
    static QJsonObject updated(const QString &resultCode, const SandboxUpdateRequest &request,
                               const SandboxToken &record, const QString &accessToken);
    // §2.5.
    static QJsonObject revoked(const QString &resultCode, int count);
};
