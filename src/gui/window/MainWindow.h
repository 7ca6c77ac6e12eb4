#pragma once

#include "ApiError.h"
#include "ConnectionSettings.h"

#include <QMainWindow>
#include <memory>

class AuditLog;
class AuthleteClient;
class CredentialStore;
class EnvironmentBadge;
class ErrorBanner;
class ProfileStore;
class RecentSubjects;
class SearchResultBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QNetworkAccessManager;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QTableView;
class RetryCountdown;
class TokenDetailsWidget;
class TokenActions;
class TokenFilterProxyModel;
class TokenListSession;
class TokenOperations;
class TokenTableModel;
class TokenValueFinder;

// The product's face: the tokens of one service in a table, found by subject or client on the server,
// narrowed by a quick filter over the loaded rows, with a detail pane and the connection switcher.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QNetworkAccessManager *network, ProfileStore *profiles, CredentialStore *credentials,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the profile's secret from the keychain (or AUTHLETE_BEARER) and shows its tokens.
    void openProfile(const QString &name);
    // What a first start shows: no connection yet, and the way to add one.
    void showWelcome();
    // A connection that is not a saved profile: the demo's sandbox.
    void openDemo(const ConnectionSettings &settings);
    // The bearer from the environment (AUTHLETE_BEARER), used for v3 profiles instead of the keychain's.
    void setEnvironmentBearer(const QString &bearer) { m_environmentBearer = bearer; }

    QString currentProfile() const { return m_profileName; }
    TokenListSession *listSession() const { return m_session; }
    TokenTableModel *tokenModel() const { return m_model; }
    TokenFilterProxyModel *proxyModel() const { return m_proxy; }
    ErrorBanner *banner() const { return m_banner; }
    AuditLog *auditLog() const { return m_auditLog.get(); }
    // Writes the loaded rows (or only those the quick filter shows) as CSV or JSON, by the suffix.
    bool exportRows(const QString &path, bool onlyShown, QString *error) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLanguageMenu(QMenu *view);
    void buildSearchBar();
    void buildStatusBar();
    void connectSession();
    void restoreSettings();
    void saveSettings() const;
    void reloadProfileSwitcher();
    void connectTo(const QString &profileName, const ConnectionSettings &settings, bool demo);
    // Resolves a client typed by name or alias first (asking when several match), then searches.
    void runSearch();
    void searchFor(const QString &clientIdentifier);
    void refresh();
    void loadAll();
    void updateStatus();
    void offerLoadAll(const QString &reason);
    void showError(const ApiError &error);
    // The result header and the empty-result text of the server-side search, from the session.
    void showSearchResult();
    void showChosenToken();
    void copyHash(bool refreshToken);
    void openConnectionsDialog();
    void showAbout();
    void exportRowsInteractively(bool onlyShown);
    void showAuditLog();
    void revokeForSubjectList();
    QStringList selectedHashes() const;

    QNetworkAccessManager *m_network;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    AuthleteClient *m_client;
    TokenListSession *m_session;
    TokenTableModel *m_model;
    TokenFilterProxyModel *m_proxy;
    QTableView *m_table;
    TokenDetailsWidget *m_details;
    ErrorBanner *m_banner;
    SearchResultBar *m_resultBar;
    RecentSubjects *m_recentSubjects;
    QStackedWidget *m_tableArea = nullptr;
    QLabel *m_emptyResult = nullptr;
    std::unique_ptr<AuditLog> m_auditLog;
    TokenOperations *m_operations = nullptr;
    TokenActions *m_actions = nullptr;
    TokenValueFinder *m_valueFinder = nullptr;
    QComboBox *m_profileCombo = nullptr;
    EnvironmentBadge *m_environmentBadge = nullptr;
    QLineEdit *m_subjectSearch = nullptr;
    QLineEdit *m_clientSearch = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLineEdit *m_quickFilter = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelLoad = nullptr;
    RetryCountdown *m_retry = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_copyHash = nullptr;
    QAction *m_copyRefreshHash = nullptr;
    QAction *m_subjectListAction = nullptr;
    QString m_profileName;
    QString m_requestedProfile; // the profile last asked for, opened or not
    QString m_environmentBearer;
    bool m_demo = false;
    QStringList m_hashesToRestore;
    QString m_topHashToRestore;
};
