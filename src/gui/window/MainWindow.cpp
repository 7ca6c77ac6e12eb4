#include "MainWindow.h"

#include "Accessibility.h"
#include "AppLanguage.h"
#include "AuditLog.h"
#include "AuditLogDialog.h"
#include "AuthleteClient.h"
#include "ClientLookup.h"
#include "ConnectionDialog.h"
#include "CredentialStore.h"
#include "EnvironmentBadge.h"
#include "ErrorBanner.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "RecentSubjects.h"
#include "RetryCountdown.h"
#include "SearchResultBar.h"
#include "SemanticColors.h"
#include "ShortcutsDialog.h"
#include "SubjectListDialog.h"
#include "TokenActions.h"
#include "TokenDeskVersion.h"
#include "TokenDetailsWidget.h"
#include "TokenExport.h"
#include "TokenFilterProxyModel.h"
#include "TokenListSession.h"
#include "TokenLocator.h"
#include "TokenOperations.h"
#include "TokenTableModel.h"
#include "TokenValueFinder.h"
#include "UiLanguage.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

const QString kDemoProfile = QStringLiteral("Demo");
const QString kColumnLayoutKey = QStringLiteral("MainWindow/columnLayout");
constexpr int kRelativeTimeRefreshMs = 30'000;

QIcon themedIcon(const char *themeName, const char *resource)
{
    return QIcon::fromTheme(QLatin1StringView(themeName), SemanticColors::icon(QLatin1StringView(resource)));
}

// The column toggles are named by their headers, which carry no mnemonic: each gets the first letter
// not yet taken in its menu, or a bracketed one after a text without Latin letters ("状態(&A)").
QString withMnemonic(const QString &text, QString &used)
{
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar letter = text.at(at).toLower();
        if (letter.unicode() < 128 && letter.isLetter() && !used.contains(letter)) {
            used.append(letter);
            return text.left(at) + QLatin1Char('&') + text.mid(at);
        }
    }
    for (char letter = 'a'; letter <= 'z'; ++letter) {
        if (!used.contains(QLatin1Char(letter))) {
            used.append(QLatin1Char(letter));
            return QStringLiteral("%1(&%2)").arg(text, QChar(QLatin1Char(letter)).toUpper());
        }
    }
    return text;
}

} // namespace

