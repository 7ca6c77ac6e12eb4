#include "ScopedConfirmation.h"

#include "EnvironmentBadge.h"
#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QList<QString> g_typedAnswers;
QList<QString> g_reasons;

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString connectionText(const ScopedConfirmation::Connection &connection)
{
    const QString environment = ConnectionSettings::environmentName(connection.environment);
    const QString service = connection.baseUrl.toDisplayString();
    if (environment.isEmpty())
        return ScopedConfirmation::tr("Connection: %1 — service %2 at %3")
            .arg(connection.profile, connection.serviceId, service);
    return ScopedConfirmation::tr("Connection: %1 (%2) — service %3 at %4")
        .arg(connection.profile, environment, connection.serviceId, service);
}

} // namespace

ScopedConfirmation::ScopedConfirmation(const Request &request, const Connection &connection, QWidget *parent)
    : QDialog(parent)
    , m_typedPhrase(request.typedPhrase)
{
    setObjectName(QStringLiteral("scopedConfirmation"));
    setWindowTitle(request.title);
    // Long subjects wrap instead of widening the dialog past the screen.
    setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    // Wrapped labels would otherwise shrink it to its buttons' width, breaking a subject mid-word.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *layout = new QVBoxLayout(this);

    QStringList text;
    if (connection.environment == ConnectionSettings::Environment::Production) {
        auto *banner = plainLabel(tr("Production connection: this changes what real users can do."), this);
        banner->setObjectName(QStringLiteral("productionBanner"));
        EnvironmentBadge::markAsProduction(banner);
        layout->addWidget(banner);
        text.append(banner->text());
    }
    auto *connectionLabel = plainLabel(connectionText(connection), this);
    connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    layout->addWidget(connectionLabel);
    text.append(connectionLabel->text());

    auto *question = plainLabel(request.question, this);
    question->setObjectName(QStringLiteral("questionLabel"));
    QFont larger = question->font();
    larger.setBold(true);
    question->setFont(larger);
    layout->addWidget(question);
    text.append(request.question);

    if (!request.facts.isEmpty()) {
        auto *form = new QFormLayout;
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        for (const Fact &fact : request.facts) {
            QLabel *value = plainLabel(fact.value, this);
            if (fact.fixedWidth) {
                value->setFont(fixed);
                // A hash has no place to break.
                value->setWordWrap(false);
            }
            form->addRow(fact.label, value);
            text.append(fact.label + QLatin1Char(' ') + fact.value);
        }
        layout->addLayout(form);
    }
    if (!request.items.isEmpty()) {
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("scopeList"));
        list->addItems(request.items);
        list->setMaximumHeight(list->sizeHintForRow(0) * 8 + 2 * list->frameWidth());
        list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(list);
        text.append(request.items);
    }
    auto *consequence = plainLabel(request.consequence, this);
    layout->addWidget(consequence);
    text.append(request.consequence);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_confirm = buttons->addButton(request.confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAutoDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!m_typedPhrase.isEmpty()) {
        auto *prompt = plainLabel(request.typedLabel, this);
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("typedConfirmation"));
        m_typed->setAccessibleName(request.typedLabel);
        prompt->setBuddy(m_typed);
        layout->addWidget(prompt);
        layout->addWidget(m_typed);
        text.append(request.typedLabel);
        m_confirm->setEnabled(false);
        connect(m_typed, &QLineEdit::textChanged, this,
                [this](const QString &typed) { m_confirm->setEnabled(typed == m_typedPhrase); });
        m_typed->setFocus();
    } else {
        cancel->setFocus();
    }
    if (request.asksReason) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonField"));
        m_reason->setPlaceholderText(tr("Ticket number or note, optional"));
        // Our own words, so not plain text: the mnemonic works.
        auto *reasonLabel = new QLabel(tr("Reason for the audit &log:"), this);
        reasonLabel->setBuddy(m_reason);
        m_reason->setAccessibleName(tr("Reason for the audit log"));
        layout->addWidget(reasonLabel);
        layout->addWidget(m_reason);
    }
    layout->addWidget(buttons);
    m_text = text.join(QLatin1Char('\n'));
}

QString ScopedConfirmation::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

void ScopedConfirmation::ask(QWidget *parent, const Request &request, const Connection &connection,
                             Confirmed confirmed)
{
    auto *dialog = new ScopedConfirmation(request, connection, parent);
    const bool typed = !request.typedPhrase.isEmpty();
    // A plain answer never stands in for a typed one: such a confirmation waits for its own.
    const std::optional<QMessageBox::StandardButton> answer = MessageBox::noteAsked(dialog->text(), !typed);
    if (answer || (typed && !g_typedAnswers.isEmpty())) {
        const bool yes =
            answer ? *answer == QMessageBox::Yes : g_typedAnswers.takeFirst() == request.typedPhrase;
        delete dialog;
        const QString reason = g_reasons.isEmpty() ? QString() : g_reasons.takeFirst();
        if (yes)
            confirmed(request.asksReason ? reason : QString());
        return;
    }
    connect(dialog, &QDialog::accepted, dialog,
            [dialog, confirmed = std::move(confirmed)] { confirmed(dialog->reason()); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void ScopedConfirmation::setNextReason(const QString &reason)
{
    g_reasons.append(reason);
}

void ScopedConfirmation::setNextTypedAnswer(const QString &typed)
{
    g_typedAnswers.append(typed);
}
