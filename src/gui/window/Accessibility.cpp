#include "Accessibility.h"

#include <QAction>
#include <QLineEdit>

void Accessibility::nameClearButton(QLineEdit *edit)
{
    // The action Qt adds for the clear button, by the object name Qt gives it; its button takes the
    // action's text as its name.
    auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    if (!clear)
        return;
    const QString name =
        edit->accessibleName().isEmpty() ? tr("Clear") : tr("Clear: %1").arg(edit->accessibleName());
    clear->setText(name);
    clear->setToolTip(name);
}
