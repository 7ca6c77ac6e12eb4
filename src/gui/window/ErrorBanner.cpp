#include "ErrorBanner.h"

#include "PaletteFollower.h"
#include "SemanticColors.h"
#include "ServerText.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace {

// A QFrame is a plain panel to assistive technology; the banner is announced as an alert.
QAccessibleInterface *bannerAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1StringView("ErrorBanner") && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::AlertMessage);
    return nullptr;
}

} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_colors(new PaletteFollower(this, [this] { applyColors(); }))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(bannerAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    // Wraps within the window's width rather than widening it, whatever the message holds.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("errorBannerAction"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("errorBannerClose"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Dismiss message"));
    close->setToolTip(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(close);

    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_callback)
            m_callback();
    });
    connect(close, &QToolButton::clicked, this, &ErrorBanner::hide);
    hide();
}

void ErrorBanner::showMessage(Kind kind, const QString &text, const QString &actionText,
                              std::function<void()> action)
{
    m_kind = kind;
    const bool error = kind == Kind::Error;
    m_colors->apply();
    const QString shown = ServerText::bounded(text, kMaxLength);
    m_text->setText(shown);
    setAccessibleName(error ? tr("Error: %1").arg(shown) : shown);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
    // A screen reader reads the message out as it appears, as it would a live region: the banner
    // is an alert whose name is the message.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ErrorBanner::applyColors()
{
    // Tinted from the window's own colour, so that a dark palette gets a dark banner; the close
    // button's glyph is button text, and must read on the tint too.
    const QPalette inherited = SemanticColors::inheritedPalette(this);
    const QColor panel = SemanticColors::panel(
        m_kind == Kind::Error ? SemanticColors::Role::Error : SemanticColors::Role::Info, inherited);
    const QColor text = SemanticColors::panelText(panel, inherited);
    // Only these roles are set, so that the others stay inherited and a palette change reaches here.
    QPalette colors;
    colors.setColor(QPalette::Window, panel);
    colors.setColor(QPalette::WindowText, text);
    colors.setColor(QPalette::ButtonText, text);
    setPalette(colors);
    const QString icon = m_kind == Kind::Error     ? QStringLiteral(":/icons/error.svg")
                         : m_kind == Kind::Success ? QStringLiteral(":/icons/valid.svg")
                                                   : QStringLiteral(":/icons/search.svg");
    m_icon->setPixmap(SemanticColors::icon(icon).pixmap(QSize(16, 16), devicePixelRatioF()));
}

QString ErrorBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}