MainWindow::MainWindow(QNetworkAccessManager *network, ProfileStore *profiles, CredentialStore *credentials,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_network(network)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_client(new AuthleteClient(network, this))
    , m_session(new TokenListSession(m_client, this))
    , m_model(new TokenTableModel(m_session, this))
    , m_proxy(new TokenFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_details(new TokenDetailsWidget(this))
    , m_banner(new ErrorBanner(this))
    , m_resultBar(new SearchResultBar(this))
    , m_recentSubjects(new RecentSubjects(this))
    , m_auditLog(std::make_unique<AuditLog>(AuditLog::defaultPath()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TokenDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setAccessibleName(tr("Tokens"));
    m_table->setModel(m_proxy);
    m_operations = new TokenOperations(m_client, m_auditLog.get(), this);
    m_operations->setClientNames([this](qint64 clientId) {
        const std::optional<ClientLimited> client = m_session->client(clientId);
        return client ? client->clientName : QString();
    });
    m_actions = new TokenActions(m_operations, m_model, m_proxy, m_table->selectionModel(), this);
    m_table->addActions(m_actions->tableActions());
    connect(m_table, &QTableView::activated, m_actions, &TokenActions::updateCurrentToken);
    connect(m_actions, &TokenActions::message, m_banner,
            [this](ErrorBanner::Kind kind, const QString &text) { m_banner->showMessage(kind, text); });
    connect(m_actions, &TokenActions::refreshNeeded, this, &MainWindow::refresh);
    connect(m_details, &TokenDetailsWidget::hashCopied, this, [this](const QString &hash) {
        statusBar()->showMessage(tr("Copied the hash %1 to the clipboard.").arg(hash), 5000);
    });
    m_valueFinder =
        new TokenValueFinder(m_operations, m_session, m_model, m_proxy, m_table, m_banner, statusBar(), this);
    connect(m_valueFinder, &TokenValueFinder::loadAllRequested, this, &MainWindow::loadAll);
    // After TokenActions added the row: a new token the quick filter hides must not seem lost.
    connect(m_operations, &TokenOperations::created, this, [this](const TokenOperations::Created &result) {
        const int row = m_model->rowOfHash(result.token.accessTokenHash);
        if (!result.error && row >= 0 && !m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
            statusBar()->showMessage(
                tr("The new token is not shown: the quick filter “%1” hides it.").arg(m_proxy->quickFilter()),
                10000);
    });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Tab moves on to the next control; the arrow keys move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The last visible column takes the room left, rather than leaving a blank band beside it.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    // A search that found nothing says why where the rows would be, instead of an empty table.
    m_emptyResult = new QLabel(this);
    m_emptyResult->setObjectName(QStringLiteral("emptyResultLabel"));
    m_emptyResult->setTextFormat(Qt::PlainText);
    m_emptyResult->setAlignment(Qt::AlignCenter);
    m_emptyResult->setWordWrap(true);
    m_emptyResult->setMargin(24);
    m_emptyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tableArea = new QStackedWidget(this);
    m_tableArea->setObjectName(QStringLiteral("tableArea"));
    m_tableArea->addWidget(m_table);
    m_tableArea->addWidget(m_emptyResult);
    connect(m_resultBar, &SearchResultBar::revokeAllRequested, m_actions, &TokenActions::revokeAllOf);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_tableArea);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 320});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_resultBar);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    buildActions();
    buildSearchBar();
    buildStatusBar();
    connectSession();
    // Whoever saves or removes a profile (the connection dialog, a test), the switcher follows.
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfileSwitcher);
    reloadProfileSwitcher();
    resize(1280, 760);
    restoreSettings();
    updateStatus();
    showChosenToken();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Connection profile"));
    m_profileCombo->setToolTip(tr("Switch to another connection"));
    m_profileCombo->setMinimumContentsLength(16);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profileCombo->itemData(index).toString();
        if (name == kDemoProfile && m_demo)
            return;
        if (name != m_profileName)
            openProfile(name);
    });
    auto *profileLabel = new QLabel(tr("Connection:"), this);
    profileLabel->setBuddy(m_profileCombo);
    toolbar->addWidget(profileLabel);
    toolbar->addWidget(m_profileCombo);
    m_environmentBadge = new EnvironmentBadge(this);
    toolbar->addWidget(m_environmentBadge);

    auto *connections =
        new QAction(themedIcon("network-connect", ":/icons/connection.svg"), tr("&Connections…"), this);
    connections->setObjectName(QStringLiteral("actionConnections"));
    connections->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(connections, &QAction::triggered, this, &MainWindow::openConnectionsDialog);
    toolbar->addAction(connections);
    toolbar->addSeparator();

    m_refreshAction = new QAction(themedIcon("view-refresh", ":/icons/refresh.svg"), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the shown tokens again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    toolbar->addAction(m_refreshAction);

    toolbar->addActions(m_actions->toolbarActions());
    toolbar->addSeparator();
    m_loadAllAction =
        new QAction(SemanticColors::icon(QStringLiteral(":/icons/load-all.svg")), tr("Load &all"), this);
    m_loadAllAction->setObjectName(QStringLiteral("actionLoadAll"));
    m_loadAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_loadAllAction->setToolTip(tr("Fetch every token that matches the search"));
    connect(m_loadAllAction, &QAction::triggered, this, &MainWindow::loadAll);
    toolbar->addAction(m_loadAllAction);
    UiLanguage::plainToolBarTexts(toolbar);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *find = new QAction(tr("&Filter loaded rows"), this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_quickFilter->setFocus(Qt::ShortcutFocusReason);
        m_quickFilter->selectAll();
    });
    auto *searchSubject = new QAction(tr("&Search by subject"), this);
    searchSubject->setObjectName(QStringLiteral("actionSearchSubject"));
    searchSubject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(searchSubject, &QAction::triggered, this, [this] {
        m_subjectSearch->setFocus(Qt::ShortcutFocusReason);
        m_subjectSearch->selectAll();
    });

    auto *copyAccess = m_copyHash =
        new QAction(themedIcon("edit-copy", ":/icons/copy.svg"), tr("&Copy access token hash"), this);
    copyAccess->setObjectName(QStringLiteral("actionCopyHash"));
    copyAccess->setShortcut(QKeySequence::Copy);
    copyAccess->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAccess, &QAction::triggered, this, [this] { copyHash(false); });
    m_table->addAction(copyAccess);
    auto *copyRefresh = m_copyRefreshHash = new QAction(tr("Copy refresh &token hash"), this);
    copyRefresh->setObjectName(QStringLiteral("actionCopyRefreshHash"));
    connect(copyRefresh, &QAction::triggered, this, [this] { copyHash(true); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this, copyAccess, copyRefresh](const QPoint &position) {
                QMenu menu(m_table);
                m_actions->addTo(&menu);
                menu.addSeparator();
                menu.addActions({copyAccess, copyRefresh});
                menu.exec(m_table->viewport()->mapToGlobal(position));
            });

    auto *showDetails = new QAction(tr("Token &details"), this);
    showDetails->setObjectName(QStringLiteral("actionShowDetails"));
    showDetails->setCheckable(true);
    showDetails->setChecked(true);
    connect(showDetails, &QAction::toggled, m_details, &QWidget::setVisible);

    auto *about = new QAction(tr("&About TokenDesk"), this);
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    auto *shortcuts = new QAction(tr("&Keyboard shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    auto *exportLoaded = new QAction(tr("&Export loaded rows…"), this);
    exportLoaded->setObjectName(QStringLiteral("actionExportLoaded"));
    connect(exportLoaded, &QAction::triggered, this, [this] { exportRowsInteractively(false); });
    auto *exportShown = new QAction(tr("Export &shown rows…"), this);
    exportShown->setObjectName(QStringLiteral("actionExportShown"));
    connect(exportShown, &QAction::triggered, this, [this] { exportRowsInteractively(true); });
    auto *subjectList = new QAction(tr("Revoke for a L&ist of Users…"), this);
    subjectList->setObjectName(QStringLiteral("actionRevokeSubjectList"));
    subjectList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(subjectList, &QAction::triggered, this, &MainWindow::revokeForSubjectList);
    m_subjectListAction = subjectList;
    auto *auditLog = new QAction(tr("&Audit log…"), this);
    auditLog->setObjectName(QStringLiteral("actionAuditLog"));
    connect(auditLog, &QAction::triggered, this, &MainWindow::showAuditLog);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(connections);
    file->addSeparator();
    file->addAction(exportLoaded);
    file->addAction(exportShown);
    file->addAction(auditLog);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(copyAccess);
    edit->addAction(copyRefresh);
    edit->addSeparator();
    edit->addAction(searchSubject);
    auto *clearRecent = new QAction(tr("Clear r&ecent subjects"), this);
    clearRecent->setObjectName(QStringLiteral("actionClearRecentSubjects"));
    clearRecent->setToolTip(tr("Forget the subjects searched on this connection"));
    connect(clearRecent, &QAction::triggered, m_recentSubjects, &RecentSubjects::clear);
    edit->addAction(clearRecent);
    edit->addAction(find);
    edit->addAction(m_valueFinder->findAction());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_loadAllAction);
    view->addSeparator();
    view->addAction(showDetails);
    QMenu *columns = view->addMenu(tr("&Columns"));
    QString usedMnemonics;
    for (int column = 0; column < TokenColumns::Count; ++column) {
        auto *toggle = new QAction(withMnemonic(TokenColumns::header(column), usedMnemonics), this);
        toggle->setCheckable(true);
        toggle->setObjectName(
            QStringLiteral("actionColumn_%1").arg(QLatin1StringView(TokenColumns::at(column).id)));
        connect(toggle, &QAction::toggled, this,
                [this, column](bool on) { m_table->setColumnHidden(column, !on); });
        connect(columns, &QMenu::aboutToShow, toggle,
                [this, toggle, column] { toggle->setChecked(!m_table->isColumnHidden(column)); });
        columns->addAction(toggle);
        m_table->horizontalHeader()->addAction(toggle);
    }
    buildLanguageMenu(view);
    QMenu *token = menuBar()->addMenu(tr("&Token"));
    token->setObjectName(QStringLiteral("tokenMenu"));
    m_actions->addTo(token);
    token->addAction(m_subjectListAction);
    token->addSeparator();
    token->addAction(copyAccess);
    token->addAction(copyRefresh);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
    help->addAction(aboutQt);
}

