#include "SearchResultBar.h"

#include "UiLanguage.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>

namespace {

// A subject or client name is data: it may be long, and an ampersand in it is no mnemonic.
QString forButton(const QString &text)
{
    constexpr int kMaxLength = 48;
    QString shown = text.size() > kMaxLength ? text.left(kMaxLength - 1) + QStringLiteral("…") : text;
    return shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString buttonText(const TokenOperations::Owner &owner, const QString &clientText, int total)
{
    const QString subject = forButton(owner.subject);
    const QString client = forButton(clientText);
    if (owner.clientIdentifier.isEmpty())
        return total < 0 ? SearchResultBar::tr("Revoke &all tokens of %1…").arg(subject)
                         : SearchResultBar::tr("Revoke &all %n tokens of %1…", nullptr, total).arg(subject);
    if (owner.subject.isEmpty())
        return total < 0 ? SearchResultBar::tr("Revoke &all tokens of %1, for every user…").arg(client)
                         : SearchResultBar::tr("Revoke &all %n tokens of %1, for every user…", nullptr, total)
                               .arg(client);
    return total < 0 ? SearchResultBar::tr("Revoke &all tokens of %1 for %2…").arg(subject, client)
                     : SearchResultBar::tr("Revoke &all %n tokens of %1 for %2…", nullptr, total)
                           .arg(subject, client);
}

} // namespace

SearchResultBar::SearchResultBar(QWidget *parent)
    : QFrame(parent)
    , m_revokeAll(new QPushButton(this))
{
    setObjectName(QStringLiteral("searchResultBar"));
    m_revokeAll->setObjectName(QStringLiteral("revokeAllOfSearchButton"));
    m_revokeAll->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-delete"), QIcon(QStringLiteral(":/icons/revoke.svg"))));
    // The button's text carries the mnemonic; the shortcut works wherever the focus is, and only while
    // the button is on show (a shortcut of a hidden widget does not fire).
    const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    auto *shortcut = new QShortcut(keys, m_revokeAll);
    shortcut->setObjectName(QStringLiteral("revokeAllOfSearchShortcut"));
    connect(shortcut, &QShortcut::activated, m_revokeAll, &QPushButton::click);
    m_revokeAll->setToolTip(tr("Revoke every token the search names, whichever rows are selected (%1)")
                                .arg(keys.toString(QKeySequence::NativeText)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_revokeAll);
    layout->addStretch(1);

    setFocusProxy(m_revokeAll);
    connect(m_revokeAll, &QPushButton::clicked, this, [this] { emit revokeAllRequested(m_owner); });
    hide();
}

void SearchResultBar::showResult(const TokenOperations::Owner &owner, const QString &clientText, int total)
{
    m_owner = owner;
    const QString text = buttonText(owner, clientText, total);
    m_revokeAll->setText(text);
    m_revokeAll->setAccessibleName(UiLanguage::withoutMnemonic(text));
    // Nothing to revoke: the table area says why the search found nothing.
    setVisible(total != 0);
}

void SearchResultBar::clear()
{
    m_owner = {};
    hide();
}

QString SearchResultBar::emptyText(const TokenOperations::Owner &owner, const QString &clientText)
{
    if (owner.clientIdentifier.isEmpty())
        return tr("No tokens for subject “%1”. Subjects are matched exactly, including case.")
            .arg(owner.subject);
    if (owner.subject.isEmpty())
        return tr("No tokens for client “%1”. Clients are found by their ID, alias or name as the table "
                  "shows it.")
            .arg(clientText);
    return tr("No tokens for subject “%1” with client “%2”. Subjects are matched exactly, including case.")
        .arg(owner.subject, clientText);
}
