#include "AuditLogDialog.h"

#include "AuditLog.h"
#include "MessageBox.h"
#include "TokenExport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The row's index in m_entries, kept on its first item: the proxy's row numbers change as one types.
constexpr int EntryIndexRole = Qt::UserRole + 1;

QString targetText(const AuditEntry &entry)
{
    if (!entry.accessTokenHash.isEmpty())
        return entry.accessTokenHash;
    QStringList parts{entry.subject, entry.clientIdentifier};
    parts.removeAll(QString());
    return parts.join(QLatin1StringView(" / "));
}

// The log keeps the words of its file format; the table shows them in the reader's language.
QString recordedWord(const QString &word)
{
    static const QHash<QString, const char *> kWords{
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("AuditLogDialog", "create")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("AuditLogDialog", "update")},
        {QStringLiteral("revoke"), QT_TRANSLATE_NOOP("AuditLogDialog", "revoke")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("AuditLogDialog", "delete")},
        {QStringLiteral("ok"), QT_TRANSLATE_NOOP("AuditLogDialog", "ok")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("AuditLogDialog", "failed")},
    };
    const char *source = kWords.value(word);
    return source ? AuditLogDialog::tr(source) : word;
}

QByteArray jsonLines(const QList<AuditEntry> &entries)
{
    QByteArray data;
    for (const AuditEntry &entry : entries)
        data += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return data;
}

QByteArray csv(const QList<AuditEntry> &entries)
{
    // The JSON member names as headers, as the token export does, so that both formats read alike.
    QString text = TokenExport::csvRecord(
        {QStringLiteral("time"), QStringLiteral("profile"), QStringLiteral("serviceId"),
         QStringLiteral("operation"), QStringLiteral("accessTokenHash"), QStringLiteral("subject"),
         QStringLiteral("clientIdentifier"), QStringLiteral("outcome"), QStringLiteral("resultCode"),
         QStringLiteral("count"), QStringLiteral("detail")});
    for (const AuditEntry &entry : entries) {
        text += TokenExport::csvRecord(
            {entry.time.toUTC().toString(Qt::ISODateWithMs), entry.profile, entry.serviceId,
             AuditEntry::name(entry.operation), entry.accessTokenHash, entry.subject, entry.clientIdentifier,
             AuditEntry::name(entry.outcome), entry.resultCode,
             entry.count >= 0 ? QString::number(entry.count) : QString(), entry.detail});
    }
    return text.toUtf8();
}

} // namespace

AuditLogDialog::AuditLogDialog(const AuditLog &log, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_skippedLabel(new QLabel(this))
{
    setWindowTitle(tr("Audit Log"));
    resize(900, 500);

    int skipped = 0;
    m_entries = log.readAll(&skipped);

    m_filterEdit->setObjectName(QStringLiteral("auditFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter audit entries"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export the shown audit entries"));
    m_exportButton->setToolTip(tr("Saves the entries the filter shows as JSON Lines or CSV"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit entries"));
    m_table->setModel(m_proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_skippedLabel->setObjectName(QStringLiteral("skippedLabel"));
    m_skippedLabel->setAccessibleName(tr("Unreadable lines"));
    // Plural forms differ per language; English needs its singular spelled out.
    m_skippedLabel->setText(skipped == 1 ? tr("One unreadable line was skipped")
                                         : tr("%n unreadable lines were skipped", nullptr, skipped));
    m_skippedLabel->setVisible(skipped > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_filterEdit, 1);
    topRow->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_skippedLabel);
    layout->addWidget(buttons);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    populate();
}

void AuditLogDialog::populate()
{
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Profile"), tr("Service"), tr("Operation"),
                                        tr("Target"), tr("Outcome"), tr("Result code"), tr("Count"),
                                        tr("Detail")});
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const AuditEntry &entry = m_entries.at(i);
        QList<QStandardItem *> row{
            new QStandardItem(QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat)),
            new QStandardItem(entry.profile),
            new QStandardItem(entry.serviceId),
            new QStandardItem(recordedWord(AuditEntry::name(entry.operation))),
            new QStandardItem(targetText(entry)),
            new QStandardItem(recordedWord(AuditEntry::name(entry.outcome))),
            new QStandardItem(entry.resultCode),
            new QStandardItem(entry.count >= 0 ? QLocale().toString(entry.count) : QString()),
            new QStandardItem(entry.detail),
        };
        row.first()->setData(int(i), EntryIndexRole);
        row.first()->setToolTip(entry.time.toUTC().toString(Qt::ISODateWithMs));
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
}

QList<AuditEntry> AuditLogDialog::filteredEntries() const
{
    QList<AuditEntry> entries;
    entries.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        entries.append(m_entries.at(m_proxy->index(row, TimeColumn).data(EntryIndexRole).toInt()));
    return entries;
}

bool AuditLogDialog::exportTo(const QString &path, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1StringView("jsonl") && suffix != QLatin1StringView("csv"))
        return fail(tr("The audit log can be exported as .jsonl or .csv files, not as %1.")
                        .arg(QDir::toNativeSeparators(path)));

    const QList<AuditEntry> entries = filteredEntries();
    const QByteArray bytes = suffix == QLatin1StringView("csv") ? csv(entries) : jsonLines(entries);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

void AuditLogDialog::chooseExportFile()
{
    const QString jsonLinesFilter = tr("JSON Lines (*.jsonl)");
    QString selectedFilter = jsonLinesFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Audit Log"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QLatin1StringView("/audit.jsonl"),
        jsonLinesFilter + QLatin1StringView(";;") + tr("CSV (*.csv)"), &selectedFilter);
    if (path.isEmpty())
        return;
    // Not every platform's dialog adds the chosen filter's suffix to a bare name.
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == jsonLinesFilter ? QLatin1StringView(".jsonl") : QLatin1StringView(".csv");
    QString error;
    if (!exportTo(path, &error))
        MessageBox::warning(this, tr("Export Audit Log"), error);
}
