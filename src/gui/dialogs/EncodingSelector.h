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

public:
    explicit EncodingSelector(const QString &formLimitation, QWidget *parent = nullptr);

    AuthleteClient::BodyEncoding encoding() const;
    bool isForm() const { return encoding() == AuthleteClient::BodyEncoding::Form; }

signals:
    void encodingChanged();

private:
    QComboBox *m_combo;
    QLabel *m_limitation;
};