void MainWindow::buildLanguageMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    // Each language by its own name, as a reader of it looks for it.
    const QList<std::pair<QString, QString>> choices{{QString(), tr("&System")},
                                                     {QStringLiteral("en"), QStringLiteral("&English")},
                                                     {QStringLiteral("ja"), QStringLiteral("日本語(&J)")}};
    for (const auto &[code, name] : choices) {
        QAction *choice = menu->addAction(name);
        choice->setObjectName(QStringLiteral("actionLanguage_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        choice->setCheckable(true);
        choice->setChecked(code == AppLanguage::saved());
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code = code] {
            AppLanguage::save(code);
            m_banner->showMessage(ErrorBanner::Kind::Info,
                                  tr("The language changes when TokenDesk is started again."));
        });
    }
}

void MainWindow::buildSearchBar()
{
    auto *bar = new QToolBar(tr("Search"), this);
    bar->setObjectName(QStringLiteral("searchBar"));
    bar->setMovable(false);
    addToolBarBreak();
    addToolBar(bar);

    m_subjectSearch = new QLineEdit(this);
    m_subjectSearch->setObjectName(QStringLiteral("subjectSearch"));
    m_subjectSearch->setPlaceholderText(tr("Subject (user ID)"));
    m_subjectSearch->setAccessibleName(tr("Search by subject"));
    m_subjectSearch->setClearButtonEnabled(true);
    m_subjectSearch->setMinimumWidth(200);
    m_subjectSearch->setCompleter(m_recentSubjects->completer());
    m_clientSearch = new QLineEdit(this);
    m_clientSearch->setObjectName(QStringLiteral("clientSearch"));
    m_clientSearch->setPlaceholderText(tr("Client ID, alias or name"));
    m_clientSearch->setAccessibleName(tr("Search by client"));
    m_clientSearch->setClearButtonEnabled(true);
    m_clientSearch->setMinimumWidth(160);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setAccessibleName(tr("Token status"));
    m_statusCombo->addItem(tr("All tokens"), int(TokenListQuery::Status::All));
    m_statusCombo->addItem(tr("Valid"), int(TokenListQuery::Status::Valid));
    m_statusCombo->addItem(tr("Expired"), int(TokenListQuery::Status::Invalid));
    auto *search =
        new QPushButton(SemanticColors::icon(QStringLiteral(":/icons/search.svg")), tr("Search"), this);
    search->setObjectName(QStringLiteral("searchButton"));
    search->setAccessibleName(tr("Search on the server"));
    m_quickFilter = new QLineEdit(this);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setPlaceholderText(tr("Filter loaded rows (Ctrl+F)"));
    m_quickFilter->setAccessibleName(tr("Filter loaded rows"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setMinimumWidth(220);
    for (QLineEdit *edit : {m_subjectSearch, m_clientSearch, m_quickFilter})
        Accessibility::nameClearButton(edit);

    bar->addWidget(m_subjectSearch);
    bar->addWidget(m_clientSearch);
    // On Linux a combo box is named by its label, not by setAccessibleName.
    auto *statusLabel = new QLabel(tr("Status:"), this);
    statusLabel->setBuddy(m_statusCombo);
    bar->addWidget(statusLabel);
    bar->addWidget(m_statusCombo);
    bar->addWidget(search);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_quickFilter);

    connect(m_subjectSearch, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(m_clientSearch, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    // Emptied by hand or with the clear button: every token again, without pressing Enter.
    for (QLineEdit *field : {m_subjectSearch, m_clientSearch}) {
        connect(field, &QLineEdit::textEdited, this, [this](const QString &text) {
            const TokenListQuery &query = m_session->query();
            if (text.isEmpty() && (!query.subject.isEmpty() || !query.clientIdentifier.isEmpty()))
                runSearch();
        });
    }
    connect(search, &QPushButton::clicked, this, &MainWindow::runSearch);
    connect(m_statusCombo, &QComboBox::activated, this, &MainWindow::runSearch);
    connect(m_quickFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A token value pasted here finds its row, and does not stay on show as filter text.
        if (m_valueFinder->selectIfValue(text)) {
            m_quickFilter->clear();
            return;
        }
        m_proxy->setQuickFilter(text);
        if (!text.trimmed().isEmpty())
            offerLoadAll(
                tr("The filter looks only at the %Ln loaded tokens of %L1.", nullptr, m_model->rowCount())
                    .arg(m_session->totalCount()));
        updateStatus();
    });
    setTabOrder(m_subjectSearch, m_clientSearch);
    setTabOrder(m_clientSearch, m_statusCombo);
    setTabOrder(m_statusCombo, search);
    setTabOrder(search, m_quickFilter);
    setTabOrder(m_quickFilter, m_resultBar);
    setTabOrder(m_resultBar, m_table);
}

void MainWindow::buildStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    // The counts and the retry announcement are short, but a label in the status bar must never
    // widen the window.
    m_statusLabel->setMinimumWidth(1);
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelLoad = new QPushButton(tr("Cancel"), this);
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelLoad->setAccessibleName(tr("Cancel loading"));
    m_cancelLoad->hide();
    TokenLocator *rowLocator = m_operations->rowLocator();
    connect(m_cancelLoad, &QPushButton::clicked, this, [this, rowLocator] {
        const bool loading = m_session->isLoading();
        m_session->cancelLoading();
        rowLocator->cancel();
        if (loading)
            statusBar()->showMessage(tr("Loading cancelled."), 5000);
    });
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);

    // A call waiting to try again says so, counting down, until its load ends.
    m_retry = new RetryCountdown(this);
    connect(m_session, &TokenListSession::retrying, m_retry, &RetryCountdown::start);
    connect(m_session, &TokenListSession::loadingChanged, m_retry, [this](bool loading) {
        if (!loading)
            m_retry->clear();
    });
    connect(m_retry, &RetryCountdown::changed, this, &MainWindow::updateStatus);
    // The look-up of a created or updated row runs in the background, bounded; it shows, and a
    // search that stopped at its bound says so.
    connect(rowLocator, &TokenLocator::progress, this, &MainWindow::updateStatus);
    connect(rowLocator, &TokenLocator::searchingChanged, this, &MainWindow::updateStatus);
    connect(rowLocator, &TokenLocator::finished, this, [this](const TokenLocator::Result &result) {
        if (result.error.kind == ApiError::Kind::SearchLimit)
            statusBar()->showMessage(result.error.message(), 15000);
    });
}

