#pragma once

#include "TokenOperations.h"

#include <QFrame>

class QPushButton;

// Under the search fields, once a search by subject and/or client is answered: the widest action on
// what was searched, at hand without choosing a row first. Help-desk staff go from "my phone was
// stolen" to every token of that user revoked with one search and this one button.
class SearchResultBar : public QFrame
{
    Q_OBJECT

public:
    explicit SearchResultBar(QWidget *parent = nullptr);

    // owner: the search's subject and/or client; clientText: that client as the table names it;
    // total: how many tokens the search found, or -1 when the search counted only some of the owner's
    // tokens (a status filter), so that the button does not promise a number it would not revoke.
    void showResult(const TokenOperations::Owner &owner, const QString &clientText, int total);
    // No search, or none answered yet: the bar goes.
    void clear();

    // What the table area says when the search found nothing, and why.
    static QString emptyText(const TokenOperations::Owner &owner, const QString &clientText);

signals:
    // Always the owner of the search, never of a row.
    void revokeAllRequested(const TokenOperations::Owner &owner);

private:
    QPushButton *m_revokeAll;
    TokenOperations::Owner m_owner;
};
