#include "EnvironmentBadge.h"

#include <QStyle>

EnvironmentBadge::EnvironmentBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentLabel"));
    setTextFormat(Qt::PlainText);
    hide();
}

void EnvironmentBadge::setEnvironment(ConnectionSettings::Environment environment)
{
    const bool production = environment == ConnectionSettings::Environment::Production;
    setText(ConnectionSettings::environmentName(environment));
    setAccessibleName(tr("Environment: %1").arg(text()));
    if (production) {
        markAsProduction(this);
    } else {
        setFont(QFont());
        setPalette(QPalette());
        setAutoFillBackground(false);
    }
    setVisible(!text().isEmpty());
}

void EnvironmentBadge::markAsProduction(QLabel *label)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    const QColor window = palette.color(QPalette::Window);
    const QColor red = window.lightness() < 128 ? QColor(0xe0, 0x40, 0x40) : QColor(0xd0, 0x20, 0x20);
    constexpr float share = 0.3f;
    palette.setColor(QPalette::Window, QColor::fromRgbF(window.redF() * (1 - share) + red.redF() * share,
                                                        window.greenF() * (1 - share) + red.greenF() * share,
                                                        window.blueF() * (1 - share) + red.blueF() * share));
    label->setPalette(palette);
    label->setAutoFillBackground(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setMargin(label->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) / 2 + 2);
}
