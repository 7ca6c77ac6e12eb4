#pragma once

#include <QDialog>
#include <memory>

class QFormLayout;

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
    // name is the stem of the object names: "accessToken" gives accessTokenValueEdit and
    // copyAccessTokenButton.
    void addValueRow(QFormLayout *form, const QString &label, const QString &accessibleName,
                     const QString &name, const QString &value);

    struct Ui;
    std::unique_ptr<Ui> m_ui;
};
