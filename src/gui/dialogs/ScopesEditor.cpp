#include "ScopesEditor.h"

#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>

ScopesEditor::ScopesEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_addButton(new QPushButton(tr("Add sc&ope"), this))
    , m_removeButton(new QPushButton(tr("Re&move scope"), this))
{
    m_list->setObjectName(QStringLiteral("scopeList"));
    m_list->setAccessibleName(tr("Scopes"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_input->setObjectName(QStringLiteral("scopeInput"));
    m_input->setAccessibleName(tr("Scope to add"));
    m_input->setPlaceholderText(tr("Scope name; several separated by spaces"));
    m_completer->setModel(new QStringListModel(m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);
    m_addButton->setObjectName(QStringLiteral("addScopeButton"));
    m_addButton->setAccessibleName(tr("Add scope"));
    m_addButton->setAutoDefault(false);
    m_removeButton->setObjectName(QStringLiteral("removeScopeButton"));
    m_removeButton->setAccessibleName(tr("Remove selected scopes"));
    m_removeButton->setAutoDefault(false);
    // A form label's mnemonic focuses the input, first in the layout and the tab order, through the
    // proxy; Tab skips this container itself and then follows the layout: input, Add, list, Remove.
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_input);
    setTabOrder(m_input, m_addButton);
    setTabOrder(m_addButton, m_list);
    setTabOrder(m_list, m_removeButton);
    setAccessibleName(tr("Scopes"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input, 0, 0);
    layout->addWidget(m_addButton, 0, 1);
    layout->addWidget(m_list, 1, 0, 2, 1);
    layout->addWidget(m_removeButton, 1, 1, Qt::AlignTop);

    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::textChanged, this, &ScopesEditor::updateButtons);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ScopesEditor::updateButtons);
    connect(m_input, &QLineEdit::returnPressed, this, &ScopesEditor::addTypedScopes);
    connect(m_addButton, &QPushButton::clicked, this, &ScopesEditor::addTypedScopes);
    connect(m_removeButton, &QPushButton::clicked, this, &ScopesEditor::removeSelectedScopes);
    updateButtons();
}

void ScopesEditor::setKnownScopes(const QStringList &knownScopes)
{
    static_cast<QStringListModel *>(m_completer->model())->setStringList(knownScopes);
}

void ScopesEditor::setScopes(const QStringList &scopes)
{
    m_list->clear();
    m_list->addItems(scopes);
    updateButtons();
    emit scopesChanged();
}

QStringList ScopesEditor::scopes() const
{
    QStringList scopes;
    for (int row = 0; row < m_list->count(); ++row)
        scopes.append(m_list->item(row)->text());
    return scopes;
}

bool ScopesEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the input adds what was typed instead of accepting the dialog; with nothing typed it
    // still reaches the dialog's default button. (While the suggestions are open, the completer hands
    // Enter to the input directly, which then reports returnPressed.)
    if (watched == m_input && event->type() == QEvent::KeyPress && !m_input->text().trimmed().isEmpty()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTypedScopes();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScopesEditor::addTypedScopes()
{
    // A scope token cannot contain a space (RFC 6749 §3.3), so pasted "a b c" means three scopes.
    const QStringList typed =
        m_input->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    bool added = false;
    for (const QString &scope : typed) {
        if (!m_list->findItems(scope, Qt::MatchExactly).isEmpty())
            continue;
        m_list->addItem(scope);
        added = true;
    }
    m_input->clear();
    if (added)
        emit scopesChanged();
}

void ScopesEditor::removeSelectedScopes()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    updateButtons();
    emit scopesChanged();
}

void ScopesEditor::updateButtons()
{
    m_addButton->setEnabled(!m_input->text().trimmed().isEmpty());
    m_removeButton->setEnabled(!m_list->selectedItems().isEmpty());
}
