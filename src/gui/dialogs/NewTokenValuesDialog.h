#pragma once

#include <QDialog>
#include <memory>

class QLineEdit;
class QPushButton;

namespace Ui {
class NewTokenValuesDialog;
}

// Shows newly issued token values exactly once, with copy buttons and a plain warning that they
// cannot be shown again. Closing before anything was copied asks first (MessageBox::question).
class NewTokenValuesDialog : public QDialog
{
    Q_OBJECT

public:
    // refreshToken may be empty (none was issued).
    NewTokenValuesDialog(const QString &accessToken, const QString &refreshToken, QWidget *parent = nullptr);
    ~NewTokenValuesDialog() override;

    bool wasCopied() const;

    void done(int result) override;

private:
    void showValue(QLineEdit *edit, QPushButton *copyButton, const QString &value);

    std::unique_ptr<Ui::NewTokenValuesDialog> m_ui;
    bool m_copied = false;
};
