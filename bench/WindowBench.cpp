#include "WindowBench.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "ResidentMemory.h"
#include "StallProbe.h"
#include "TokenFilterProxyModel.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"

#include <QAccessible>
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

namespace {

// A laptop's screen: about 30 rows and the first seven columns in view.
constexpr int kWidth = 1280;
constexpr int kHeight = 800;
// The thumb dragged from top to bottom in this many steps, each one frame.
constexpr int kScrollSteps = 200;
// How long the accessibility bridge may take to answer whether it is on.
constexpr int kAccessibilityWaitMs = 5'000;

// What a screen reader's bridge does with each event: it asks for the object the event is about
// and its name, so that interfaces are made and the table's children are looked at.
void readEventLikeAScreenReader(QAccessibleEvent *event)
{
    if (QAccessibleInterface *target = event->accessibleInterface())
        (void)target->text(QAccessible::Name);
}

} // namespace

WindowBench::WindowBench(const BenchOptions &options, const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settingsFile, QSettings::IniFormat)
    , m_profiles(&m_settings)
    , m_credentials(QStringLiteral("TokenDeskBench"))
{}

WindowBench::~WindowBench() = default;

QByteArray WindowBench::run(QString *error)
{
    m_report.record("tokens", m_options.tokens);
    m_report.record("latency_ms", m_options.latencyMs);
    m_report.record("accessible", m_options.accessible ? 1 : 0);
    *error = openWindow();
    if (error->isEmpty())
        *error = loadAll();
    if (!error->isEmpty())
        return QByteArray();
    typeQuickFilter();
    sortByHeaderClick();
    *error = revokeSelection();
    if (!error->isEmpty())
        return QByteArray();
    scrollTopToBottom();
    m_report.record("rss_mb", double(ResidentMemory::peak()) / (1024.0 * 1024.0));
    return m_report.json();
}

QString WindowBench::openWindow()
{
    BenchReport::progress("starting the sandbox");
    const QString bearer = QString::number(QRandomGenerator::system()->generate64(), 36);
    m_sandbox.setStartTimeoutMs(m_options.sandboxStartTimeoutMs());
    if (!m_sandbox.start(m_options.sandboxArguments(), bearer))
        return QStringLiteral("tokendesk-sandbox did not start");

    if (m_options.accessible) {
        QAccessible::installUpdateHandler(readEventLikeAScreenReader);
        QAccessible::setActive(true);
        // Only a platform with an accessibility bridge turns it on (xcb's AT-SPI bridge, with
        // QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 or a screen reader on the bus), and only once it has
        // asked the bus: the offscreen platform has none.
        QElapsedTimer waited;
        waited.start();
        while (!QAccessible::isActive() && !waited.hasExpired(kAccessibilityWaitMs))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!QAccessible::isActive())
            return QStringLiteral("accessibility is not active: run under X (QT_QPA_PLATFORM=xcb) with "
                                  "QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 and a session bus");
    }
    BenchReport::progress("opening the window");
    m_window = std::make_unique<MainWindow>(&m_network, &m_profiles, &m_credentials);
    m_window->resize(kWidth, kHeight);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return QStringLiteral("the window was not shown");
    m_window->activateWindow();
    m_table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    m_quickFilter = m_window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    if (!m_table || !m_quickFilter)
        return QStringLiteral("the window has no token table or quick filter");

    ConnectionSettings connection;
    connection.baseUrl = m_sandbox.baseUrl();
    connection.serviceId = m_sandbox.serviceId();
    connection.bearerToken = m_sandbox.bearer();
    QElapsedTimer timer;
    timer.start();
    m_window->openDemo(connection);
    TokenListSession *session = m_window->listSession();
    if (!BenchReport::waitUntil([session] { return session->isTotalKnown() && !session->isLoading(); }) ||
        m_window->tokenModel()->rowCount() == 0)
        return QStringLiteral("the first page brought no rows");
    settle();
    m_report.record("first_page_ms", BenchReport::elapsedMs(timer));
    return QString();
}

QString WindowBench::loadAll()
{
    BenchReport::progress("load all");
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionLoadAll"));
    if (!action || !action->isEnabled())
        return QStringLiteral("Load all is not available");
    const qint64 residentBefore = ResidentMemory::current();
    TokenListSession *session = m_window->listSession();
    StallProbe probe;
    QElapsedTimer timer;
    probe.start();
    timer.start();
    action->trigger();
    const bool done = BenchReport::waitUntil([session] { return !session->isLoadingAll(); });
    settle();
    const double loadMs = BenchReport::elapsedMs(timer);
    probe.stop();
    const int rows = m_table->model()->rowCount();
    if (!done || rows != m_options.tokens)
        return QStringLiteral("load all shows %1 rows of %2").arg(rows).arg(m_options.tokens);
    const int windows =
        (m_options.tokens + TokenListSession::kWindowSize - 1) / TokenListSession::kWindowSize;
    m_report.record("load_all_ms", loadMs);
    m_report.record("bound_ms", double(windows) * m_options.latencyMs / m_options.concurrency);
    m_report.record("load_all_max_stall_ms", probe.maxStallMs());
    m_report.record("bytes_per_token", double(ResidentMemory::current() - residentBefore) / m_options.tokens);
    return QString();
}