void MainWindow::connectSession()
{
    connect(m_session, &TokenListSession::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_session, &TokenListSession::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_session, &TokenListSession::errorOccurred, this, &MainWindow::showError);
    connect(m_session, &TokenListSession::cleared, this, &MainWindow::showSearchResult);
    connect(m_session, &TokenListSession::totalCountChanged, this, &MainWindow::showSearchResult);
    connect(m_session, &TokenListSession::clientNamed, this, &MainWindow::showSearchResult);
    connect(m_session, &TokenListSession::loadAllProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_session, &TokenListSession::loadAllFinished, this, [this](const ApiError &error) {
        m_progress->hide();
        m_cancelLoad->hide();
        if (error.kind == ApiError::Kind::Cancelled)
            statusBar()->showMessage(tr("Loading cancelled."), 5000);
        updateStatus();
        m_valueFinder->loadAllFinished();
    });
    connect(m_model, &TokenTableModel::refreshed, this, [this] {
        QItemSelection selection;
        for (const QString &hash : std::as_const(m_hashesToRestore)) {
            const int row = m_model->rowOfHash(hash);
            if (row < 0)
                continue;
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                selection.select(index, index.siblingAtColumn(TokenColumns::Count - 1));
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_table->selectionModel()->setCurrentIndex(
            selection.isEmpty() ? QModelIndex() : QModelIndex(selection.first().topLeft()),
            QItemSelectionModel::NoUpdate);
        const int top = m_model->rowOfHash(m_topHashToRestore);
        if (top >= 0)
            m_table->scrollTo(m_proxy->mapFromSource(m_model->index(top, 0)),
                              QAbstractItemView::PositionAtTop);
        statusBar()->showMessage(tr("Refreshed."), 3000);
    });
    connect(m_actions, &TokenActions::chosenChanged, this, &MainWindow::showChosenToken);
    // "43 s ago" must not stay for minutes: the visible rows and the pane redraw their relative times.
    auto *relativeTimes = new QTimer(this);
    relativeTimes->setObjectName(QStringLiteral("relativeTimeTimer"));
    relativeTimes->setInterval(kRelativeTimeRefreshMs);
    connect(relativeTimes, &QTimer::timeout, this, [this] {
        m_table->viewport()->update();
        showChosenToken();
    });
    relativeTimes->start();
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section) {
        if (section >= 0)
            offerLoadAll(tr("Sorting orders only the %Ln loaded tokens of %L1.", nullptr, m_model->rowCount())
                             .arg(m_session->totalCount()));
    });
}

