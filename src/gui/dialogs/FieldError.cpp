#include "FieldError.h"

#include "PaletteFollower.h"
#include "SemanticColors.h"

FieldError::FieldError(QWidget *parent)
    : QLabel(parent)
    , m_colors(new PaletteFollower(this, [this] { applyColors(); }))
{
    // One line, always there even while empty: a message appearing or changing does not move the
    // fields below it under the pointer, and a long one never widens the dialog; its tooltip and
    // accessible description hold it whole.
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setMinimumHeight(fontMetrics().lineSpacing());
    // Selectable so that a message can be copied into a bug report or a search.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_colors->apply();
}

void FieldError::applyColors()
{
    // Only the text colour is set: every other role, the window colour behind the text included,
    // stays inherited and follows the next palette change.
    QPalette colors;
    colors.setColor(QPalette::WindowText,
                    SemanticColors::text(SemanticColors::Role::Error,
                                         {SemanticColors::inheritedPalette(this).color(QPalette::Window)}));
    setPalette(colors);
}

void FieldError::setProblem(const QString &problem)
{
    setText(problem);
    // The accessible name says which field this is about; the description is what is wrong.
    setAccessibleDescription(problem);
    setToolTip(problem);
}
