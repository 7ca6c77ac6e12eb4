#include "PaletteFollower.h"

#include <QEvent>
#include <QWidget>

PaletteFollower::PaletteFollower(QWidget *widget, std::function<void()> applyColors)
    : QObject(widget)
    , m_applyColors(std::move(applyColors))
{
    widget->installEventFilter(this);
}

void PaletteFollower::apply()
{
    m_applying = true;
    m_applyColors();
    m_applying = false;
}

bool PaletteFollower::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange ||
         type == QEvent::ParentChange) &&
        !m_applying && !m_reapplyQueued) {
        m_reapplyQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_reapplyQueued = false;
                apply();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
