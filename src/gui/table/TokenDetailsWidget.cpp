#include "TokenDetailsWidget.h"

#include "ExpiryText.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum class When { Past, Expiry };

QString timeText(qint64 ms, When when)
{
    if (ms <= 0)
        return TokenDetailsWidget::tr("—");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString absolute = QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
    return TokenDetailsWidget::tr("%1 (%2)").arg(
        absolute, when == When::Past ? ExpiryText::ago(ms, now) : ExpiryText::relative(ms, now));
}

} // namespace

TokenDetailsWidget::TokenDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Select a token to see its details."), this))
    , m_fields(new QWidget(this))
{
    setObjectName(QStringLiteral("tokenDetails"));
    setAccessibleName(tr("Token details"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    auto *form = new QFormLayout(m_fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_subject = addRow(tr("Subject"), QStringLiteral("detailSubject"));
    m_client = addRow(tr("Client"), QStringLiteral("detailClient"));
    m_grantType = addRow(tr("Grant type"), QStringLiteral("detailGrantType"));
    m_scopes = addRow(tr("Scopes"), QStringLiteral("detailScopes"));
    m_refreshScopes = addRow(tr("Refresh token scopes"), QStringLiteral("detailRefreshScopes"));
    m_created = addRow(tr("Created"), QStringLiteral("detailCreated"));
    m_accessExpiry = addRow(tr("Access token expires"), QStringLiteral("detailAccessExpiry"));
    m_refreshExpiry = addRow(tr("Refresh token expires"), QStringLiteral("detailRefreshExpiry"));
    m_lastRefreshed = addRow(tr("Last refreshed"), QStringLiteral("detailLastRefreshed"));
    m_accessHash = addHashRow(tr("Access token hash"), QStringLiteral("detailAccessHash"));
    m_refreshHash = addHashRow(tr("Refresh token hash"), QStringLiteral("detailRefreshHash"));
    m_properties = addRow(tr("Properties"), QStringLiteral("detailProperties"));
    m_properties->setTextFormat(Qt::RichText);

    auto *copies = new QHBoxLayout;
    copies->addWidget(
        copyButton(QStringLiteral("copyAccessHashButton"), tr("Copy access token hash"), m_accessHash));
    copies->addWidget(
        copyButton(QStringLiteral("copyRefreshHashButton"), tr("Copy refresh token hash"), m_refreshHash));
    copies->addStretch();
    form->addRow(copies);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_fields);
    layout->addStretch();
    clear();
}

QLabel *TokenDetailsWidget::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_fields);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    static_cast<QFormLayout *>(m_fields->layout())->addRow(label, value);
    return value;
}

QLabel *TokenDetailsWidget::addHashRow(const QString &label, const QString &objectName)
{
    auto *form = static_cast<QFormLayout *>(m_fields->layout());
    form->addRow(new QLabel(label, m_fields));
    auto *value = new QLabel(m_fields);
    value->setObjectName(objectName);
    value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    form->addRow(value);
    return value;
}

QToolButton *TokenDetailsWidget::copyButton(const QString &objectName, const QString &accessibleName,
                                            QLabel *source)
{
    auto *button = new QToolButton(m_fields);
    button->setObjectName(objectName);
    button->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    button->setText(accessibleName);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(accessibleName);
    connect(button, &QToolButton::clicked, this, [source] {
        if (!source->text().isEmpty())
            QApplication::clipboard()->setText(source->text());
    });
    return button;
}

void TokenDetailsWidget::showToken(const AccessToken &token, const std::optional<ClientLimited> &client)
{
    m_placeholder->hide();
    m_fields->show();
    m_subject->setText(token.subject.isEmpty() ? tr("(none: client credentials)") : token.subject);
    QString clientText = QString::number(token.clientId);
    if (client) {
        const QString name = client->clientName.isEmpty() ? tr("unnamed") : client->clientName;
        const QString type = client->clientType.isEmpty() ? tr("type unknown") : client->clientType;
        // Authlete's default alias is the ID itself: not worth repeating.
        const bool hasAlias = !client->clientIdAlias.isEmpty() && client->clientIdAlias != clientText;
        clientText = hasAlias ? tr("%1 — %2, alias %3, %4").arg(clientText, name, client->clientIdAlias, type)
                              : tr("%1 — %2, %3").arg(clientText, name, type);
    }
    m_client->setText(clientText);
    m_grantType->setText(token.grantType.isKnown()
                             ? token.grantType.name()
                             : tr("%1 (not known to this version)").arg(token.grantType.name()));
    m_scopes->setText(token.scopes.isEmpty() ? tr("(none)") : token.scopes.join(QLatin1Char(' ')));
    m_refreshScopes->setText(!token.refreshTokenScopes ? tr("(not given by the server)")
                             : token.refreshTokenScopes->isEmpty()
                                 ? tr("(none)")
                                 : token.refreshTokenScopes->join(QLatin1Char(' ')));
    m_created->setText(timeText(token.createdAt, When::Past));
    m_accessExpiry->setText(timeText(token.accessTokenExpiresAt, When::Expiry));
    m_refreshExpiry->setText(token.refreshTokenHash.isEmpty()
                                 ? tr("(no refresh token)")
                                 : timeText(token.refreshTokenExpiresAt, When::Expiry));
    m_lastRefreshed->setText(token.lastRefreshedAt > 0 ? timeText(token.lastRefreshedAt, When::Past)
                                                       : tr("never"));
    m_accessHash->setText(token.accessTokenHash);
    m_refreshHash->setText(token.refreshTokenHash);
    QStringList properties;
    for (const Property &property : token.properties) {
        properties.append(tr("<b>%1</b> = %2%3")
                              .arg(property.key.toHtmlEscaped(), property.value.toHtmlEscaped(),
                                   property.hidden ? tr(" <i>(hidden from the client)</i>") : QString()));
    }
    m_properties->setText(properties.isEmpty() ? tr("(none)") : properties.join(QStringLiteral("<br>")));
}

void TokenDetailsWidget::clear()
{
    m_fields->hide();
    m_placeholder->show();
}
