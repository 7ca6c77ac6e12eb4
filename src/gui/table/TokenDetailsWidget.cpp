#include "TokenDetailsWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

TokenDetailsWidget::TokenDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(this))
    , m_fields(new QWidget(this))
{
    setObjectName(QStringLiteral("tokenDetails"));
    setAccessibleName(tr("Token details"));
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    auto *form = new QFormLayout(m_fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (int column = 0; column < TokenColumns::Count; ++column) {
        const TokenColumns::Descriptor &descriptor = TokenColumns::at(column);
        // "detail" and the id as one camel-case name: detailSubject, detailAccessTokenHash.
        QString id = QLatin1StringView(descriptor.id);
        id[0] = id[0].toUpper();
        const QString objectName = QStringLiteral("detail") + id;
        if (descriptor.detail == TokenColumns::Detail::Text)
            m_columns[column] = addRow(TokenColumns::header(column), objectName);
        else if (descriptor.detail == TokenColumns::Detail::Hash)
            m_columns[column] = addHashRow(TokenColumns::header(column), objectName);
        // The refresh token's scopes are not a column, but belong with the scopes.
        if (column == TokenColumns::Scopes)
            m_refreshScopes = addRow(tr("Refresh token scopes"), QStringLiteral("detailRefreshScopes"));
    }
    m_properties = addRow(tr("Properties"), QStringLiteral("detailProperties"));
    m_properties->setTextFormat(Qt::RichText);

    auto *copies = new QHBoxLayout;
    copies->addWidget(copyButton(QStringLiteral("copyAccessHashButton"), tr("Copy access token hash"),
                                 m_columns[TokenColumns::AccessHash]));
    copies->addWidget(copyButton(QStringLiteral("copyRefreshHashButton"), tr("Copy refresh token hash"),
                                 m_columns[TokenColumns::RefreshHash]));
    copies->addStretch();
    form->addRow(copies);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_fields);
    layout->addStretch();
    showNothing(0);
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
    for (int column = 0; column < TokenColumns::Count; ++column) {
        if (m_columns[column])
            m_columns[column]->setText(TokenColumns::detailText(token, column, client));
    }
    m_refreshScopes->setText(!token.refreshTokenScopes ? tr("(not given by the server)")
                             : token.refreshTokenScopes->isEmpty()
                                 ? tr("(none)")
                                 : token.refreshTokenScopes->join(QLatin1Char(' ')));
    QStringList properties;
    for (const Property &property : token.properties) {
        properties.append(tr("<b>%1</b> = %2%3")
                              .arg(property.key.toHtmlEscaped(), property.value.toHtmlEscaped(),
                                   property.hidden ? tr(" <i>(hidden from the client)</i>") : QString()));
    }
    m_properties->setText(properties.isEmpty() ? tr("(none)") : properties.join(QStringLiteral("<br>")));
}

void TokenDetailsWidget::showNothing(int selectedRows)
{
    m_placeholder->setText(
        selectedRows > 1 ? tr("%Ln tokens selected. Select one to see its details.", nullptr, selectedRows)
                         : tr("No token selected. Select a row to see its details."));
    m_fields->hide();
    m_placeholder->show();
}
