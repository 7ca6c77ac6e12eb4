#pragma once

#include <QLabel>

// The explanation shown next to an input that is not acceptable; hidden while there is nothing to say,
// so a valid form keeps its compact layout.
class FieldError : public QLabel
{
    Q_OBJECT

public:
    explicit FieldError(QWidget *parent = nullptr);

    void setProblem(const QString &problem);
};
