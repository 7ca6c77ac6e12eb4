#pragma once

#include "AuthleteClient.h"

#include <QWidget>

class QComboBox;
class QLabel;

// Chooses between a JSON and a form body. A form body cannot carry objects (see FormCodec), so while
// form is chosen a label says what the dialog has disabled for that reason.
class EncodingSelector : public QWidget
{
    Q_OBJECT
    // What the dialog disables while form is chosen; a property so that a form can set it.
    Q_PROPERTY(QString formLimitation READ formLimitation WRITE setFormLimitation)

public:
    explicit EncodingSelector(QWidget *parent = nullptr);

    QString formLimitation() const;
    void setFormLimitation(const QString &formLimitation);

    AuthleteClient::BodyEncoding encoding() const;
    bool isForm() const { return encoding() == AuthleteClient::BodyEncoding::Form; }

signals:
    void encodingChanged();

private:
    QComboBox *m_combo;
    QLabel *m_limitation;
};
