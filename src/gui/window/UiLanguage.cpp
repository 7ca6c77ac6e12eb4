#include "UiLanguage.h"

#include <QAction>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QToolBar>
#include <QTranslator>

namespace {

const QString kSetting = QStringLiteral("language");

QString languageOf(const QLocale &locale)
{
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace

QStringList UiLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString UiLanguage::saved()
{
    const QString code = QSettings().value(kSetting).toString();
    return available().contains(code) ? code : QString();
}

void UiLanguage::save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSetting);
    else
        settings.setValue(kSetting, code);
}

QString UiLanguage::chosen()
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

QString UiLanguage::catalog(const QString &code)
{
    return QStringLiteral(":/i18n/tokendesk_%1.qm").arg(code);
}

void UiLanguage::install(QCoreApplication *app)
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

QString UiLanguage::withoutMnemonic(QString text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\(&[^&]\\)"));
    static const QRegularExpression single(QStringLiteral("&(.)"));
    static const QRegularExpression ellipsis(QStringLiteral("(…|\\.\\.\\.)$"));
    return text.remove(bracketed).replace(single, QStringLiteral("\\1")).remove(ellipsis).trimmed();
}

void UiLanguage::plainToolBarTexts(QToolBar *toolbar)
{
    const QList<QAction *> actions = toolbar->actions();
    for (QAction *action : actions) {
        const auto plain = [action] { action->setIconText(withoutMnemonic(action->text())); };
        plain();
        // setIconText() signals changed() only when the text differs, so this settles at once.
        QObject::connect(action, &QAction::changed, action, plain);
    }
}
