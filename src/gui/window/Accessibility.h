#pragma once

#include <QCoreApplication>

class QLineEdit;

// What Qt's own parts of a widget lack for a screen reader.
class Accessibility
{
    Q_DECLARE_TR_FUNCTIONS(Accessibility)

public:
    // A line edit's clear button (setClearButtonEnabled) is an unnamed button to assistive technology;
    // it gets a name and a tooltip saying which field it clears.
    static void nameClearButton(QLineEdit *edit);
};
