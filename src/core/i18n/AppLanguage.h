#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The language TokenDesk and tokendesk-cli speak: the catalogs built into them (:/i18n/), the choice
// in the settings (View → Language) and the system's languages. A choice applies at the next start,
// when the catalogs are installed before any text is made.
class AppLanguage
{
public:
    // The languages with a catalog, as codes ("en", "ja").
    static QStringList available();
    // The saved choice: a code from available(), or empty to follow the system.
    static QString saved();
    static void save(const QString &code);
    // The saved choice, else the first of the system's languages that has a catalog, else English.
    static QString chosen();
    // The path of the app's catalog for a language, in the resources.
    static QString catalog(const QString &code);
    // Installs the app's catalog and Qt's own (qtbase_<code>) for chosen() on the application. A
    // language saved against the system's also becomes the default locale, so that dates and numbers
    // read like the words around them.
    static void install(QCoreApplication *app);
};
