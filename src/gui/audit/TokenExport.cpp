#include "TokenExport.h"

#include "CsvText.h"
#include "TokenColumns.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace TokenExport {

namespace {

bool writeAll(QIODevice &device, const QByteArray &data, QString *error)
{
    if (device.write(data) == data.size())
        return true;
    if (error)
        *error = QCoreApplication::translate("TokenExport", "The export could not be written: %1")
                     .arg(device.errorString());
    return false;
}

} // namespace

bool writeCsv(QIODevice &device, const QList<AccessToken> &tokens, const ClientText &clientText,
              QString *error)
{
    // Every column of the table with a field, shown or not, in the table's order; a column derived
    // from the clock (the status) would be stale in the file, and its expiry is there.
    QList<int> columns;
    QStringList fields;
    for (int column = 0; column < TokenColumns::Count; ++column) {
        if (const char *name = TokenColumns::at(column).exportName) {
            columns.append(column);
            fields.append(QLatin1StringView(name));
        }
    }
    QString csv = CsvText::record(fields);
    for (const AccessToken &token : tokens) {
        for (qsizetype field = 0; field < columns.size(); ++field)
            fields[field] = TokenColumns::exportValue(token, columns.at(field), clientText);
        csv += CsvText::record(fields);
    }
    return writeAll(device, csv.toUtf8(), error);
}

bool writeJson(QIODevice &device, const QList<AccessToken> &tokens, QString *error)
{
    QJsonArray array;
    for (const AccessToken &token : tokens)
        array.append(token.toJson());
    return writeAll(device, QJsonDocument(array).toJson(QJsonDocument::Indented), error);
}

bool saveToFile(const QString &path, const QList<AccessToken> &tokens, const ClientText &clientText,
                QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1StringView("csv") && suffix != QLatin1StringView("json"))
        return fail(QCoreApplication::translate("TokenExport",
                                                "Tokens can be exported as .csv or .json files, not as %1.")
                        .arg(QDir::toNativeSeparators(path)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("TokenExport", "%1 could not be opened for writing: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    const bool written = suffix == QLatin1StringView("csv") ? writeCsv(file, tokens, clientText, error)
                                                            : writeJson(file, tokens, error);
    if (!written)
        return false; // QSaveFile discards the partial file
    if (!file.commit())
        return fail(QCoreApplication::translate("TokenExport", "%1 could not be saved: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

} // namespace TokenExport
