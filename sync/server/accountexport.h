#pragma once

#include "server/store.h"

#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace groundwork::sync {

// Everything the server holds about one account, as a JSON object: the account, its cohort,
// its devices (never a credential or its hash), its events as stored (payloads in base64),
// the profile shared with the lead and the sharing choice. nullopt when there is no such
// account. For `groundwork-server export-account`.
std::optional<QJsonObject> exportAccount(Store &store, const QString &accountId);

// `groundwork-server export-account --account ID [--to FILE]`: the export as indented JSON, to
// FILE (readable by its owner only) or standard output. Returns the exit code.
int exportAccountCommand(Store &store, const QString &accountId, const QString &toFile, QTextStream &out,
                         QTextStream &err);
// `groundwork-server delete-account --account ID`: Store::deleteAccount, saying what went.
int deleteAccountCommand(Store &store, const QString &accountId, QTextStream &out, QTextStream &err);

} // namespace groundwork::sync
