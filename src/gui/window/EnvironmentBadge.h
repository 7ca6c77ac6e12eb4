#pragma once

#include "ConnectionSettings.h"

#include <QLabel>

// The environment label of the open connection, next to the profile switcher: "production" stands out
// in colour and bold, the others are plain words, an unlabelled connection shows nothing.
class EnvironmentBadge : public QLabel
{
    Q_OBJECT

public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);

    void setEnvironment(ConnectionSettings::Environment environment);

    // Makes label a production warning: the palette's own colours with the background tinted red, so
    // that its text keeps the theme's contrast in a light and in a dark theme alike.
    static void markAsProduction(QLabel *label);
};
