#pragma once

#include <QLabel>

class PaletteFollower;

// The explanation shown under an input that is not acceptable, in space kept for it while there is
// nothing to say, so that the form does not shift when a message comes or goes.
class FieldError : public QLabel
{
    Q_OBJECT

public:
    explicit FieldError(QWidget *parent = nullptr);

    void setProblem(const QString &problem);

private:
    void applyColors();

    PaletteFollower *m_colors;
};
