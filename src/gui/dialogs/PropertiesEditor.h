#pragma once

#include "Property.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

// A table of token properties: key, value and whether the property is hidden from the client.
// Rows left entirely empty are ignored, so adding a row by mistake does not block the dialog.
class PropertiesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesEditor(QWidget *parent = nullptr);

    void setProperties(const QList<Property> &properties);
    QList<Property> properties() const;
    // Why the table is not a valid property list; empty when it is.
    QString problem() const;

signals:
    void propertiesChanged();

private:
    void appendRow(const Property &property);
    void removeSelectedRows();

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
};