void MainWindow::offerLoadAll(const QString &reason)
{
    if (m_session->isComplete() || m_session->isLoadingAll())
        return;
    m_banner->showMessage(ErrorBanner::Kind::Info, reason, tr("Load all"), [this] { loadAll(); });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    TokenColumns::restoreLayout(*header, settings, kColumnLayoutKey);
    // The column toggles (the header's menu, one per column in the table's order, shared with the View
    // menu) start as the restored layout.
    const QList<QAction *> toggles = header->actions();
    for (int column = 0; column < toggles.size(); ++column)
        toggles.at(column)->setChecked(!header->isSectionHidden(column));
    // The server order is the natural one; a sort is chosen anew each session.
    header->setSortIndicator(-1, Qt::AscendingOrder);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    // The layout by position of earlier versions: replaced by the layout by column id.
    settings.remove(QStringLiteral("MainWindow/columns"));
    TokenColumns::saveLayout(*m_table->horizontalHeader(), settings, kColumnLayoutKey);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::reloadProfileSwitcher()
{
    m_profileCombo->clear();
    if (m_demo)
        m_profileCombo->addItem(tr("Demo (sandbox)"), kDemoProfile);
    for (const ConnectionProfile &profile : m_profiles->profiles())
        m_profileCombo->addItem(profile.name, profile.name);
    const int current = m_profileCombo->findData(m_demo ? kDemoProfile : m_profileName);
    m_profileCombo->setCurrentIndex(current);
    if (m_profileCombo->count() == 0)
        m_profileCombo->setPlaceholderText(tr("No connection"));
}

void MainWindow::openProfile(const QString &name)
{
    // What Edit connection… edits, even while (or when) reading its credential fails.
    m_requestedProfile = name;
    const std::optional<ConnectionProfile> profile = m_profiles->profile(name);
    if (!profile) {
        m_banner->showMessage(ErrorBanner::Kind::Error,
                              tr("There is no connection profile named “%1”.").arg(name),
                              tr("Edit connections…"), [this] { openConnectionsDialog(); });
        return;
    }
    if (profile->apiVersion == ConnectionSettings::ApiVersion::V3 && !m_environmentBearer.isEmpty()) {
        connectTo(name, profile->toSettings(m_environmentBearer), false);
        statusBar()->showMessage(tr("Using the bearer token from AUTHLETE_BEARER."), 8000);
        return;
    }
    m_statusLabel->setText(tr("Reading the credential of “%1” from the keychain…").arg(name));
    m_credentials->read(name, this, [this, name, profile = *profile](const CredentialStore::Result &result) {
        if (result.status == CredentialStore::Result::Status::Ok) {
            connectTo(name, profile.toSettings(result.secret), false);
            return;
        }
        const QString why = result.errorMessage.isEmpty() ? tr("No credential is stored for “%1”.").arg(name)
                                                          : result.errorMessage;
        m_banner->showMessage(ErrorBanner::Kind::Error, why, tr("Edit connection…"),
                              [this] { openConnectionsDialog(); });
        updateStatus();
    });
}

void MainWindow::showWelcome()
{
    m_banner->showMessage(
        ErrorBanner::Kind::Info,
        tr("No connection yet. Add your Authlete service with its URL, service ID and service "
           "access token, or start TokenDesk with --demo to try it on sample data."),
        tr("Add connection…"), [this] { openConnectionsDialog(); });
}

void MainWindow::openDemo(const ConnectionSettings &settings)
{
    m_requestedProfile.clear();
    connectTo(kDemoProfile, settings, true);
}

void MainWindow::connectTo(const QString &profileName, const ConnectionSettings &settings, bool demo)
{
    m_profileName = profileName;
    m_demo = m_demo || demo;
    m_client->setConnection(settings);
    m_operations->setConnectionName(profileName, settings.serviceId);
    *m_auditLog = AuditLog(demo ? AuditLog::demoPath() : AuditLog::defaultPath());
    m_recentSubjects->setConnection(profileName, demo);
    m_environmentBadge->setEnvironment(settings.environment);
    m_actions->setConnection(
        {demo ? tr("Demo") : profileName, settings.serviceId, settings.baseUrl, settings.environment});
    if (!demo)
        m_profiles->setLastUsed(profileName);
    setWindowTitle(demo ? tr("TokenDesk — Demo (sandbox data)") : tr("TokenDesk — %1").arg(profileName));
    reloadProfileSwitcher();
    m_banner->hide();
    runSearch();
}

void MainWindow::runSearch()
{
    const QString client = m_clientSearch->text().trimmed();
    bool numeric = false;
    client.toLongLong(&numeric);
    // An ID, or nothing known to resolve it by: the server takes IDs and aliases as they are.
    const QList<ClientLimited> found =
        numeric ? QList<ClientLimited>() : ClientLookup::matching(m_session->clients(), client);
    if (client.isEmpty() || found.isEmpty()) {
        searchFor(client);
        return;
    }
    if (found.size() == 1) {
        const QString id = QString::number(found.first().clientId);
        if (client != id)
            statusBar()->showMessage(tr("“%1” is the client %2: searching by its ID.")
                                         .arg(client, ClientLookup::choiceText(found.first())),
                                     8000);
        searchFor(id);
        return;
    }
    // Several clients answer to what was typed: the user says which, rather than a guess.
    QStringList choices;
    for (const ClientLimited &candidate : found)
        choices.append(ClientLookup::choiceText(candidate));
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("clientChoiceDialog"));
    dialog->setWindowTitle(tr("Which client?"));
    dialog->setLabelText(tr("Several clients match “%1”. Search the tokens of:").arg(client));
    dialog->setComboBoxItems(choices);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog, found, choices] {
        const qsizetype chosen = choices.indexOf(dialog->textValue());
        if (chosen >= 0)
            searchFor(QString::number(found.at(chosen).clientId));
    });
    dialog->open();
}

