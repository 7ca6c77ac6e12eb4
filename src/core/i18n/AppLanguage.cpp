#include "AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

const QString kSetting = QStringLiteral("language");

QString languageOf(const QLocale &locale)
{
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace

QStringList AppLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString AppLanguage::saved()
{
    const QString code = QSettings().value(kSetting).toString();
    return available().contains(code) ? code : QString();
}

void AppLanguage::save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSetting);
    else
        settings.setValue(kSetting, code);
}

QString AppLanguage::chosen()
{
    if (QString code = saved(); !code.isEmpty())
        return code;
    const QStringList system = QLocale::system().uiLanguages();
    for (const QString &name : system) {
        QString code = languageOf(QLocale(name));
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString AppLanguage::catalog(const QString &code)
{
    return QStringLiteral(":/i18n/tokendesk_%1.qm").arg(code);
}

void AppLanguage::install(QCoreApplication *app)
{
    const QString code = chosen();
    if (!saved().isEmpty() && code != languageOf(QLocale::system()))
        QLocale::setDefault(QLocale(code));
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(catalog(code)))
        QCoreApplication::installTranslator(own);
    else
        qWarning("The catalog %s is missing from the build", qPrintable(catalog(code)));
}
