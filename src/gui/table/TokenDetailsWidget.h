#pragma once

#include "AccessToken.h"
#include "ClientLimited.h"
#include "TokenColumns.h"

#include <QWidget>
#include <array>
#include <optional>

class QLabel;
class QToolButton;

// Every column of the selected token at length (as TokenColumns tells), its properties (hidden ones
// marked) and refresh-token scopes, with buttons to copy the hashes.
class TokenDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TokenDetailsWidget(QWidget *parent = nullptr);

    void showToken(const AccessToken &token, const std::optional<ClientLimited> &client);
    // No single token is selected: says so, and how many rows are (none or several).
    void showNothing(int selectedRows);

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    // A hash has no place to break: it gets a line of its own under its label, in a fixed-width font.
    QLabel *addHashRow(const QString &label, const QString &objectName);
    QToolButton *copyButton(const QString &objectName, const QString &accessibleName, QLabel *source);

    QLabel *m_placeholder;
    QWidget *m_fields;
    std::array<QLabel *, TokenColumns::Count> m_columns{}; // null where the pane shows no row
    QLabel *m_refreshScopes = nullptr;
    QLabel *m_properties = nullptr;
};
