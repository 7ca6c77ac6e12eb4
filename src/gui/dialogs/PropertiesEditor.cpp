#include "PropertiesEditor.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <algorithm>
#include <functional>

namespace {

enum Column { KeyColumn, ValueColumn, HiddenColumn, ColumnCount };

} // namespace

PropertiesEditor::PropertiesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(tr("Add propert&y"), this))
    , m_removeButton(new QPushButton(tr("Remove properties"), this))
{
    m_table->setObjectName(QStringLiteral("propertiesTable"));
    m_table->setAccessibleName(tr("Properties"));
    // Tab leaves the table for the next field instead of walking its cells.
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value"), tr("Hidden")});
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HiddenColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addButton->setObjectName(QStringLiteral("addPropertyButton"));
    m_addButton->setAccessibleName(tr("Add property"));
    m_addButton->setAutoDefault(false);
    m_removeButton->setObjectName(QStringLiteral("removePropertyButton"));
    m_removeButton->setAccessibleName(tr("Remove selected properties"));
    m_removeButton->setAutoDefault(false);
    m_removeButton->setEnabled(false);
    // A form label's mnemonic focuses the table through the proxy; Tab skips this container itself.
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_table);
    setAccessibleName(tr("Properties"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 0, 0, 3, 1);
    layout->addWidget(m_addButton, 0, 1);
    layout->addWidget(m_removeButton, 1, 1);

    connect(m_table, &QTableWidget::itemChanged, this, &PropertiesEditor::propertiesChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        appendRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, KeyColumn);
        m_table->editItem(m_table->currentItem());
        emit propertiesChanged();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &PropertiesEditor::removeSelectedRows);
}

void PropertiesEditor::setProperties(const QList<Property> &properties)
{
    m_table->setRowCount(0);
    for (const Property &property : properties)
        appendRow(property);
    emit propertiesChanged();
}

QList<Property> PropertiesEditor::properties() const
{
    QList<Property> properties;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Property property{m_table->item(row, KeyColumn)->text().trimmed(),
                          m_table->item(row, ValueColumn)->text(),
                          m_table->item(row, HiddenColumn)->checkState() == Qt::Checked};
        if (!property.key.isEmpty() || !property.value.isEmpty())
            properties.append(property);
    }
    return properties;
}

QString PropertiesEditor::problem() const
{
    return Property::listProblem(properties());
}

void PropertiesEditor::appendRow(const Property &property)
{
    // Listeners read the whole row, so they must not hear of it before all its cells exist.
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(property.key));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(property.value));
    auto *hidden = new QTableWidgetItem;
    hidden->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    hidden->setCheckState(property.hidden ? Qt::Checked : Qt::Unchecked);
    hidden->setToolTip(tr("A hidden property never reaches the client application; introspection still "
                          "returns it."));
    m_table->setItem(row, HiddenColumn, hidden);
}

void PropertiesEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    emit propertiesChanged();
}
