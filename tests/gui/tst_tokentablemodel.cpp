// The token model and its filter proxy, fed by a list session from the real sandbox, with
// QAbstractItemModelTester watching both for the whole test.
#include "AuthleteClient.h"
#include "SandboxProcess.h"
#include "TokenFilterProxyModel.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kBearer = QStringLiteral("model-test-bearer");
constexpr int kTokens = 1500;

} // namespace

class TestTokenTableModel : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    std::unique_ptr<AuthleteClient> m_client;
    std::unique_ptr<TokenListSession> m_session;
    std::unique_ptr<TokenTableModel> m_model;
    std::unique_ptr<TokenFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    void query(const TokenListQuery &query = TokenListQuery())
    {
        m_session->setQuery(query);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isTotalKnown() && !m_session->isLoading(), 10'000);
    }

    ApiCall *revokeHash(const QString &hash)
    {
        TokenRevokeRequest request;
        request.accessTokenIdentifier = hash;
        return m_client->revoke(request);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_sandbox.start({QStringLiteral("--tokens"), QString::number(kTokens),
                                 QStringLiteral("--subjects"), QStringLiteral("40"),
                                 QStringLiteral("--clients"), QStringLiteral("6")},
                                kBearer));
        m_client = std::make_unique<AuthleteClient>(&m_network);
        ConnectionSettings connection;
        connection.baseUrl = m_sandbox.baseUrl();
        connection.serviceId = m_sandbox.serviceId();
        connection.bearerToken = kBearer;
        m_client->setConnection(connection);
    }

    void init()
    {
        m_session = std::make_unique<TokenListSession>(m_client.get());
        m_model = std::make_unique<TokenTableModel>(m_session.get());
        m_proxy = std::make_unique<TokenFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester must not page in the server's list by itself.
        m_modelTester->setUseFetchMore(false);
        m_proxyTester->setUseFetchMore(false);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_session.reset();
    }

    void firstWindowThenScrolling()
    {
        QSignalSpy totals(m_session.get(), &TokenListSession::totalCountChanged);
        query();
        QCOMPARE(m_model->rowCount(), TokenListSession::kWindowSize);
        QCOMPARE(m_session->totalCount(), kTokens);
        QVERIFY(totals.size() >= 1);
        QCOMPARE(totals.last().first().toInt(), kTokens);
        QVERIFY(m_model->canFetchMore(QModelIndex()));

        // The loading guard: asking twice while a window is on its way fetches it once.
        m_model->fetchMore(QModelIndex());
        QVERIFY(!m_model->canFetchMore(QModelIndex()));
        m_model->fetchMore(QModelIndex());
        QTRY_VERIFY(!m_session->isLoading());
        QCOMPARE(m_model->rowCount(), 2 * TokenListSession::kWindowSize);
        for (int row = 1; row < m_model->rowCount(); ++row)
            QVERIFY(m_model->tokenAt(row - 1).createdAt <= m_model->tokenAt(row).createdAt);
    }

    void loadAllBringsEveryTokenOnce()
    {
        query();
        QSignalSpy finished(m_session.get(), &TokenListSession::loadAllFinished);
        QSignalSpy progress(m_session.get(), &TokenListSession::loadAllProgress);
        m_session->loadAll();
        QVERIFY(m_session->isLoadingAll());
        QVERIFY(!m_model->canFetchMore(QModelIndex()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        QVERIFY(!finished.first().first().value<ApiError>());
        QCOMPARE(m_model->rowCount(), kTokens);
        QVERIFY(m_session->isComplete());
        QVERIFY(!progress.isEmpty());
        QSet<QString> hashes;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            hashes.insert(m_model->tokenAt(row).accessTokenHash);
            QCOMPARE(m_model->rowOfHash(m_model->tokenAt(row).accessTokenHash), row);
        }
        QCOMPARE(hashes.size(), kTokens);
    }

    void cancelLoadAll()
    {
        query();
        QSignalSpy finished(m_session.get(), &TokenListSession::loadAllFinished);
        m_session->loadAll();
        m_session->cancelLoadAll();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!m_session->isLoading());
        QVERIFY(m_model->rowCount() < kTokens);
        QVERIFY(m_model->canFetchMore(QModelIndex()));
    }

    void refreshKeepsTheLoadedRangeAndDropsRevokedTokens()
    {
        query();
        m_model->fetchMore(QModelIndex());
        QTRY_COMPARE(m_model->rowCount(), 40);
        const QString revoked = m_model->tokenAt(3).accessTokenHash;
        const QString kept = m_model->tokenAt(4).accessTokenHash;
        bool done = false;
        connect(revokeHash(revoked), &ApiCall::finished, this, [&done] { done = true; });
        QTRY_VERIFY(done);

        QSignalSpy refreshed(m_model.get(), &TokenTableModel::refreshed);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_session->refresh();
        QCOMPARE(m_model->rowCount(), 40); // the old rows stay until the new ones came
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(m_model->rowCount(), 40);
        QCOMPARE(m_model->rowOfHash(revoked), -1);
        QCOMPARE(m_model->rowOfHash(kept), 3);
        QCOMPARE(m_session->totalCount(), kTokens - 1);
    }

    void subjectFilterIsServerSide()
    {
        query();
        const QString subject =
            m_model->tokenAt(0).subject.isEmpty() ? m_model->tokenAt(1).subject : m_model->tokenAt(0).subject;
        TokenListQuery bySubject;
        bySubject.subject = subject;
        query(bySubject);
        QVERIFY(m_session->totalCount() > 0 && m_session->totalCount() < kTokens);
        m_session->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isComplete() && !m_session->isLoading(), 30'000);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->tokenAt(row).subject, subject);
    }

    void clientFilterNamesTheClient()
    {
        query();
        const qint64 clientId = m_model->tokenAt(0).clientId;
        TokenListQuery byClient;
        byClient.clientIdentifier = QString::number(clientId);
        query(byClient);
        const std::optional<ClientLimited> client = m_model->client(clientId);
        QVERIFY(client);
        QVERIFY(!client->clientName.isEmpty());
        const QString shown = m_model->index(0, TokenColumns::Client).data().toString();
        QVERIFY2(shown.contains(client->clientName), qPrintable(shown));
        QVERIFY(shown.contains(QString::number(clientId)));
    }

    void clientNamesAreLookedUpOncePerClient()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        query();
        const qint64 clientId = m_model->tokenAt(0).clientId;
        QTRY_VERIFY(m_model->client(clientId).has_value());
        const QString shown = m_model->index(0, TokenColumns::Client).data().toString();
        QVERIFY2(shown.contains(m_model->client(clientId)->clientName), qPrintable(shown));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<QModelIndex>().column(), int(TokenColumns::Client));
    }

    void quickFilterNarrowsTheLoadedRowsOnly()
    {
        query();
        m_model->fetchMore(QModelIndex());
        QTRY_COMPARE(m_model->rowCount(), 40);
        const QString hash = m_model->tokenAt(17).accessTokenHash;
        m_proxy->setQuickFilter(hash.left(12).toLower());
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->index(0, 0).data(TokenTableModel::HashRole).toString(), hash);
        // A filter must not make the view page in the whole list to fill the screen.
        QVERIFY(!m_proxy->canFetchMore(QModelIndex()));

        const QString scope = m_model->tokenAt(0).scopes.value(0);
        m_proxy->setQuickFilter(scope);
        QVERIFY(m_proxy->rowCount() >= 1);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QString text = m_proxy->index(row, TokenColumns::Scopes).data().toString() +
                                 m_proxy->index(row, TokenColumns::Subject).data().toString() +
                                 m_proxy->index(row, TokenColumns::Client).data().toString() +
                                 m_proxy->index(row, TokenColumns::AccessHash).data().toString() +
                                 m_proxy->index(row, TokenColumns::RefreshHash).data().toString();
            QVERIFY(text.contains(scope, Qt::CaseInsensitive));
        }
        // A subject with a dot cannot be in a base64url hash, yet still finds its rows.
        const QString subject =
            m_model->tokenAt(1).subject.isEmpty() ? m_model->tokenAt(2).subject : m_model->tokenAt(1).subject;
        m_proxy->setQuickFilter(subject.toUpper());
        QVERIFY(m_proxy->rowCount() >= 1);
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QVERIFY(m_proxy->index(row, TokenColumns::Subject).data().toString().contains(subject));

        m_proxy->setQuickFilter(QString());
        QCOMPARE(m_proxy->rowCount(), 40);
        QVERIFY(m_proxy->canFetchMore(QModelIndex()));
    }

    void typingKeyByKeyShowsWhatTheWholeTextShows()
    {
        // The filter answers a keystroke from what it knew of the text before it (typed further,
        // shortened, edited in the middle): each answer must be what a filter on that text alone shows.
        query();
        m_model->fetchMore(QModelIndex());
        QTRY_COMPARE(m_model->rowCount(), 40);
        const auto expected = [this](const QString &text) {
            QStringList hashes;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QString fields =
                    QStringList{m_model->index(row, TokenColumns::Subject).data().toString(),
                                m_model->index(row, TokenColumns::Client).data().toString(),
                                m_model->index(row, TokenColumns::Scopes).data().toString(),
                                m_model->tokenAt(row).accessTokenHash, m_model->tokenAt(row).refreshTokenHash}
                        .join(QChar(0));
                if (fields.contains(text, Qt::CaseInsensitive))
                    hashes.append(m_model->tokenAt(row).accessTokenHash);
            }
            hashes.sort();
            return hashes;
        };
        const auto shown = [this] {
            QStringList hashes;
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                hashes.append(m_proxy->index(row, 0).data(TokenTableModel::HashRole).toString());
            hashes.sort();
            return hashes;
        };
        const QString subject =
            m_model->tokenAt(1).subject.isEmpty() ? m_model->tokenAt(2).subject : m_model->tokenAt(1).subject;
        QVERIFY(subject.size() > 2);
        QStringList texts;
        for (qsizetype length = 1; length <= subject.size(); ++length)
            texts.append(subject.left(length));
        for (qsizetype length = subject.size() - 1; length >= 1; --length)
            texts.append(subject.left(length));
        // Edited in the middle, pasted further, typed in another case, and a text in no row.
        texts << subject.left(1) + subject.mid(2) << subject.toUpper() << subject.left(2)
              << subject + QStringLiteral("-nowhere") << QString() << subject.left(2);
        for (const QString &text : std::as_const(texts)) {
            m_proxy->setQuickFilter(text);
            QCOMPARE(shown(), expected(text));
        }
        // Rows that arrive while the text stands are judged by it too.
        m_model->fetchMore(QModelIndex());
        QTRY_COMPARE(m_model->rowCount(), 60);
        QCOMPARE(shown(), expected(subject.left(2)));
    }

    void sortsByRawExpiry()
    {
        query();
        m_proxy->sort(TokenColumns::AccessExpiry, Qt::AscendingOrder);
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            QVERIFY(
                m_proxy->index(row - 1, TokenColumns::AccessExpiry)
                    .data(TokenTableModel::SortRole)
                    .toLongLong() <=
                m_proxy->index(row, TokenColumns::AccessExpiry).data(TokenTableModel::SortRole).toLongLong());
        }
    }

    void expiryIsMarkedByTextAndIconNotOnlyColour()
    {
        query();
        m_session->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isComplete() && !m_session->isLoading(), 30'000);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_model->setNow(now);
        int expired = 0;
        int valid = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex cell = m_model->index(row, TokenColumns::AccessExpiry);
            const bool isExpired = m_model->tokenAt(row).accessTokenExpiresAt <= now;
            QCOMPARE(cell.data().toString().contains(QStringLiteral("expired")), isExpired);
            if (isExpired) {
                QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
                QVERIFY(cell.data(Qt::ForegroundRole).isValid());
            }
            // The status column says the same in a word, with an icon whatever the state.
            const QModelIndex status = m_model->index(row, TokenColumns::Status);
            QCOMPARE(status.data().toString() == QStringLiteral("Expired"), isExpired);
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
            (isExpired ? expired : valid) += 1;
        }
        QVERIFY2(expired > 0 && valid > 0, "the seed makes both expired and valid tokens");
    }

    void errorsAreReported()
    {
        AuthleteClient wrong(&m_network);
        ConnectionSettings connection = m_client->connection();
        connection.bearerToken = QStringLiteral("rotated-away");
        wrong.setConnection(connection);
        TokenListSession session(&wrong);
        TokenTableModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&session, &TokenListSession::errorOccurred);
        session.setQuery(TokenListQuery());
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<ApiError>().httpStatus, 401);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!session.isLoading());
    }
};

QTEST_MAIN(TestTokenTableModel)
#include "tst_tokentablemodel.moc"
