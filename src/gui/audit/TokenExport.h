#pragma once

#include "TokenColumns.h"

#include <QList>
#include <QString>

class QIODevice;

// Writes tokens (the loaded or the filtered rows) as CSV (RFC 4180, UTF-8, a header row) or JSON
// (an array of the list API's token objects). Hashes only: the list never has token values.
namespace TokenExport {

// How a client ID is shown in the CSV's client column (with its name when known).
using ClientText = TokenColumns::ClientText;

bool writeCsv(QIODevice &device, const QList<AccessToken> &tokens, const ClientText &clientText,
              QString *error);
bool writeJson(QIODevice &device, const QList<AccessToken> &tokens, QString *error);
// Writes atomically (QSaveFile) to path; the format follows the suffix (.csv or .json).
bool saveToFile(const QString &path, const QList<AccessToken> &tokens, const ClientText &clientText,
                QString *error);

} // namespace TokenExport
