#include "TokenDetailsWidget.h"

#include "SemanticColors.h"
#include "ServerText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

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
    // Deliberate markup (the keys in bold) around the escaped, cut keys and values.
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

namespace {

const char *const kFullValue = "fullValue";

// A value of the server's: plain text, and never wider than the pane gives it (it wraps or is cut),
// however long; the whole value is copied from its context menu.
QLabel *valueLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *value = new QLabel(parent);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(accessibleName);
    value->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(TokenDetailsWidget::tr("Copy the whole value"), value);
    QObject::connect(copy, &QAction::triggered, value,
                     [value] { QApplication::clipboard()->setText(TokenDetailsWidget::fullValue(value)); });
    value->addAction(copy);
    return value;
}

} // namespace

void TokenDetailsWidget::setValue(QLabel *label, const QString &value, qsizetype maxShown)
{
    label->setProperty(kFullValue, value);
    // Line breaks and other control characters would add lines (and height) to the pane: such a
    // value is shown on one line, as a long one is cut; anything else as it is.
    const bool plain = value.size() <= maxShown &&
                       std::none_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x20; });
    const QString shown = plain ? value : ServerText::bounded(value, maxShown);
    label->setText(shown);
    label->setToolTip(shown == value ? QString() : TokenColumns::plainToolTip(value));
}

QString TokenDetailsWidget::fullValue(const QLabel *label)
{
    const QVariant value = label->property(kFullValue);
    return value.isValid() ? value.toString() : label->text();
}

QLabel *TokenDetailsWidget::addRow(const QString &label, const QString &objectName)
{
    QLabel *value = valueLabel(m_fields, objectName, label);
    static_cast<QFormLayout *>(m_fields->layout())->addRow(label, value);
    return value;
}

QLabel *TokenDetailsWidget::addHashRow(const QString &label, const QString &objectName)
{
    auto *form = static_cast<QFormLayout *>(m_fields->layout());
    form->addRow(new QLabel(label, m_fields));
    QLabel *value = valueLabel(m_fields, objectName, label);
    value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(value);
    return value;
}

QToolButton *TokenDetailsWidget::copyButton(const QString &objectName, const QString &accessibleName,
                                            QLabel *source)
{
    auto *button = new QToolButton(m_fields);
    button->setObjectName(objectName);
    button->setIcon(SemanticColors::icon(QStringLiteral(":/icons/copy.svg")));
    button->setText(accessibleName);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(accessibleName);
    connect(button, &QToolButton::clicked, this, [this, source] {
        const QString value = fullValue(source);
        if (value.isEmpty())
            return;
        QApplication::clipboard()->setText(value);
        emit hashCopied(value);
    });
    return button;
}

void TokenDetailsWidget::showToken(const AccessToken &token, const std::optional<ClientLimited> &client)
{
    m_placeholder->hide();
    m_fields->show();
    // A screen reader hears each value with its label ("Subject: niaj.1011"), not the label twice.
    const auto speak = [](QLabel *value, const QString &label, const QString &text) {
        value->setAccessibleName(tr("%1: %2").arg(label, text));
    };
    for (int column = 0; column < TokenColumns::Count; ++column) {
        if (m_columns[column]) {
            const bool hash = TokenColumns::at(column).detail == TokenColumns::Detail::Hash;
            const QString text = TokenColumns::detailText(token, column, client);
            setValue(m_columns[column], text, hash ? kMaxHashShown : kMaxShown);
            speak(m_columns[column], TokenColumns::header(column), m_columns[column]->text());
        }
    }
    setValue(m_refreshScopes,
             !token.refreshTokenScopes             ? tr("(not given by the server)")
             : token.refreshTokenScopes->isEmpty() ? tr("(none)")
                                                   : token.refreshTokenScopes->join(QLatin1Char(' ')),
             kMaxShown);
    speak(m_refreshScopes, tr("Refresh token scopes"), m_refreshScopes->text());
    QStringList properties;
    QStringList whole; // what "Copy the whole value" copies: key=value lines, uncut
    for (const Property &property : token.properties) {
        whole.append(property.key + QLatin1Char('=') + property.value);
        properties.append(tr("<b>%1</b> = %2%3")
                              .arg(ServerText::bounded(property.key, 100).toHtmlEscaped(),
                                   ServerText::bounded(property.value, 200).toHtmlEscaped(),
                                   property.hidden ? tr(" <i>(hidden from the client)</i>") : QString()));
    }
    m_properties->setText(properties.isEmpty() ? tr("(none)") : properties.join(QStringLiteral("<br>")));
    m_properties->setProperty(kFullValue, whole.join(QLatin1Char('\n')));
}

void TokenDetailsWidget::showNothing(int selectedRows)
{
    m_placeholder->setText(
        selectedRows > 1 ? tr("%Ln tokens selected. Select one to see its details.", nullptr, selectedRows)
                         : tr("No token selected. Select a row to see its details."));
    m_fields->hide();
    m_placeholder->show();
}
