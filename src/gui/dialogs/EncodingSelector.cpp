#include "EncodingSelector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using BodyEncoding = AuthleteClient::BodyEncoding;

EncodingSelector::EncodingSelector(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_limitation(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("encodingCombo"));
    m_combo->setAccessibleName(tr("Request body encoding"));
    m_combo->addItem(tr("JSON (application/json)"), int(BodyEncoding::Json));
    m_combo->addItem(tr("Form (application/x-www-form-urlencoded)"), int(BodyEncoding::Form));
    m_limitation->setObjectName(QStringLiteral("formLimitationLabel"));
    m_limitation->setWordWrap(true);
    m_limitation->hide();
    // A form label's mnemonic focuses the combo box through the proxy; Tab skips this container itself.
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_combo);
    setAccessibleName(tr("Request body"));

    // On Linux a combo box is named by a label beside it (its buddy), not by its accessible name;
    // the form's label is the container's, so the combo has its own.
    auto *label = new QLabel(tr("Encoding:"), this);
    label->setObjectName(QStringLiteral("encodingComboLabel"));
    label->setBuddy(m_combo);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_combo, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_limitation);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        m_limitation->setHidden(!isForm());
        emit encodingChanged();
    });
}

QString EncodingSelector::formLimitation() const
{
    return m_limitation->text();
}

void EncodingSelector::setFormLimitation(const QString &formLimitation)
{
    m_limitation->setText(formLimitation);
}

AuthleteClient::BodyEncoding EncodingSelector::encoding() const
{
    return BodyEncoding(m_combo->currentData().toInt());
}
