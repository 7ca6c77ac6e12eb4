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

    // A long value is shown cut to this many characters ("(… N more characters)"); the whole of it
    // is in its tooltip (cut longer) and copied from its context menu.
    static constexpr qsizetype kMaxShown = 500;
    static constexpr qsizetype kMaxHashShown = 100;

    void showToken(const AccessToken &token, const std::optional<ClientLimited> &client);
    // No single token is selected: says so, and how many rows are (none or several).
    void showNothing(int selectedRows);
    // A value label's whole value, as the server sent it.
    static QString fullValue(const QLabel *label);

signals:
    // A copy button put this hash on the clipboard, for the window to say so.
    void hashCopied(const QString &hash);

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    // A hash has no place to break: it gets a line of its own under its label, in a fixed-width font.
    QLabel *addHashRow(const QString &label, const QString &objectName);
    QToolButton *copyButton(const QString &objectName, const QString &accessibleName, QLabel *source);
    // Shows a value cut to maxShown characters and keeps the whole of it for copying.
    static void setValue(QLabel *label, const QString &value, qsizetype maxShown);

    QLabel *m_placeholder;
    QWidget *m_fields;
    std::array<QLabel *, TokenColumns::Count> m_columns{}; // null where the pane shows no row
    QLabel *m_refreshScopes = nullptr;
    QLabel *m_properties = nullptr;
};
