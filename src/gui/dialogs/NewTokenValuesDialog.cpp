#include "NewTokenValuesDialog.h"

#include "MessageBox.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

struct NewTokenValuesDialog::Ui
{
    QLabel *warningLabel = nullptr;
    QLabel *copyStatusLabel = nullptr;
    QDialogButtonBox *buttonBox = nullptr;
    bool copied = false;
};

NewTokenValuesDialog::NewTokenValuesDialog(const QString &accessToken, const QString &refreshToken,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui>())
{
    setWindowTitle(tr("New Token Values"));
    auto *layout = new QVBoxLayout(this);

    m_ui->warningLabel = new QLabel(tr("These values are shown only now; TokenDesk does not keep them and "
                                       "cannot show them again."),
                                    this);
    m_ui->warningLabel->setObjectName(QStringLiteral("warningLabel"));
    m_ui->warningLabel->setWordWrap(true);
    layout->addWidget(m_ui->warningLabel);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    addValueRow(form, tr("&Access token:"), tr("Access token value"), QStringLiteral("accessToken"),
                accessToken);
    if (!refreshToken.isEmpty())
        addValueRow(form, tr("&Refresh token:"), tr("Refresh token value"), QStringLiteral("refreshToken"),
                    refreshToken);

    m_ui->copyStatusLabel = new QLabel(this);
    m_ui->copyStatusLabel->setObjectName(QStringLiteral("copyStatusLabel"));
    layout->addWidget(m_ui->copyStatusLabel);

    m_ui->buttonBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_ui->buttonBox->setObjectName(QStringLiteral("buttonBox"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    // Enter must not close the dialog by accident while the user is selecting a value.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_ui->buttonBox);
    resize(640, sizeHint().height());
}

NewTokenValuesDialog::~NewTokenValuesDialog() = default;

void NewTokenValuesDialog::addValueRow(QFormLayout *form, const QString &label, const QString &accessibleName,
                                       const QString &name, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(name + QLatin1StringView("ValueEdit"));
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setCursorPosition(0);

    auto *copyButton = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), this);
    // "accessToken" -> "copyAccessTokenButton"
    copyButton->setObjectName(QLatin1StringView("copy") + name.at(0).toUpper() + name.mid(1) +
                              QLatin1StringView("Button"));
    copyButton->setAccessibleName(tr("Copy %1").arg(accessibleName));
    copyButton->setAutoDefault(false);
    connect(copyButton, &QPushButton::clicked, this, [this, value, accessibleName] {
        QApplication::clipboard()->setText(value);
        m_ui->copied = true;
        m_ui->copyStatusLabel->setText(tr("%1 copied to the clipboard.").arg(accessibleName));
    });

    auto *row = new QHBoxLayout;
    row->addWidget(edit);
    row->addWidget(copyButton);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, row);
}

bool NewTokenValuesDialog::wasCopied() const
{
    return m_ui->copied;
}

void NewTokenValuesDialog::done(int result)
{
    // Close, Escape and the window's close button all end here.
    if (!m_ui->copied &&
        MessageBox::question(this, tr("Close Without Copying"),
                             tr("You have not copied the new token value. Close anyway? It cannot be shown "
                                "again."),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QDialog::done(result);
}
