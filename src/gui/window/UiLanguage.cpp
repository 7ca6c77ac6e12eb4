#include "UiLanguage.h"

#include <QAction>
#include <QRegularExpression>
#include <QToolBar>

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
