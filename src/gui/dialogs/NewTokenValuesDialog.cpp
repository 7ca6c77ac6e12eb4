#include "NewTokenValuesDialog.h"

#include "MessageBox.h"
#include "ui_NewTokenValuesDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>

NewTokenValuesDialog::NewTokenValuesDialog(const QString &accessToken, const QString &refreshToken,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewTokenValuesDialog>())
{
    m_ui->setupUi(this);
    showValue(m_ui->accessTokenValueEdit, m_ui->copyAccessTokenButton, accessToken);
    if (refreshToken.isEmpty()) {
        // None was issued: the row goes with its widgets, so nothing suggests an empty value.
        m_ui->valuesForm->removeRow(m_ui->refreshTokenLayout);
        m_ui->refreshTokenValueEdit = nullptr;
        m_ui->copyRefreshTokenButton = nullptr;
    } else {
        showValue(m_ui->refreshTokenValueEdit, m_ui->copyRefreshTokenButton, refreshToken);
    }

    QPushButton *closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    closeButton->setAccessibleName(tr("Close"));
    // Enter must not close the dialog by accident while the user is selecting a value.
    closeButton->setAutoDefault(false);
    resize(640, sizeHint().height());
}

NewTokenValuesDialog::~NewTokenValuesDialog() = default;

void NewTokenValuesDialog::showValue(QLineEdit *edit, QPushButton *copyButton, const QString &value)
{
    edit->setText(value);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setCursorPosition(0);
    connect(copyButton, &QPushButton::clicked, this, [this, edit] {
        QApplication::clipboard()->setText(edit->text());
        m_copied = true;
        m_ui->copyStatusLabel->setText(tr("%1 copied to the clipboard.").arg(edit->accessibleName()));
    });
}

bool NewTokenValuesDialog::wasCopied() const
{
    return m_copied;
}

void NewTokenValuesDialog::done(int result)
{
    // Close, Escape and the window's close button all end here.
    if (!m_copied &&
        MessageBox::question(this, tr("Close Without Copying"),
                             tr("You have not copied the new token value. Close anyway? It cannot be shown "
                                "again."),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QDialog::done(result);
}
