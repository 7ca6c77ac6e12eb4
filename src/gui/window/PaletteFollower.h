#pragma once

#include <QObject>
#include <functional>

class QWidget;

// Keeps a widget's own colours derived from the palette it inherits: apply() now, and again after each
// palette change (dark, high contrast) or reparenting. The widgets learn of a new palette one by one, a
// child perhaps before its parent, so the colours are derived once, queued, after all have it; the
// palette the colours themselves set does not start another round.
class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void()> applyColors);

    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_applyColors;
    bool m_applying = false;
    bool m_reapplyQueued = false;
};
