#pragma once

#include <QWidget>

class QCompleter;
class QLineEdit;
class QListWidget;
class QPushButton;

// A list of scopes with add and remove. The input suggests the scopes the service is known to support;
// other names are accepted too, because the known list is only what TokenDesk has seen so far.
class ScopesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScopesEditor(QWidget *parent = nullptr);

    void setKnownScopes(const QStringList &knownScopes);
    void setScopes(const QStringList &scopes);
    QStringList scopes() const;

signals:
    void scopesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTypedScopes();
    void removeSelectedScopes();
    void updateButtons();

    QListWidget *m_list;
    QLineEdit *m_input;
    QCompleter *m_completer;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
};
