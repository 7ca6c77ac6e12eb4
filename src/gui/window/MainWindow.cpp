#include "MainWindow.h"

#include "AuditLog.h"
#include "AuditLogDialog.h"
#include "AuthleteClient.h"
#include "ConnectionDialog.h"
#include "CredentialStore.h"
#include "EnvironmentBadge.h"
#include "ErrorBanner.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "TokenActions.h"
#include "TokenDeskVersion.h"
#include "TokenDetailsWidget.h"
#include "TokenExport.h"
#include "TokenFilterProxyModel.h"
#include "TokenListSession.h"
#include "TokenOperations.h"
#include "TokenTableModel.h"
#include "UiLanguage.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

const QString kDemoProfile = QStringLiteral("Demo");
const QString kColumnLayoutKey = QStringLiteral("MainWindow/columnLayout");

QIcon themedIcon(const char *themeName, const char *resource)
{
    return QIcon::fromTheme(QLatin1StringView(themeName), QIcon(QLatin1StringView(resource)));
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
    m_actions = new TokenActions(m_operations, m_model, m_proxy, m_table->selectionModel(), this);
    m_table->addActions(m_actions->tableActions());
    connect(m_table, &QTableView::activated, m_actions, &TokenActions::updateCurrentToken);
    connect(m_actions, &TokenActions::message, m_banner,
            [this](ErrorBanner::Kind kind, const QString &text) { m_banner->showMessage(kind, text); });
    connect(m_actions, &TokenActions::refreshNeeded, this, &MainWindow::refresh);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 320});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
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
    m_loadAllAction = new QAction(QIcon(QStringLiteral(":/icons/load-all.svg")), tr("Load &all"), this);
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
    auto *copyRefresh = m_copyRefreshHash = new QAction(tr("Copy &refresh token hash"), this);
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
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    auto *exportLoaded = new QAction(tr("&Export loaded rows…"), this);
    exportLoaded->setObjectName(QStringLiteral("actionExportLoaded"));
    connect(exportLoaded, &QAction::triggered, this, [this] { exportRowsInteractively(false); });
    auto *exportShown = new QAction(tr("Export &shown rows…"), this);
    exportShown->setObjectName(QStringLiteral("actionExportShown"));
    connect(exportShown, &QAction::triggered, this, [this] { exportRowsInteractively(true); });
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
    edit->addAction(find);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_loadAllAction);
    view->addSeparator();
    view->addAction(showDetails);
    QMenu *columns = view->addMenu(tr("&Columns"));
    for (int column = 0; column < TokenColumns::Count; ++column) {
        auto *toggle = new QAction(TokenColumns::header(column), this);
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
    token->addSeparator();
    token->addAction(copyAccess);
    token->addAction(copyRefresh);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
        choice->setChecked(code == UiLanguage::saved());
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code = code] {
            UiLanguage::save(code);
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
    m_clientSearch = new QLineEdit(this);
    m_clientSearch->setObjectName(QStringLiteral("clientSearch"));
    m_clientSearch->setPlaceholderText(tr("Client ID or alias"));
    m_clientSearch->setAccessibleName(tr("Search by client"));
    m_clientSearch->setClearButtonEnabled(true);
    m_clientSearch->setMinimumWidth(160);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setAccessibleName(tr("Token status"));
    m_statusCombo->addItem(tr("All tokens"), int(TokenListQuery::Status::All));
    m_statusCombo->addItem(tr("Valid"), int(TokenListQuery::Status::Valid));
    m_statusCombo->addItem(tr("Expired"), int(TokenListQuery::Status::Invalid));
    auto *search = new QPushButton(QIcon(QStringLiteral(":/icons/search.svg")), tr("Search"), this);
    search->setObjectName(QStringLiteral("searchButton"));
    search->setAccessibleName(tr("Search on the server"));
    m_quickFilter = new QLineEdit(this);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setPlaceholderText(tr("Filter loaded rows (Ctrl+F)"));
    m_quickFilter->setAccessibleName(tr("Filter loaded rows"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setMinimumWidth(220);

    bar->addWidget(m_subjectSearch);
    bar->addWidget(m_clientSearch);
    bar->addWidget(m_statusCombo);
    bar->addWidget(search);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_quickFilter);

    connect(m_subjectSearch, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(m_clientSearch, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(search, &QPushButton::clicked, this, &MainWindow::runSearch);
    connect(m_statusCombo, &QComboBox::activated, this, &MainWindow::runSearch);
    connect(m_quickFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
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
    setTabOrder(m_quickFilter, m_table);
}

void MainWindow::buildStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelLoad = new QPushButton(tr("Cancel"), this);
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelLoad->setAccessibleName(tr("Cancel loading"));
    m_cancelLoad->hide();
    connect(m_cancelLoad, &QPushButton::clicked, m_session, &TokenListSession::cancelLoadAll);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
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
    TokenListQuery query;
    query.subject = m_subjectSearch->text().trimmed();
    query.clientIdentifier = m_clientSearch->text().trimmed();
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
    QString text;
    if (!m_session->isTotalKnown())
        text = m_session->isLoading() ? tr("Loading…") : tr("Not connected.");
    else if (!m_proxy->quickFilter().isEmpty())
        text = tr("Showing %L1 of %Ln loaded tokens (%L2 in all)", nullptr, loaded)
                   .arg(m_proxy->rowCount())
                   .arg(total);
    else
        text = tr("%L1 of %Ln tokens loaded", nullptr, total).arg(loaded);
    if (m_session->isTotalKnown() && m_session->isLoading())
        text += tr(" — loading…");
    m_statusLabel->setText(text);
    m_loadAllAction->setEnabled(m_session->isTotalKnown() && !m_session->isComplete() &&
                                !m_session->isLoadingAll());
    m_refreshAction->setEnabled(!m_profileName.isEmpty());
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

void MainWindow::showAuditLog()
{
    AuditLogDialog dialog(*m_auditLog, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About TokenDesk"),
        tr("<h3>TokenDesk %1</h3>"
           "<p>A desktop console for the OAuth access tokens issued by an Authlete service.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(TOKENDESK_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}