void MainWindow::searchFor(const QString &clientIdentifier)
{
    TokenListQuery query;
    query.subject = m_subjectSearch->text().trimmed();
    query.clientIdentifier = clientIdentifier;
    query.status = TokenListQuery::Status(m_statusCombo->currentData().toInt());
    m_banner->hide();
    m_session->setQuery(query);
}

void MainWindow::refresh()
{
    m_hashesToRestore = selectedHashes();
    const QModelIndex top = m_table->indexAt(QPoint(0, 0));
    m_topHashToRestore = top.isValid() ? top.data(TokenTableModel::HashRole).toString() : QString();
    m_banner->hide();
    m_session->refresh();
}

void MainWindow::loadAll()
{
    if (m_session->isComplete())
        return;
    m_banner->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelLoad->show();
    m_session->loadAll();
}

void MainWindow::updateStatus()
{
    const int loaded = m_model->rowCount();
    const int total = m_session->totalCount();
    const bool loading = m_session->isLoading();
    QString text;
    if (!m_session->isTotalKnown())
        text = !loading ? tr("Not connected.") : m_retry->isActive() ? m_retry->text() : tr("Loading…");
    else if (!m_proxy->quickFilter().isEmpty())
        text = tr("Showing %L1 of %Ln loaded tokens (%L2 in all)", nullptr, loaded)
                   .arg(m_proxy->rowCount())
                   .arg(total);
    else
        text = tr("%L1 of %Ln tokens loaded", nullptr, total).arg(loaded);
    if (m_session->isTotalKnown() && loading)
        text += m_retry->isActive() ? QStringLiteral(" — ") + m_retry->text() : tr(" — loading…");
    const TokenLocator *rowLocator = m_operations->rowLocator();
    if (rowLocator->isSearching())
        text += tr(" — looking up the changed token (%L1 of %L2 read)…")
                    .arg(rowLocator->searched())
                    .arg(rowLocator->searchTotal());
    m_statusLabel->setText(text);
    m_cancelLoad->setVisible(loading || rowLocator->isSearching());
    m_loadAllAction->setEnabled(m_session->isTotalKnown() && !m_session->isComplete() &&
                                !m_session->isLoadingAll());
    m_refreshAction->setEnabled(!m_profileName.isEmpty());
}

