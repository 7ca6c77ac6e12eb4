#include "FieldError.h"

FieldError::FieldError(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    // Selectable so that a message can be copied into a bug report or a search.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette colors = palette();
    colors.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    setPalette(colors);
    hide();
}

void FieldError::setProblem(const QString &problem)
{
    setText(problem);
    // The accessible name says which field this is about; the description is what is wrong.
    setAccessibleDescription(problem);
    setHidden(problem.isEmpty());
}
