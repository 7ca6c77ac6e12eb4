#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

class QWidget;

// The colours that carry a meaning (expired, expiring soon, an error, a notice), derived from the
// palette in use rather than fixed: a fixed dark red reads on white but vanishes on a dark palette
// (#B01B1B on #5C5B5A is 1.03:1). Every text colour given here reaches WCAG AA (4.5:1) against the
// background it is meant for, in a light palette and in a dark one.
class SemanticColors
{
public:
    enum class Role { Error, Warning, Info, Success };

    static constexpr double kMinimumTextContrast = 4.5;

    // WCAG 2 relative luminance and contrast ratio (1 to 21).
    static double luminance(const QColor &color);
    static double contrast(const QColor &a, const QColor &b);

    // The role's hue at the lightness that reads on every one of the backgrounds (on the lighter
    // side of a dark background, the darker side of a light one).
    static QColor text(Role role, std::initializer_list<QColor> backgrounds);
    // For table cells: readable on the base and the alternate rows.
    static QColor tableText(Role role, const QPalette &palette);
    // A panel of the role (the banner): the window colour tinted towards the role's hue, and text on
    // it in the palette's own text colour, or black or white where that would not read.
    static QColor panel(Role role, const QPalette &palette);
    static QColor panelText(const QColor &panel, const QPalette &palette);

    // The palette a widget's own colours are derived from: its parent's, or the application's.
    static QPalette inheritedPalette(const QWidget *widget);

    // An icon of the resources painted in the application palette's colours at each paint, so that it
    // follows a palette change without being set again: #2e3436 becomes the text colour; the status
    // fills #b01b1b, #e09a00 and #2e7d32 become the error, warning and success colours that read on the
    // window and the table's rows; and the white glyph on a fill becomes the base colour, so that it
    // reads on the fill wherever the fill reads.
    static QIcon icon(const QString &resource);
};
