#include "ErrorBanner.h"

#include "ServerText.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
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
    QPalette colors = palette();
    const bool error = kind == Kind::Error;
    colors.setColor(QPalette::Window, error ? QColor(0xfd, 0xe7, 0xe7) : QColor(0xe8, 0xf0, 0xfb));
    colors.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(colors);
    const QIcon icon(error ? QStringLiteral(":/icons/error.svg") : QStringLiteral(":/icons/search.svg"));
    m_icon->setPixmap(icon.pixmap(QSize(16, 16), devicePixelRatioF()));
    const QString shown = ServerText::bounded(text, kMaxLength);
    m_text->setText(shown);
    setAccessibleName(error ? tr("Error: %1").arg(shown) : shown);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString ErrorBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}
