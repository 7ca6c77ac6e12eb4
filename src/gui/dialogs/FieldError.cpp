#include "FieldError.h"

#include "SemanticColors.h"

#include <QEvent>

FieldError::FieldError(QWidget *parent)
    : QLabel(parent)
{
    // One line, always there even while empty: a message appearing or changing does not move the
    // fields below it under the pointer, and a long one never widens the dialog; its tooltip and
    // accessible description hold it whole.
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setMinimumHeight(fontMetrics().lineSpacing());
    // Selectable so that a message can be copied into a bug report or a search.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyColors();
}

bool FieldError::event(QEvent *event)
{
    // A new palette (dark, high contrast) needs colours of its own. The widgets learn of it one by
    // one, this one perhaps before its parent: the colours are derived once all have it.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange ||
         event->type() == QEvent::ParentChange) &&
        !m_applying && !m_reapplyQueued) {
        m_reapplyQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_reapplyQueued = false;
                applyColors();
            },
            Qt::QueuedConnection);
    }
    return QLabel::event(event);
}

void FieldError::applyColors()
{
    // Only the text colour is set: every other role, the window colour behind the text included,
    // stays inherited and follows the next palette change.
    m_applying = true;
    QPalette colors;
    colors.setColor(QPalette::WindowText,
                    SemanticColors::text(SemanticColors::Role::Error,
                                         {SemanticColors::inheritedPalette(this).color(QPalette::Window)}));
    setPalette(colors);
    m_applying = false;
}

void FieldError::setProblem(const QString &problem)
{
    setText(problem);
    // The accessible name says which field this is about; the description is what is wrong.
    setAccessibleDescription(problem);
    setToolTip(problem);
}
