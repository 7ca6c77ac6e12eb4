#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "tokendesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLoader, "tokendesk.loader", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "tokendesk.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "tokendesk.sandbox", QtInfoMsg)