void MainWindow::showSearchResult()
{
    const TokenListQuery &query = m_session->query();
    const TokenOperations::Owner owner{query.subject, query.clientIdentifier};
    const bool searched = !owner.subject.isEmpty() || !owner.clientIdentifier.isEmpty();
    m_actions->setSearchOwner(searched ? owner : TokenOperations::Owner());
    if (!searched || !m_session->isTotalKnown()) {
        m_resultBar->clear();
        m_tableArea->setCurrentWidget(m_table);
        return;
    }
    const QString client = ClientLookup::displayText(m_session->clients(), owner.clientIdentifier);
    const int total = m_session->totalCount();
    // A status filter counts only some of the owner's tokens; revoke-all ends them all.
    const bool everyStatus = query.status == TokenListQuery::Status::All;
    m_resultBar->showResult(owner, client, everyStatus ? total : -1);
    if (total > 0)
        m_recentSubjects->remember(owner.subject);
    const bool empty = everyStatus && total == 0;
    m_emptyResult->setText(empty ? SearchResultBar::emptyText(owner, client) : QString());
    m_tableArea->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyResult) : m_table);
}

void MainWindow::showError(const ApiError &error)
{
    const bool credentialProblem = error.httpStatus == 401 || error.httpStatus == 403 ||
                                   error.kind == ApiError::Kind::InvalidRequest ||
                                   error.kind == ApiError::Kind::Tls;
    if (credentialProblem && !m_demo)
        m_banner->showMessage(ErrorBanner::Kind::Error, error.message(), tr("Edit connection…"),
                              [this] { openConnectionsDialog(); });
    else
        m_banner->showMessage(ErrorBanner::Kind::Error, error.message(), tr("Retry"), [this] { refresh(); });
    updateStatus();
}

