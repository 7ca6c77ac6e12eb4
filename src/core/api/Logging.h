#pragma once

#include <QLoggingCategory>

// One category per area. Debug is off by default (info and above are on); turn an area on with
// QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="tokendesk.api.debug=true". No message in any of them may
// carry a credential, a token value, a request or reply body, or a query value that names a person.
Q_DECLARE_LOGGING_CATEGORY(lcApi)      // tokendesk.api: one trace line per attempt of every call
Q_DECLARE_LOGGING_CATEGORY(lcLoader)   // tokendesk.loader: the windows of a whole-list load
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // tokendesk.keychain: credential store outcomes
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)  // tokendesk.sandbox: the emulator's requests
