#include "ScreenFit.h"

#include <QEvent>
#include <QScreen>
#include <QWidget>

ScreenFit::ScreenFit(QObject *parent)
    : QObject(parent)
{}

void ScreenFit::fit(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is known only once the window manager framed the window; until
    // then a margin stands in for it.
    const QRect frame = window->frameGeometry();
    const QSize decoration = frame.size() - window->geometry().size();
    const QSize margin = decoration.isEmpty() ? QSize(16, 48) : decoration;
    const QSize room = available.size() - margin;
    const QSize size = window->size().boundedTo(room).expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);
    QRect placed(window->frameGeometry().topLeft(), size + margin);
    if (!available.contains(placed)) {
        placed.moveRight(std::min(placed.right(), available.right()));
        placed.moveBottom(std::min(placed.bottom(), available.bottom()));
        placed.moveLeft(std::max(placed.left(), available.left()));
        placed.moveTop(std::max(placed.top(), available.top()));
        window->move(placed.topLeft());
    }
}

bool ScreenFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        const Qt::WindowType type = widget->windowType();
        if (widget->isWindow() && (type == Qt::Window || type == Qt::Dialog))
            fit(widget);
    }
    return QObject::eventFilter(watched, event);
}
