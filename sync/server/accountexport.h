#pragma once

#include "server/store.h"

#include <QJsonObject>

#include <optional>

namespace groundwork::sync {

// Everything the server holds about one account, as a JSON object: the account, its cohort,
// its devices (never a credential or its hash), its events as stored (payloads in base64),
// the profile shared with the lead and the sharing choice. nullopt when there is no such
// account. For `groundwork-server export-account`.
std::optional<QJsonObject> exportAccount(Store &store, const QString &accountId);

} // namespace groundwork::sync
