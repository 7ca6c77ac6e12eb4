#include "AuditLogDialog.h"

#include "AuditLog.h"
#include "CsvText.h"
#include "MessageBox.h"
#include "ui_AuditLogDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>

namespace {

// The row's index in m_entries, kept on its first item: the proxy's row numbers change as one types.
constexpr int EntryIndexRole = Qt::UserRole + 1;

// "Smart TV App (1234)": the name the server gave when the action ran, and the ID the trail keeps.
QString clientText(const AuditEntry &entry)
{
    if (entry.clientName.isEmpty())
        return entry.clientIdentifier;
    return AuditLogDialog::tr("%1 (%2)").arg(entry.clientName, entry.clientIdentifier);
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
    // The JSON member names as headers, as the token export does, so that both formats read alike; the
    // values come from the JSON too, so both formats always say the same.
    const QStringList members{
        QStringLiteral("time"),      QStringLiteral("operator"),         QStringLiteral("profile"),
        QStringLiteral("serviceId"), QStringLiteral("operation"),        QStringLiteral("accessTokenHash"),
        QStringLiteral("subject"),   QStringLiteral("clientIdentifier"), QStringLiteral("clientName"),
        QStringLiteral("outcome"),   QStringLiteral("resultCode"),       QStringLiteral("count"),
        QStringLiteral("detail"),    QStringLiteral("reason"),           QStringLiteral("command")};
    QString text = CsvText::record(members);
    for (const AuditEntry &entry : entries) {
        const QJsonObject json = entry.toJson();
        QStringList fields;
        for (const QString &member : members) {
            const QJsonValue value = json.value(member);
            fields.append(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
        }
        text += CsvText::record(fields);
    }
    return text.toUtf8();
}

// What the table shows of an entry, one text per column: the one place the dialog reads an entry.
QStringList cellTexts(const AuditEntry &entry)
{
    return {QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat),
            entry.operatorName,
            entry.profile,
            entry.serviceId,
            recordedWord(AuditEntry::name(entry.operation)),
            entry.accessTokenHash,
            entry.subject,
            clientText(entry),
            recordedWord(AuditEntry::name(entry.outcome)),
            entry.resultCode,
            entry.count >= 0 ? QLocale().toString(entry.count) : QString(),
            entry.detail,
            entry.reason,
            entry.command};
}

} // namespace

AuditLogDialog::AuditLogDialog(const AuditLog &log, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditLogDialog>())
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    int skipped = 0;
    m_entries = log.readAll(&skipped);
    // Plural forms differ per language; English needs its singular spelled out.
    m_ui->skippedLabel->setText(skipped == 1 ? tr("One unreadable line was skipped")
                                             : tr("%n unreadable lines were skipped", nullptr, skipped));
    m_ui->skippedLabel->setVisible(skipped > 0);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->auditTable->setModel(m_proxy);

    connect(m_ui->auditFilter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);

    populate();
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::populate()
{
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Operator"), tr("Profile"), tr("Service"),
                                        tr("Operation"), tr("Token hash"), tr("Subject"), tr("Client"),
                                        tr("Outcome"), tr("Result code"), tr("Count"), tr("Detail"),
                                        tr("Reason"), tr("Command")});
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const AuditEntry &entry = m_entries.at(i);
        QList<QStandardItem *> row;
        for (const QString &text : cellTexts(entry))
            row.append(new QStandardItem(text));
        row.first()->setData(int(i), EntryIndexRole);
        row.first()->setToolTip(entry.time.toUTC().toString(Qt::ISODateWithMs));
        m_model->appendRow(row);
    }
    m_ui->auditTable->resizeColumnsToContents();
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