QString WindowBench::subjectToType() const
{
    // A subject from the middle of the list; tokens of the client credentials flow have none.
    const TokenTableModel *model = m_window->tokenModel();
    for (int row = model->rowCount() / 2; row < model->rowCount(); ++row) {
        if (!model->tokenAt(row).subject.isEmpty())
            return model->tokenAt(row).subject;
    }
    return model->tokenAt(0).accessTokenHash.left(8);
}

void WindowBench::typeQuickFilter()
{
    BenchReport::progress("quick filter, key by key");
    const QString subject = subjectToType();
    m_quickFilter->setFocus(Qt::ShortcutFocusReason);
    QList<double> times;
    const auto timed = [&](const std::function<void()> &keystroke) {
        QElapsedTimer timer;
        timer.start();
        keystroke();
        settle();
        times.append(BenchReport::elapsedMs(timer));
    };
    for (const QChar c : subject)
        timed([&] { QTest::keyClick(m_quickFilter, c.toLatin1()); });
    const int shownRows = m_table->model()->rowCount();
    for (qsizetype i = 0; i < subject.size(); ++i)
        timed([&] { QTest::keyClick(m_quickFilter, Qt::Key_Backspace); });
    m_report.record("keystrokes", double(times.size()));
    m_report.record("rows_matching_subject", shownRows);
    m_report.recordSpread("keystroke", times);
}

void WindowBench::sortByHeaderClick()
{
    BenchReport::progress("sort by a header click");
    QHeaderView *header = m_table->horizontalHeader();
    const int column = TokenColumns::AccessExpiry;
    // A person scrolls the header until the column is in view, then clicks its middle.
    m_table->scrollTo(m_table->model()->index(0, column));
    settle();
    const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, middle);
    settle();
    m_report.record("sort_ms", BenchReport::elapsedMs(timer));
    m_report.record("sorted", header->sortIndicatorSection() == column ? 1 : 0);
}

QString WindowBench::revokeSelection()
{
    BenchReport::progress("select all, then revoke a selection");
    m_table->setFocus(Qt::MouseFocusReason);
    QElapsedTimer selectAll;
    selectAll.start();
    QTest::keyClick(m_table, Qt::Key_A, Qt::ControlModifier);
    settle();
    m_report.record("select_all_ms", BenchReport::elapsedMs(selectAll));

    // The first rows by expiry: a click on the top row, then a shift-click further down.
    QAbstractItemModel *rows = m_table->model();
    const int count = qMin(m_options.revoke, rows->rowCount());
    m_table->scrollToTop();
    settle();
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, Qt::NoModifier,
                      m_table->visualRect(rows->index(0, 0)).center());
    m_table->scrollTo(rows->index(count - 1, 0));
    settle();
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      m_table->visualRect(rows->index(count - 1, 0)).center());
    settle();
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    if (selected != count)
        return QStringLiteral("%1 rows are selected instead of %2").arg(selected).arg(count);

    auto *revoke = m_window->findChild<QAction *>(QStringLiteral("actionRevoke"));
    if (!revoke || !revoke->isEnabled())
        return QStringLiteral("Revoke is not available");
    const int before = m_window->tokenModel()->rowCount();
    StallProbe probe;
    QElapsedTimer timer;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    probe.start();
    timer.start();
    revoke->trigger();
    const bool done =
        BenchReport::waitUntil([&] { return m_window->tokenModel()->rowCount() <= before - count; });
    settle();
    const double revokeMs = BenchReport::elapsedMs(timer);
    probe.stop();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    if (!done)
        return QStringLiteral("the revoked rows did not leave");
    m_report.record("revoked", count);
    m_report.record("bulk_revoke_ms", revokeMs);
    m_report.record("bulk_revoke_max_stall_ms", probe.maxStallMs());
    return QString();
}

void WindowBench::scrollTopToBottom()
{
    BenchReport::progress("scroll from top to bottom");
    QScrollBar *bar = m_table->verticalScrollBar();
    bar->setValue(bar->minimum());
    settle();
    QList<double> times;
    StallProbe probe;
    probe.start();
    for (int step = 1; step <= kScrollSteps; ++step) {
        QElapsedTimer timer;
        timer.start();
        // As a dragged thumb moves it: the scroll bar's own value, one frame at a time.
        bar->setValue(bar->minimum() + int(qint64(bar->maximum() - bar->minimum()) * step / kScrollSteps));
        settle();
        times.append(BenchReport::elapsedMs(timer));
    }
    probe.stop();
    m_report.recordSpread("scroll_step", times);
    m_report.record("scroll_max_stall_ms", probe.maxStallMs());
}

void WindowBench::settle()
{
    BenchReport::waitUntilIdle();
    m_table->viewport()->repaint();
}
