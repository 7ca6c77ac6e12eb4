#include "SubjectListDialog.h"

#include "CsvText.h"
#include "FieldError.h"
#include "MessageBox.h"
#include "ServerText.h"
#include "SubjectList.h"
#include "TokenOperations.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// Above this many tokens the total is typed before the revoke button wakes up, as for a bulk action.
constexpr int kTypedConfirmationAbove = 100;

} // namespace

SubjectListDialog::SubjectListDialog(AuthleteClient *client, const AuditLog *auditLog, const QString &profile,
                                     const ScopedConfirmation::Connection &connection, QWidget *parent)
    : QDialog(parent)
    , m_operations(std::make_unique<TokenOperations>(client, auditLog))
    , m_connection(connection)
    , m_text(new QPlainTextEdit(this))
    , m_textError(new FieldError(this))
    , m_open(new QPushButton(tr("&Open File…"), this))
    , m_count(new QPushButton(tr("&Count Tokens"), this))
    , m_reason(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_revoke(new QPushButton(tr("&Revoke…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("&Export Report…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("subjectListDialog"));
    setWindowTitle(tr("Revoke for a List of Users"));
    m_operations->setConnectionName(profile, connection.serviceId);
    // A stable name in the trail, whatever the language of the window that wrote it.
    m_operations->setCommand(QStringLiteral("tokendesk: revoke for a list of users"));

    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Paste the subjects (user IDs), one per line, or open a file: a text file or a CSV "
                      "file with a “subject” column. Lines starting with # and blank lines are skipped; "
                      "subjects listed twice are revoked once."),
                   this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *listLabel = new QLabel(tr("&Subjects:"), this);
    listLabel->setBuddy(m_text);
    layout->addWidget(listLabel);
    m_text->setObjectName(QStringLiteral("subjectListText"));
    m_text->setAccessibleName(tr("Subjects"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("alice.1112\nbob.2040\n…"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);
    m_textError->setAccessibleName(tr("Problem with the list"));
    layout->addWidget(m_textError);

    auto *listButtons = new QHBoxLayout;
    m_open->setObjectName(QStringLiteral("openSubjectListButton"));
    m_count->setObjectName(QStringLiteral("countSubjectsButton"));
    listButtons->addWidget(m_open);
    listButtons->addWidget(m_count);
    listButtons->addStretch();
    layout->addLayout(listButtons);

    m_model->setHorizontalHeaderLabels({tr("Subject"), tr("Tokens found"), tr("Outcome")});
    m_table->setObjectName(QStringLiteral("subjectOutcomeTable"));
    m_table->setAccessibleName(tr("Subjects and their tokens"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SubjectColumn, fontMetrics().averageCharWidth() * 32);
    // The count is short; its header, in some languages, is not.
    m_table->horizontalHeader()->setSectionResizeMode(FoundColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 2);
    m_summary->setObjectName(QStringLiteral("subjectListSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    // Read out as it changes, as the window's banner is.
    m_summary->setAccessibleName(tr("Summary"));
    layout->addWidget(m_summary);
    m_progress->setObjectName(QStringLiteral("subjectListProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("reasonField"));
    m_reason->setPlaceholderText(tr("Ticket number or note, optional"));
    m_reason->setAccessibleName(tr("Reason for the audit log"));
    form->addRow(tr("Reason for the audit &log:"), m_reason);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_revoke->setObjectName(QStringLiteral("revokeSubjectsButton"));
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    for (QPushButton *button : {m_open, m_count, m_revoke, m_cancel, m_export, m_close})
        button->setAutoDefault(false);

    connect(m_open, &QPushButton::clicked, this, &SubjectListDialog::openFile);
    connect(m_count, &QPushButton::clicked, this, &SubjectListDialog::count);
    connect(m_revoke, &QPushButton::clicked, this, &SubjectListDialog::confirmRevoke);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_revocation)
            m_revocation->cancel();
    });
    connect(m_export, &QPushButton::clicked, this, &SubjectListDialog::chooseExport);
    connect(m_close, &QPushButton::clicked, this, &SubjectListDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &SubjectListDialog::invalidate);
    invalidate();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 36);
}

SubjectListDialog::~SubjectListDialog() = default;

void SubjectListDialog::reject()
{
    // Closing mid-run would leave requests going with nobody to see them end.
    if (m_running) {
        m_revocation->cancel();
        return;
    }
    QDialog::reject();
}

void SubjectListDialog::invalidate()
{
    if (m_running)
        return;
    m_revocation.reset();
    m_model->removeRows(0, m_model->rowCount());
    m_summary->clear();
    m_textError->setProblem(QString());
    m_progress->hide();
    m_count->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    m_revoke->setEnabled(false);
    m_revoke->setText(tr("&Revoke…"));
    m_cancel->setEnabled(false);
    m_export->setEnabled(false);
}

void SubjectListDialog::setRunning(bool running)
{
    m_running = running;
    m_text->setReadOnly(running);
    m_open->setEnabled(!running);
    m_count->setEnabled(!running);
    m_reason->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
    if (running) {
        m_revoke->setEnabled(false);
        m_export->setEnabled(false);
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->setFocus();
    }
}

void SubjectListDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a List of Subjects"), QString(),
                                                      tr("Lists of subjects (*.txt *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    // A list of 100,000 subjects is a few MB; anything far larger is not one.
    constexpr qint64 kMaxBytes = qint64(32) * 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBytes) {
        m_textError->setProblem(
            file.isOpen()
                ? tr("%1 is too large for a list of subjects.").arg(QDir::toNativeSeparators(path))
                : tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_text->setPlainText(QString::fromUtf8(file.readAll()));
}

void SubjectListDialog::count()
{
    const SubjectList list = SubjectList::parse(m_text->toPlainText().toUtf8());
    if (!list.error.isEmpty() || list.subjects.isEmpty()) {
        m_textError->setProblem(list.error.isEmpty() ? tr("The list holds no subjects.") : list.error);
        return;
    }
    m_textError->setProblem(QString());
    m_model->removeRows(0, m_model->rowCount());
    m_rowOf.clear();
    for (const QString &subject : list.subjects) {
        m_rowOf.insert(subject, m_model->rowCount());
        auto *item = new QStandardItem(ServerText::revealed(subject, 200));
        item->setData(subject, Qt::UserRole);
        m_model->appendRow({item, new QStandardItem(), new QStandardItem()});
    }
    m_revocation = std::make_unique<SubjectListRevocation>(m_operations.get(), list.subjects);
    connect(m_revocation.get(), &SubjectListRevocation::progress, m_progress, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_revocation.get(), &SubjectListRevocation::subjectCounted, this, &SubjectListDialog::showRow);
    connect(m_revocation.get(), &SubjectListRevocation::counted, this, &SubjectListDialog::onCounted);
    connect(m_revocation.get(), &SubjectListRevocation::subjectRevoked, this,
            &SubjectListDialog::onSubjectRevoked);
    connect(m_revocation.get(), &SubjectListRevocation::finished, this, &SubjectListDialog::onFinished);
    QString note = tr("Counting the tokens of %Ln subjects…", nullptr, int(list.subjects.size()));
    if (list.duplicates > 0)
        note += u' ' + tr("%Ln duplicate lines were folded.", nullptr, list.duplicates);
    m_summary->setText(note);
    setRunning(true);
    m_revocation->count();
}

void SubjectListDialog::showRow(const SubjectListRevocation::Subject &subject)
{
    const int row = m_rowOf.value(subject.subject, -1);
    if (row < 0)
        return;
    m_model->item(row, FoundColumn)
        ->setText(subject.found >= 0 ? QLocale().toString(subject.found) : QString());
    QString outcome;
    if (subject.error && subject.error.kind == ApiError::Kind::Cancelled)
        outcome = tr("Not sent (cancelled)");
    else if (subject.error)
        outcome = subject.error.message();
    else if (subject.found == 0)
        outcome = tr("No tokens");
    else if (subject.revoked >= 0)
        outcome = tr("Revoked %Ln", nullptr, subject.revoked);
    m_model->item(row, OutcomeColumn)->setText(outcome);
}

void SubjectListDialog::onCounted()
{
    setRunning(false);
    m_progress->hide();
    const QList<SubjectListRevocation::Subject> &subjects = m_revocation->subjects();
    const int none = int(std::count_if(subjects.cbegin(), subjects.cend(),
                                       [](const SubjectListRevocation::Subject &s) { return s.found == 0; }));
    const int uncounted = int(m_revocation->failed().size());
    const int found = m_revocation->totalFound();
    QStringList summary{
        tr("%Ln subjects hold %1 tokens.", nullptr, int(subjects.size())).arg(QLocale().toString(found))};
    if (none > 0)
        summary.append(tr("%Ln of them hold none.", nullptr, none));
    if (uncounted > 0)
        summary.append(tr("%Ln could not be counted; revoking tries them too.", nullptr, uncounted));
    if (m_revocation->isCancelled())
        summary.append(tr("Counting was cancelled."));
    m_summary->setText(summary.join(u' '));
    const bool anything = !m_revocation->isCancelled() && (found > 0 || uncounted > 0);
    m_revoke->setEnabled(anything);
    m_revoke->setText(tr("&Revoke %Ln Tokens…", nullptr, found));
    m_export->setEnabled(true);
    if (anything)
        m_revoke->setFocus();
}

void SubjectListDialog::confirmRevoke()
{
    const int found = m_revocation->totalFound();
    const int subjects = int(m_revocation->subjects().size());
    const QString reason = m_reason->text().trimmed();
    ScopedConfirmation::Request request;
    request.title = tr("Revoke for a List of Users");
    request.question = tr("Revoke the %Ln tokens of the subjects in this list?", nullptr, found);
    request.facts = {{tr("Subjects:"), QLocale().toString(subjects)},
                     {tr("Tokens:"), QLocale().toString(found)}};
    if (!reason.isEmpty())
        request.facts.append({tr("Reason:"), reason});
    request.consequence =
        tr("Each subject's tokens stop working at once, in every client; the users must sign in "
           "again. Revoking cannot be undone.");
    request.confirmText = tr("&Revoke %Ln Tokens", nullptr, found);
    if (found > kTypedConfirmationAbove) {
        request.typedPhrase = QString::number(found);
        request.typedLabel = tr("Type the number of tokens, %1, to confirm:").arg(request.typedPhrase);
    }
    ScopedConfirmation::ask(this, request, m_connection, [this, reason](const QString &) {
        m_operations->setReason(reason);
        m_summary->setText(tr("Revoking…"));
        setRunning(true);
        m_revocation->revoke();
    });
}

void SubjectListDialog::onSubjectRevoked(const SubjectListRevocation::Subject &subject)
{
    showRow(subject);
    if (subject.revoked > 0)
        m_revoked = true;
}

void SubjectListDialog::onFinished()
{
    setRunning(false);
    m_progress->hide();
    for (const SubjectListRevocation::Subject &subject : m_revocation->subjects())
        showRow(subject);
    const int failed = int(m_revocation->failed().size());
    QString summary = tr("Revoked %Ln tokens.", nullptr, m_revocation->totalRevoked());
    if (failed > 0)
        summary += u' ' + tr("%Ln subjects failed or were not sent; running the same list again is safe.",
                             nullptr, failed);
    m_summary->setText(summary);
    m_revoke->setEnabled(false);
    m_export->setEnabled(true);
    m_export->setFocus();
    if (m_revoked)
        emit revoked();
}

void SubjectListDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), QStringLiteral("revocation-report.csv"), tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReport(path, &error))
        MessageBox::warn(this, tr("Export Report"), error);
}

bool SubjectListDialog::exportReport(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!m_revocation || (suffix != QLatin1StringView("csv") && suffix != QLatin1StringView("json"))) {
        *error = tr("A report can be saved as .csv or .json, not as %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QByteArray bytes;
    if (suffix == QLatin1StringView("csv")) {
        QString csv =
            CsvText::record({QStringLiteral("subject"), QStringLiteral("found"), QStringLiteral("revoked"),
                             QStringLiteral("outcome"), QStringLiteral("error")});
        for (const SubjectListRevocation::Subject &subject : m_revocation->subjects()) {
            csv += CsvText::record({subject.subject,
                                    subject.found >= 0 ? QString::number(subject.found) : QString(),
                                    subject.revoked >= 0 ? QString::number(subject.revoked) : QString(),
                                    subject.error ? QStringLiteral("failed") : QStringLiteral("ok"),
                                    subject.error ? subject.error.message() : QString()});
        }
        bytes = csv.toUtf8();
    } else {
        QJsonArray subjects;
        for (const SubjectListRevocation::Subject &subject : m_revocation->subjects()) {
            QJsonObject item{
                {QStringLiteral("subject"), subject.subject},
                {QStringLiteral("found"), subject.found},
                {QStringLiteral("revoked"), subject.revoked},
                {QStringLiteral("outcome"), subject.error ? QStringLiteral("failed") : QStringLiteral("ok")}};
            if (subject.error)
                item.insert(QStringLiteral("error"), subject.error.message());
            subjects.append(item);
        }
        bytes = QJsonDocument(QJsonObject{{QStringLiteral("serviceId"), m_connection.serviceId},
                                          {QStringLiteral("profile"), m_connection.profile},
                                          {QStringLiteral("reason"), m_operations->reason()},
                                          {QStringLiteral("subjects"), subjects}})
                    .toJson(QJsonDocument::Indented);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
