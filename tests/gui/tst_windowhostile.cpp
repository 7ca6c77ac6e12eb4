// The real main window (offscreen) against HostileServer on loopback (issue #16): the server's text
// shows as written, never as markup, and never widens the window; a body that trickles, a server that
// never answers and an impossible total each end with a clear message in the banner within their
// deadline (plus generous margins), the status bar counts the retries down and Cancel ends the load.
#include "AuthleteClient.h"
#include "ErrorBanner.h"
#include "HardFailure.h"
#include "HostileServer.h"
#include "MainWindow.h"
#include "TokenDetailsWidget.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"
#include "WindowTestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>

namespace {

const QString kBearer = QStringLiteral("hostile-window-bearer");
const QString kProfile = QStringLiteral("Hostile");

HostileServer::Answer json(const QByteArray &body, const QByteArray &status = "200 OK")
{
    HostileServer::Answer answer;
    answer.head = "HTTP/1.1 " + status +
                  "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\n\r\n";
    answer.body = body;
    return answer;
}

QByteArray listOf(const QJsonArray &tokens, qint64 totalCount)
{
    return QJsonDocument(QJsonObject{{QLatin1StringView("start"), 0},
                                     {QLatin1StringView("end"), 20},
                                     {QLatin1StringView("totalCount"), totalCount},
                                     {QLatin1StringView("accessTokens"), tokens}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject tokenWith(const QString &subject, const QStringList &scopes = {})
{
    return {{QLatin1StringView("accessTokenHash"), QStringLiteral("hostile-hash")},
            {QLatin1StringView("clientId"), 1234},
            {QLatin1StringView("subject"), subject},
            {QLatin1StringView("createdAt"), qint64(1'750'000'000'000)},
            {QLatin1StringView("scopes"), QJsonArray::fromStringList(scopes)}};
}

} // namespace

class TestWindowHostile : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    HostileServer::Responder m_respond; // this test's server
    std::unique_ptr<HostileServer> m_server;
    std::unique_ptr<SessionProfiles> m_profiles;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T *find(const char *name) const { return namedChild<T>(m_window.get(), name); }

    AuthleteClient *client() const
    {
        auto *client = m_window->findChild<AuthleteClient *>();
        if (!client)
            failHard(QStringLiteral("the window has no client"));
        return client;
    }

    QString status() const { return find<QLabel>("statusLabel")->text(); }
    QString banner() const { return m_window->banner()->text(); }

    // Opens the profile of this test's server with these limits; one attempt unless a test wants more.
    void open(const CallLimits &limits, const RetryPolicy &retries = RetryPolicy::none())
    {
        client()->setLimits(limits);
        client()->setRetryPolicy(retries);
        m_window->openProfile(kProfile);
    }

    void waitLoaded() const
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->listSession()->isTotalKnown() && !m_window->listSession()->isLoading(), 15'000);
    }

    void selectFirstRow() const
    {
        auto *table = find<QTableView>("tokenTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        table->setCurrentIndex(table->model()->index(0, 0));
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_server =
            std::make_unique<HostileServer>([this](const QByteArray &head) { return m_respond(head); });
        m_profiles = std::make_unique<SessionProfiles>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_profiles->add(kProfile, m_server->baseUrl(), QStringLiteral("715948317"), kBearer);
    }

    void init()
    {
        m_respond = [](const QByteArray &) { return json(listOf({}, 0)); };
        m_window =
            std::make_unique<MainWindow>(&m_network, m_profiles->profiles(), m_profiles->credentials());
        showActive(m_window.get());
    }

    void cleanup() { m_window.reset(); }

    void markupInServerTextIsShownAsWritten()
    {
        const QString subject = QStringLiteral("<b>bold</b><img src=\"/etc/passwd\">");
        const QString clientName = QStringLiteral("<table><tr><td>Client</td></tr></table>");
        m_respond = [&](const QByteArray &head) {
            if (head.contains("clientIdentifier=")) {
                const QJsonObject client{{QLatin1StringView("clientId"), 1234},
                                         {QLatin1StringView("clientName"), clientName}};
                return json(QJsonDocument(QJsonObject{{QLatin1StringView("totalCount"), 1},
                                                      {QLatin1StringView("client"), client}})
                                .toJson(QJsonDocument::Compact));
            }
            return json(listOf({tokenWith(subject, {QStringLiteral("<i>openid</i>")})}, 1));
        };
        open({});
        waitLoaded();
        selectFirstRow();
        auto *subjectLabel = find<QLabel>("detailSubject");
        QCOMPARE(subjectLabel->textFormat(), Qt::PlainText);
        QCOMPARE(subjectLabel->text(), subject);
        auto *scopes = find<QLabel>("detailScopes");
        QCOMPARE(scopes->textFormat(), Qt::PlainText);
        QCOMPARE(scopes->text(), QStringLiteral("<i>openid</i>"));
        auto *clientLabel = find<QLabel>("detailClient");
        QCOMPARE(clientLabel->textFormat(), Qt::PlainText);
        QTRY_VERIFY(m_window->tokenModel()->client(1234).has_value());
        m_window->findChild<TokenDetailsWidget *>()->showToken(m_window->tokenModel()->tokenAt(0),
                                                               m_window->tokenModel()->client(1234));
        QVERIFY2(clientLabel->text().contains(clientName), qPrintable(clientLabel->text()));
        // The table's tooltip is deliberate markup around the escaped text: it shows the tags.
        const QString tip =
            m_window->tokenModel()->index(0, TokenColumns::Subject).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")) &&
                     !tip.contains(QStringLiteral("<b>")),
                 qPrintable(tip));
    }

    void markupAndLinesInAnErrorAreOnePlainLine()
    {
        m_respond = [](const QByteArray &) {
            return json("{\"resultCode\":\"A001201\",\"resultMessage\":\"<b>All good</b>\\nnothing is "
                        "wrong\\n\\nJust press Yes.\"}",
                        "400 Bad Request");
        };
        open({});
        QTRY_VERIFY_WITH_TIMEOUT(!banner().isEmpty(), 15'000);
        auto *text = find<QLabel>("errorBannerText");
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QVERIFY2(banner().contains(QStringLiteral("<b>All good</b> nothing is wrong Just press Yes.")),
                 qPrintable(banner()));
        QVERIFY(!banner().contains(QLatin1Char('\n')));
    }

    // 118,710 px once: no value of the server's may widen the window, nor freeze it.
    void longServerTextKeepsTheWindowNarrow()
    {
        const QString subject(10'000, QLatin1Char('x'));
        // A hash has no place to break: a long one is the hardest case for the pane.
        QJsonObject token = tokenWith(subject, {subject});
        token.insert(QLatin1StringView("accessTokenHash"), subject);
        m_respond = [&](const QByteArray &) { return json(listOf({token}, 1)); };
        const int before = m_window->minimumSizeHint().width();
        open({});
        waitLoaded();
        selectFirstRow();
        QElapsedTimer clock;
        clock.start();
        QCoreApplication::processEvents();
        const int width = m_window->minimumSizeHint().width();
        qInfo("minimumSizeHint width %d px before, %d px with a 10,000-character subject selected", before,
              width);
        QVERIFY2(width < 2000, qPrintable(QString::number(width)));
        // The splitter lets the window be narrower than a pane; the pane itself must not ask for more.
        const int paneWidth = m_window->findChild<TokenDetailsWidget *>()->minimumSizeHint().width();
        qInfo("the detail pane's minimumSizeHint width: %d px", paneWidth);
        QVERIFY2(paneWidth < 2000, qPrintable(QString::number(paneWidth)));
        auto *subjectLabel = find<QLabel>("detailSubject");
        QVERIFY(subjectLabel->text().endsWith(QStringLiteral("(… 9,500 more characters)")));
        QCOMPARE(TokenDetailsWidget::fullValue(subjectLabel), subject);

        // A 4 MB result message: the banner says a few hundred characters of it.
        const QByteArray message(4 * 1024 * 1024, 'm');
        m_respond = [&](const QByteArray &) {
            return json("{\"resultCode\":\"A001201\",\"resultMessage\":\"" + message + "\"}",
                        "400 Bad Request");
        };
        clock.restart();
        m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!banner().isEmpty(), 15'000);
        qInfo("a 4 MB resultMessage reached the banner in %lld ms", clock.elapsed());
        QVERIFY2(banner().size() < 1000, qPrintable(QString::number(banner().size())));
        QVERIFY2(banner().contains(QStringLiteral("more characters)")), qPrintable(banner()));
        QVERIFY2(m_window->minimumSizeHint().width() < 2000,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
    }

    // A byte every 200 ms never lets the transfer timeout expire; the attempt's 1 s deadline ends it.
    void tricklingBodyEndsAtItsDeadline()
    {
        m_respond = [](const QByteArray &) {
            HostileServer::Answer answer = json(QByteArray());
            answer.head.replace("Content-Length: 0", "Content-Length: 1000");
            answer.trickle = QByteArray(1000, ' ');
            answer.trickleEveryMs = 200;
            return answer;
        };
        QElapsedTimer clock;
        clock.start();
        open({8 * 1024 * 1024, 1'000, 60'000});
        QTRY_VERIFY_WITH_TIMEOUT(!banner().isEmpty(), 1'000 + 10'000);
        qInfo("the 1 s attempt deadline was reported after %lld ms", clock.elapsed());
        QCOMPARE(banner(), QStringLiteral("The server did not finish its reply within 1 s."));
        QVERIFY(!m_window->listSession()->isLoading());
        QVERIFY(status() != QStringLiteral("Loading…"));
    }

    // A server that accepts and never answers: the attempts are counted down in the status bar, and
    // the call's 3 s deadline ends them with a message naming it.
    void silentServerIsReportedAtTheCallDeadline()
    {
        m_respond = [](const QByteArray &) {
            HostileServer::Answer answer;
            answer.closeAfter = false;
            return answer;
        };
        QElapsedTimer clock;
        clock.start();
        const int before = m_server->requests();
        open({8 * 1024 * 1024, 500, 3'000}, {8, 1'000, 1'000, 1.0, 8});
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Retrying (attempt 2 of 8, next in ")),
                                 10'000);
        QVERIFY(find<QPushButton>("cancelLoadButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!banner().isEmpty(), 3'000 + 10'000);
        qInfo("the 3 s call deadline was reported after %lld ms, %d requests", clock.elapsed(),
              m_server->requests() - before);
        QVERIFY2(banner().startsWith(QStringLiteral("The server gave no answer after ")) &&
                     banner().contains(QStringLiteral("attempts within 3 s.")),
                 qPrintable(banner()));
        QVERIFY(!m_window->listSession()->isLoading());
        QCOMPARE(status(), QStringLiteral("Not connected."));
        QVERIFY(!find<QPushButton>("cancelLoadButton")->isVisible());
    }

    void cancelEndsALoadWaitingToRetry()
    {
        m_respond = [](const QByteArray &) {
            HostileServer::Answer answer;
            answer.closeAfter = false;
            return answer;
        };
        open({8 * 1024 * 1024, 300, 60'000}, {8, 30'000, 30'000, 1.0, 8});
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Retrying (attempt 2 of 8, next in ")),
                                 10'000);
        const int requests = m_server->requests();
        auto *cancel = find<QPushButton>("cancelLoadButton");
        QVERIFY(cancel->isVisible());
        cancel->click();
        QVERIFY(!m_window->listSession()->isLoading());
        QVERIFY(!cancel->isVisible());
        QVERIFY(!status().startsWith(QStringLiteral("Retrying")));
        QVERIFY(banner().isEmpty());
        QCOMPARE(m_server->requests(), requests);
    }

    void totalOfIntMaxIsAnErrorNotALoad()
    {
        m_respond = [](const QByteArray &) {
            return json(listOf({tokenWith(QStringLiteral("alice"))}, std::numeric_limits<int>::max()));
        };
        const int before = m_server->requests();
        open({});
        QTRY_VERIFY_WITH_TIMEOUT(!banner().isEmpty(), 15'000);
        QVERIFY2(banner().contains(
                     QStringLiteral("the server claims 2,147,483,647 tokens, more than any service holds")),
                 qPrintable(banner()));
        QVERIFY(!m_window->listSession()->isLoading());
        QCOMPARE(m_window->tokenModel()->rowCount(), 0);
        QCOMPARE(m_server->requests() - before, 1);
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestWindowHostile>(argc, argv, QStringLiteral("tst_windowhostile"));
}

#include "tst_windowhostile.moc"