void MainWindow::showChosenToken()
{
    const std::optional<AccessToken> token = m_actions->soleSelectedToken();
    m_copyHash->setEnabled(token.has_value());
    m_copyRefreshHash->setEnabled(token && !token->refreshTokenHash.isEmpty());
    if (token)
        m_details->showToken(*token, m_model->client(token->clientId));
    else
        m_details->showNothing(int(m_table->selectionModel()->selectedRows().size()));
}

QStringList MainWindow::selectedHashes() const
{
    QStringList hashes;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        hashes.append(row.data(TokenTableModel::HashRole).toString());
    return hashes;
}

void MainWindow::copyHash(bool refreshToken)
{
    const std::optional<AccessToken> token = m_actions->soleSelectedToken();
    if (!token)
        return;
    const QString hash = refreshToken ? token->refreshTokenHash : token->accessTokenHash;
    if (hash.isEmpty())
        return;
    QApplication::clipboard()->setText(hash);
    statusBar()->showMessage(
        refreshToken ? tr("Refresh token hash copied.") : tr("Access token hash copied."), 3000);
}

void MainWindow::openConnectionsDialog()
{
    ConnectionDialog dialog(m_profiles, m_credentials, m_network, this);
    if (m_profiles->profile(m_requestedProfile))
        dialog.selectProfile(m_requestedProfile);
    QString saved;
    connect(&dialog, &ConnectionDialog::profileSaved, this, [&saved](const QString &name) { saved = name; });
    dialog.exec();
    if (!saved.isEmpty() && (saved == m_profileName || m_profileName.isEmpty()))
        openProfile(saved);
}

bool MainWindow::exportRows(const QString &path, bool onlyShown, QString *error) const
{
    QList<AccessToken> tokens;
    if (onlyShown) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            tokens.append(m_model->tokenAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    } else {
        for (int row = 0; row < m_model->rowCount(); ++row)
            tokens.append(m_model->tokenAt(row));
    }
    return TokenExport::saveToFile(
        path, tokens, [this](qint64 clientId) { return m_model->clientText(clientId); }, error);
}

void MainWindow::exportRowsInteractively(bool onlyShown)
{
    const QString path =
        QFileDialog::getSaveFileName(this, onlyShown ? tr("Export shown rows") : tr("Export loaded rows"),
                                     QStringLiteral("tokens.csv"), tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportRows(path, onlyShown, &error))
        statusBar()->showMessage(tr("Exported to %1.").arg(path), 5000);
    else
        MessageBox::warning(this, tr("Export"), error);
}

void MainWindow::revokeForSubjectList()
{
    auto *dialog =
        new SubjectListDialog(m_client, m_auditLog.get(), m_profileName, m_actions->connection(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubjectListDialog::revoked, this, &MainWindow::refresh);
    dialog->open();
}

void MainWindow::showAuditLog()
{
    auto *dialog = new AuditLogDialog(*m_auditLog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_auditLog->path() == AuditLog::demoPath())
        dialog->setWindowTitle(tr("Audit Log — Demo"));
    dialog->open();
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About TokenDesk"),
                      tr("<h3>TokenDesk %1</h3>"
                         "<p>A desktop console for the OAuth access tokens issued by an Authlete service.</p>"
                         "<p>Built with Qt %2, running on Qt %3.</p>")
                          .arg(QStringLiteral(TOKENDESK_VERSION), QStringLiteral(QT_VERSION_STR),
                               QString::fromLatin1(qVersion())));
}
