#include "SemanticColors.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QSvgRenderer>
#include <QWidget>
#include <cmath>

namespace {

// A little above the threshold, so that rounding to 8-bit channels cannot fall below it.
constexpr double kTarget = SemanticColors::kMinimumTextContrast + 0.1;

double hueOf(SemanticColors::Role role)
{
    switch (role) {
    case SemanticColors::Role::Error:
        return 0.0;
    case SemanticColors::Role::Warning:
        return 35.0 / 360.0; // amber, that darkens to brown
    case SemanticColors::Role::Info:
        return 212.0 / 360.0;
    case SemanticColors::Role::Success:
        return 125.0 / 360.0;
    }
    return 0.0;
}

double minimumContrast(const QColor &color, std::initializer_list<QColor> backgrounds)
{
    double lowest = 21.0;
    for (const QColor &background : backgrounds)
        lowest = std::min(lowest, SemanticColors::contrast(color, background));
    return lowest;
}

// Draws a resource's SVG with its fixed colours replaced by the palette's (see SemanticColors::icon).
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QString &resource)
    {
        QFile file(resource);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    QIconEngine *clone() const override { return new PaletteIconEngine(*this); }
    QString key() const override { return QStringLiteral("PaletteIconEngine"); }
    bool isNull() override { return m_svg.isEmpty(); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect,
                            scaledPixmap(rect.size(), mode, state, painter->device()->devicePixelRatioF()));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // Rendered once per size, mode and palette: a table paints its status icons on every visible row
    // at every repaint, and parsing the SVG each time would cost more than the rest of the row.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QString key = QStringLiteral("%1x%2@%3/%4/%5")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scale)
                                .arg(int(mode))
                                .arg(palette.cacheKey());
        if (const auto cached = m_rendered.constFind(key); cached != m_rendered.constEnd())
            return *cached;
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            QSvgRenderer renderer(coloured(palette, mode));
            renderer.render(&painter, QRect(QPoint(0, 0), pixmap.size()));
        }
        pixmap.setDevicePixelRatio(scale);
        // A palette change makes new keys; the old ones are few and small.
        constexpr qsizetype kMaxCached = 64;
        if (m_rendered.size() >= kMaxCached)
            m_rendered.clear();
        m_rendered.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

private:
    QByteArray coloured(const QPalette &palette, QIcon::Mode mode) const
    {
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        QByteArray svg = m_svg;
        svg.replace("#2e3436", palette.color(group, QPalette::WindowText).name().toLatin1());
        const auto fill = [&palette](SemanticColors::Role role) {
            return SemanticColors::text(role, {palette.color(QPalette::Window), palette.color(QPalette::Base),
                                               palette.color(QPalette::AlternateBase)})
                .name()
                .toLatin1();
        };
        svg.replace("#b01b1b", fill(SemanticColors::Role::Error));
        svg.replace("#e09a00", fill(SemanticColors::Role::Warning));
        svg.replace("#2e7d32", fill(SemanticColors::Role::Success));
        svg.replace("\"#fff\"", QByteArray('"' + palette.color(QPalette::Base).name().toLatin1() + '"'));
        return svg;
    }

    QByteArray m_svg;
    QHash<QString, QPixmap> m_rendered;
};

} // namespace

double SemanticColors::luminance(const QColor &color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double SemanticColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor SemanticColors::text(Role role, std::initializer_list<QColor> backgrounds)
{
    double darkest = 1.0;
    for (const QColor &background : backgrounds)
        darkest = std::min(darkest, luminance(background));
    // Text goes the way with more room: darker on light backgrounds, lighter on dark ones. Starting
    // from a mid tone and stepping outwards finds the most saturated colour that reads.
    const bool lighter = darkest < 0.18;
    const double saturation = role == Role::Info ? 0.7 : 0.8;
    for (double lightness = 0.5; lightness >= 0.0 && lightness <= 1.0; lightness += lighter ? 0.02 : -0.02) {
        const QColor candidate = QColor::fromHslF(float(hueOf(role)), float(saturation), float(lightness));
        if (minimumContrast(candidate, backgrounds) >= kTarget)
            return candidate;
    }
    return lighter ? QColor(Qt::white) : QColor(Qt::black);
}

QColor SemanticColors::tableText(Role role, const QPalette &palette)
{
    return text(role, {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)});
}

QColor SemanticColors::panel(Role role, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor accent = QColor::fromHslF(float(hueOf(role)), 0.7f, 0.5f);
    // A tint strong enough to tell the panel from the window, light enough to keep text readable.
    constexpr double kTint = 0.18;
    return QColor::fromRgbF(float(window.redF() * (1 - kTint) + accent.redF() * kTint),
                            float(window.greenF() * (1 - kTint) + accent.greenF() * kTint),
                            float(window.blueF() * (1 - kTint) + accent.blueF() * kTint));
}

QColor SemanticColors::panelText(const QColor &panel, const QPalette &palette)
{
    const QColor own = palette.color(QPalette::WindowText);
    if (contrast(own, panel) >= kTarget)
        return own;
    return contrast(Qt::black, panel) >= contrast(Qt::white, panel) ? QColor(Qt::black) : QColor(Qt::white);
}

QPalette SemanticColors::inheritedPalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
}

QIcon SemanticColors::icon(const QString &resource)
{
    return QIcon(new PaletteIconEngine(resource));
}
