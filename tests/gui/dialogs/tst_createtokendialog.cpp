#include "CreateTokenDialog.h"
#include "DialogTestSupport.h"
#include "FormCodec.h"
#include "MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

class tst_CreateTokenDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyFormIsInvalid();
    void subjectRequiredForAuthorizationCode();
    void subjectMustBeAscii();
    void subjectAtMost100Characters();
    void grantTypeRequirements_data();
    void grantTypeRequirements();
    void offersAllGrantTypes();
    void knownClientGivesClientId();
    void numberIsClientIdOtherTextIsIdentifier();
    void badJwtAtClaims();
    void badAuthorizationDetails_data();
    void badAuthorizationDetails();
    void rfc9396ArrayIsWrapped();
    void closedAdvancedGroupDoesNotCount();
    void clientIdFlagsAreExclusive();
    void filledFormRequest();
    void formEncodingDisablesProperties();
    void everyInputHasAccessibleName();
    void mnemonicsFocusTheirField_data();
    void mnemonicsFocusTheirField();
    void opensOnItsFirstField();
    void tabOrderFollowsTheLayout();
    void errorsWaitForTheFieldOrCreate();
    void errorsDoNotMoveTheForm();
    void noScopesAsksFirst();

private:
    template<typename T> T *widget(const char *name) const { return findWidget<T>(m_dialog.get(), name); }
    QString shownError(const char *name) const
    {
        const auto *label = widget<QLabel>(name);
        return label->isVisible() ? label->text() : QString();
    }
    // Create pressed as a user would; a question about missing scopes is declined.
    void pressCreate();
    void selectGrantType(GrantType grantType);
    void typeInto(const char *name, const QString &text);
    void fillValidBasics();
    void openAdvanced();
    void addProperty(const QString &key, const QString &value, bool hidden);
    void open(AuthleteClient::BodyEncoding encoding);

    std::unique_ptr<CreateTokenDialog> m_dialog;
};

void tst_CreateTokenDialog::init()
{
    open(AuthleteClient::BodyEncoding::Json);
}

void tst_CreateTokenDialog::open(AuthleteClient::BodyEncoding encoding)
{
    ClientLimited web;
    web.clientId = 1001;
    web.clientName = QStringLiteral("Web App");
    ClientLimited cli;
    cli.clientId = 2002;
    cli.clientIdAlias = QStringLiteral("cli");
    m_dialog = std::make_unique<CreateTokenDialog>(
        QList<ClientLimited>{web, cli},
        QStringList{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")}, encoding);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_CreateTokenDialog::cleanup()
{
    m_dialog.reset();
}

void tst_CreateTokenDialog::pressCreate()
{
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    okButton(m_dialog.get())->click();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void tst_CreateTokenDialog::selectGrantType(GrantType grantType)
{
    auto *combo = widget<QComboBox>("grantTypeCombo");
    combo->setCurrentIndex(combo->findText(grantType.name()));
    QCOMPARE(combo->currentText(), grantType.name());
}

void tst_CreateTokenDialog::typeInto(const char *name, const QString &text)
{
    QWidget *target = widget<QWidget>(name);
    if (auto *combo = qobject_cast<QComboBox *>(target))
        target = combo->lineEdit();
    if (auto *edit = qobject_cast<QLineEdit *>(target))
        edit->clear();
    else if (auto *textEdit = qobject_cast<QPlainTextEdit *>(target))
        textEdit->clear();
    // keyClicks() knows no line break; Return is what a user presses for one.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(target, Qt::Key_Return);
        QTest::keyClicks(target, lines.at(i));
    }
}

void tst_CreateTokenDialog::fillValidBasics()
{
    typeInto("clientCombo", QStringLiteral("1001"));
    typeInto("subjectEdit", QStringLiteral("john"));
    QVERIFY2(m_dialog->validationError().isEmpty(), qPrintable(m_dialog->validationError()));
}

void tst_CreateTokenDialog::openAdvanced()
{
    auto *group = widget<QGroupBox>("advancedGroup");
    QVERIFY(!group->isChecked());
    QVERIFY(!widget<QWidget>("jwtAtClaimsEdit")->isVisible());
    group->setChecked(true);
    QTRY_VERIFY(widget<QWidget>("jwtAtClaimsEdit")->isVisible());
}

void tst_CreateTokenDialog::addProperty(const QString &key, const QString &value, bool hidden)
{
    QTest::mouseClick(widget<QPushButton>("addPropertyButton"), Qt::LeftButton);
    auto *table = widget<QTableWidget>("propertiesTable");
    const int row = table->rowCount() - 1;
    table->item(row, 0)->setText(key);
    table->item(row, 1)->setText(value);
    table->item(row, 2)->setCheckState(hidden ? Qt::Checked : Qt::Unchecked);
}

void tst_CreateTokenDialog::emptyFormIsInvalid()
{
    QVERIFY(!m_dialog->validationError().isEmpty());
    // Not greeted with errors; Create shows them, stays open and goes to the first.
    QCOMPARE(shownError("clientError"), QString());
    QVERIFY(okButton(m_dialog.get())->isEnabled());
    pressCreate();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->result() != QDialog::Accepted);
    QVERIFY(shownError("clientError").contains(QLatin1StringView("client")));
    QCOMPARE(m_dialog->validationError(), shownError("clientError"));
}

void tst_CreateTokenDialog::subjectRequiredForAuthorizationCode()
{
    selectGrantType(GrantType::AuthorizationCode);
    typeInto("clientCombo", QStringLiteral("1001"));
    QCOMPARE(shownError("clientError"), QString());
    QCOMPARE(shownError("subjectError"), QString()); // not touched yet
    pressCreate();
    QVERIFY(shownError("subjectError").contains(QLatin1StringView("required for AUTHORIZATION_CODE")));
    QCOMPARE(QApplication::focusWidget(), widget<QWidget>("subjectEdit"));
    QCOMPARE(m_dialog->validationError(), shownError("subjectError"));
    QVERIFY(!m_dialog->validationError().isEmpty());

    typeInto("subjectEdit", QStringLiteral("john"));
    QCOMPARE(shownError("subjectError"), QString());
    QCOMPARE(m_dialog->validationError(), QString());
    QVERIFY(m_dialog->validationError().isEmpty());
}

void tst_CreateTokenDialog::subjectMustBeAscii()
{
    fillValidBasics();
    typeInto("subjectEdit", QStringLiteral("j"));
    // keyClicks() takes Latin-1 only; a real keyboard delivers the character as the event's text.
    QTest::sendKeyEvent(QTest::Click, widget<QLineEdit>("subjectEdit"), Qt::Key_unknown, QStringLiteral("ö"),
                        Qt::NoModifier);
    QCOMPARE(widget<QLineEdit>("subjectEdit")->text(), QStringLiteral("jö"));
    QVERIFY(shownError("subjectError").contains(QLatin1StringView("ASCII")));
    QVERIFY(!m_dialog->validationError().isEmpty());
}

void tst_CreateTokenDialog::subjectAtMost100Characters()
{
    fillValidBasics();
    typeInto("subjectEdit", QString(100, QLatin1Char('a')));
    QCOMPARE(shownError("subjectError"), QString());
    QVERIFY(m_dialog->validationError().isEmpty());
    // Checked as the user types: the 101st character is refused at once.
    QTest::keyClick(widget<QLineEdit>("subjectEdit"), Qt::Key_A);
    QVERIFY(shownError("subjectError").contains(QLatin1StringView("101")));
    QVERIFY(!m_dialog->validationError().isEmpty());
}

void tst_CreateTokenDialog::grantTypeRequirements_data()
{
    QTest::addColumn<GrantType>("grantType");
    for (const GrantType &grantType : GrantType::all())
        QTest::newRow(qPrintable(grantType.name())) << grantType;
}

void tst_CreateTokenDialog::grantTypeRequirements()
{
    QFETCH(GrantType, grantType);
    selectGrantType(grantType);
    typeInto("clientCombo", QStringLiteral("1001"));
    const bool subjectNeeded = grantType != GrantType::ClientCredentials;
    QCOMPARE(m_dialog->validationError().isEmpty(), !subjectNeeded);
    pressCreate();
    QCOMPARE(shownError("subjectError").isEmpty(), !subjectNeeded);
    QCOMPARE(widget<QSpinBox>("refreshDurationSpin")->isEnabled(), grantType.issuesRefreshToken());

    typeInto("subjectEdit", QStringLiteral("john"));
    QVERIFY(m_dialog->validationError().isEmpty());
    typeInto("clientCombo", QString());
    QVERIFY(!m_dialog->validationError().isEmpty());
    QVERIFY(!shownError("clientError").isEmpty());

    typeInto("clientCombo", QStringLiteral("1001"));
    widget<QSpinBox>("refreshDurationSpin")->setValue(600);
    const TokenCreateRequest request = m_dialog->request();
    QCOMPARE(request.grantType, grantType);
    QCOMPARE(request.refreshTokenDuration.has_value(), grantType.issuesRefreshToken());
}

void tst_CreateTokenDialog::offersAllGrantTypes()
{
    const auto *combo = widget<QComboBox>("grantTypeCombo");
    QCOMPARE(combo->count(), 10);
    for (const GrantType &grantType : GrantType::all())
        QVERIFY2(combo->findText(grantType.name()) >= 0, qPrintable(grantType.name()));
}

void tst_CreateTokenDialog::knownClientGivesClientId()
{
    auto *combo = widget<QComboBox>("clientCombo");
    QCOMPARE(combo->itemText(0), QStringLiteral("Web App (1001)"));
    QCOMPARE(combo->itemText(1), QStringLiteral("cli (2002)"));
    combo->setCurrentIndex(1);
    typeInto("subjectEdit", QStringLiteral("john"));
    const TokenCreateRequest request = m_dialog->request();
    QCOMPARE(request.clientId, std::optional<qint64>(2002));
    QCOMPARE(request.clientIdentifier, QString());
}

void tst_CreateTokenDialog::numberIsClientIdOtherTextIsIdentifier()
{
    fillValidBasics();
    typeInto("clientCombo", QStringLiteral("987654321"));
    QCOMPARE(m_dialog->request().clientId, std::optional<qint64>(987654321));
    QCOMPARE(m_dialog->request().clientIdentifier, QString());

    typeInto("clientCombo", QStringLiteral("my-app"));
    QCOMPARE(m_dialog->request().clientId, std::nullopt);
    QCOMPARE(m_dialog->request().clientIdentifier, QStringLiteral("my-app"));

    typeInto("clientCombo", QStringLiteral("my app"));
    QVERIFY(shownError("clientError").contains(QLatin1StringView("spaces")));
}

void tst_CreateTokenDialog::badJwtAtClaims()
{
    fillValidBasics();
    openAdvanced();
    typeInto("jwtAtClaimsEdit", QStringLiteral("{\"x\": "));
    QVERIFY(shownError("jwtAtClaimsError").startsWith(QLatin1StringView("Not valid JSON")));
    QVERIFY(!m_dialog->validationError().isEmpty());
    QCOMPARE(m_dialog->validationError(), shownError("jwtAtClaimsError"));

    typeInto("jwtAtClaimsEdit", QStringLiteral("[1, 2]"));
    QVERIFY(shownError("jwtAtClaimsError").contains(QLatin1StringView("JSON object")));

    typeInto("jwtAtClaimsEdit", QStringLiteral("{\"tenant\": \"acme\",\n \"level\": 2}"));
    QCOMPARE(shownError("jwtAtClaimsError"), QString());
    QVERIFY(m_dialog->validationError().isEmpty());
    QCOMPARE(m_dialog->request().jwtAtClaims, QStringLiteral("{\"level\":2,\"tenant\":\"acme\"}"));
}

void tst_CreateTokenDialog::badAuthorizationDetails_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QStringLiteral("[{") << QStringLiteral("Not valid JSON");
    QTest::newRow("object without elements")
        << QStringLiteral("{\"type\": \"x\"}") << QStringLiteral("Expected {\"elements\"");
    QTest::newRow("element not an object")
        << QStringLiteral("[\"payment\"]") << QStringLiteral("Element 1 is not a JSON object");
    QTest::newRow("no type") << QStringLiteral(
                                    "{\"elements\": [{\"type\": \"a\"}, {\"actions\": [\"read\"]}]}")
                             << QStringLiteral("Element 2 has no \"type\"");
    QTest::newRow("actions not strings") << QStringLiteral("[{\"type\": \"a\", \"actions\": \"read\"}]")
                                         << QStringLiteral("\"actions\" must be an array of strings");
}

void tst_CreateTokenDialog::badAuthorizationDetails()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    fillValidBasics();
    openAdvanced();
    typeInto("authorizationDetailsEdit", json);
    QVERIFY2(shownError("authorizationDetailsError").contains(expected),
             qPrintable(shownError("authorizationDetailsError")));
    QVERIFY(!m_dialog->validationError().isEmpty());
}

void tst_CreateTokenDialog::rfc9396ArrayIsWrapped()
{
    fillValidBasics();
    openAdvanced();
    typeInto("authorizationDetailsEdit",
             QStringLiteral("[{\"type\": \"payment_initiation\", \"actions\": [\"initiate\"], "
                            "\"datatypes\": [\"iban\"], \"instructedAmount\": {\"currency\": \"EUR\"}}]"));
    QCOMPARE(shownError("authorizationDetailsError"), QString());
    const std::optional<AuthorizationDetails> details = m_dialog->request().authorizationDetails;
    QVERIFY(details);
    QCOMPARE(details->elements.size(), 1);
    const AuthorizationDetailsElement &element = details->elements.first();
    QCOMPARE(element.type, QStringLiteral("payment_initiation"));
    QCOMPARE(element.actions, QStringList{QStringLiteral("initiate")});
    QCOMPARE(element.dataTypes, QStringList{QStringLiteral("iban")});
    QCOMPARE(element.otherFields, QStringLiteral("{\"instructedAmount\":{\"currency\":\"EUR\"}}"));

    typeInto("authorizationDetailsEdit", QStringLiteral("{\"elements\": [{\"type\": \"a\", \"otherFields\": "
                                                        "\"{\\\"limit\\\":5}\"}]}"));
    QCOMPARE(shownError("authorizationDetailsError"), QString());
    QCOMPARE(m_dialog->request().authorizationDetails->elements.first().otherFields,
             QStringLiteral("{\"limit\":5}"));
}

void tst_CreateTokenDialog::closedAdvancedGroupDoesNotCount()
{
    fillValidBasics();
    openAdvanced();
    typeInto("jwtAtClaimsEdit", QStringLiteral("not json"));
    typeInto("sessionIdEdit", QStringLiteral("session-1"));
    QVERIFY(!m_dialog->validationError().isEmpty());
    widget<QGroupBox>("advancedGroup")->setChecked(false);
    QVERIFY(m_dialog->validationError().isEmpty());
    QCOMPARE(m_dialog->request().jwtAtClaims, QString());
    QCOMPARE(m_dialog->request().sessionId, QString());
}

void tst_CreateTokenDialog::clientIdFlagsAreExclusive()
{
    fillValidBasics();
    openAdvanced();
    clickIndicator(widget<QRadioButton>("clientIdAliasUsedRadio"));
    clickIndicator(widget<QRadioButton>("clientEntityIdUsedRadio"));
    QVERIFY(!widget<QRadioButton>("clientIdAliasUsedRadio")->isChecked());
    TokenCreateRequest request = m_dialog->request();
    QCOMPARE(request.clientIdAliasUsed, std::nullopt);
    QCOMPARE(request.clientEntityIdUsed, std::optional<bool>(true));
    QCOMPARE(request.metadataDocumentUsed, std::nullopt);

    clickIndicator(widget<QRadioButton>("metadataDocumentUsedRadio"));
    request = m_dialog->request();
    QCOMPARE(request.clientEntityIdUsed, std::nullopt);
    QCOMPARE(request.metadataDocumentUsed, std::optional<bool>(true));
}

void tst_CreateTokenDialog::filledFormRequest()
{
    selectGrantType(GrantType::Password);
    typeInto("clientCombo", QStringLiteral("other-app"));
    typeInto("subjectEdit", QStringLiteral("  alice  "));
    typeInto("scopeInput", QStringLiteral("openid profile"));
    QTest::mouseClick(widget<QPushButton>("addScopeButton"), Qt::LeftButton);
    typeInto("scopeInput", QStringLiteral("email"));
    QTest::keyClick(widget<QLineEdit>("scopeInput"), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible()); // Enter in the scope input adds, it does not accept the dialog
    widget<QSpinBox>("accessDurationSpin")->setValue(3600);
    widget<QSpinBox>("refreshDurationSpin")->setValue(86400);
    addProperty(QStringLiteral("tier"), QStringLiteral("gold"), false);
    addProperty(QStringLiteral("internal"), QStringLiteral("42"), true);

    openAdvanced();
    typeInto("accessTokenValueEdit", QStringLiteral("migrated-access"));
    typeInto("refreshTokenValueEdit", QStringLiteral("migrated-refresh"));
    typeInto("certificateThumbprintEdit", QStringLiteral("bnF3ZXJ0eXVpb3A_-"));
    typeInto("dpopKeyThumbprintEdit", QStringLiteral("ZHBvcC1rZXk"));
    typeInto("resourcesEdit", QStringLiteral("https://api.example.com/\nhttps://rs.example.org/v1"));
    typeInto("authorizationDetailsEdit",
             QStringLiteral("{\"elements\": [{\"type\": \"account_information\"}]}"));
    typeInto("jwtAtClaimsEdit", QStringLiteral("{\"tenant\": \"acme\"}"));
    typeInto("acrEdit", QStringLiteral("urn:mace:incommon:iap:silver"));
    widget<QCheckBox>("authTimeCheck")->setChecked(true);
    widget<QDateTimeEdit>("authTimeEdit")->setDateTime(QDateTime::fromSecsSinceEpoch(1700000000));
    clickIndicator(widget<QRadioButton>("clientIdAliasUsedRadio"));
    widget<QCheckBox>("forExternalAttachmentCheck")->setChecked(true);
    typeInto("sessionIdEdit", QStringLiteral("sid-7"));

    QVERIFY2(m_dialog->validationError().isEmpty(), qPrintable(m_dialog->validationError()));
    QVERIFY(m_dialog->validationError().isEmpty());
    const QJsonObject expected{
        {QStringLiteral("grantType"), QStringLiteral("PASSWORD")},
        {QStringLiteral("clientIdentifier"), QStringLiteral("other-app")},
        {QStringLiteral("subject"), QStringLiteral("alice")},
        {QStringLiteral("scopes"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")}},
        {QStringLiteral("accessTokenDuration"), 3600},
        {QStringLiteral("refreshTokenDuration"), 86400},
        {QStringLiteral("properties"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("tier")},
                                {QStringLiteral("value"), QStringLiteral("gold")},
                                {QStringLiteral("hidden"), false}},
                    QJsonObject{{QStringLiteral("key"), QStringLiteral("internal")},
                                {QStringLiteral("value"), QStringLiteral("42")},
                                {QStringLiteral("hidden"), true}}}},
        {QStringLiteral("clientIdAliasUsed"), true},
        {QStringLiteral("accessToken"), QStringLiteral("migrated-access")},
        {QStringLiteral("refreshToken"), QStringLiteral("migrated-refresh")},
        {QStringLiteral("certificateThumbprint"), QStringLiteral("bnF3ZXJ0eXVpb3A_-")},
        {QStringLiteral("dpopKeyThumbprint"), QStringLiteral("ZHBvcC1rZXk")},
        {QStringLiteral("authorizationDetails"),
         QJsonObject{
             {QStringLiteral("elements"),
              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("account_information")}}}}}},
        {QStringLiteral("resources"),
         QJsonArray{QStringLiteral("https://api.example.com/"), QStringLiteral("https://rs.example.org/v1")}},
        {QStringLiteral("forExternalAttachment"), true},
        {QStringLiteral("jwtAtClaims"), QStringLiteral("{\"tenant\":\"acme\"}")},
        {QStringLiteral("acr"), QStringLiteral("urn:mace:incommon:iap:silver")},
        {QStringLiteral("authTime"), 1700000000},
        {QStringLiteral("sessionId"), QStringLiteral("sid-7")},
    };
    const QJsonObject actual = m_dialog->request().toJson();
    QCOMPARE(QJsonDocument(actual).toJson(), QJsonDocument(expected).toJson());

    // Persistence replaces the duration, which the service would ignore anyway.
    widget<QCheckBox>("persistentCheck")->setChecked(true);
    QVERIFY(!widget<QSpinBox>("accessDurationSpin")->isEnabled());
    QCOMPARE(m_dialog->request().accessTokenPersistent, std::optional<bool>(true));
    QCOMPARE(m_dialog->request().accessTokenDuration, std::nullopt);
}

// The body encoding is the connection's: the dialog of a form connection disables what a form cannot carry.
void tst_CreateTokenDialog::formEncodingDisablesProperties()
{
    fillValidBasics();
    addProperty(QStringLiteral("tier"), QStringLiteral("gold"), false);
    openAdvanced();
    typeInto("authorizationDetailsEdit", QStringLiteral("[{\"type\": \"a\"}]"));
    QVERIFY(m_dialog->request().properties);
    QVERIFY(!widget<QLabel>("formLimitationLabel")->isVisible());

    open(AuthleteClient::BodyEncoding::Form);
    fillValidBasics();
    openAdvanced();
    QVERIFY(!widget<QWidget>("propertiesEditor")->isEnabled());
    QVERIFY(!widget<QWidget>("authorizationDetailsEdit")->isEnabled());
    const auto *reason = widget<QLabel>("formLimitationLabel");
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(QLatin1StringView("properties")));
    QVERIFY(reason->text().contains(QLatin1StringView("authorization details")));

    const TokenCreateRequest request = m_dialog->request();
    QCOMPARE(request.properties, std::nullopt);
    QCOMPARE(request.authorizationDetails, std::nullopt);
    QCOMPARE(FormCodec::encode(request.toJson()).unsupportedMember, QString());
    QVERIFY(m_dialog->validationError().isEmpty());
}

void tst_CreateTokenDialog::everyInputHasAccessibleName()
{
    openAdvanced();
    verifyAccessibleNames(m_dialog.get());
}

void tst_CreateTokenDialog::mnemonicsFocusTheirField_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("field");
    QTest::newRow("subject") << int(Qt::Key_S) << QStringLiteral("subjectEdit");
    // The editors are containers: their labels reach the part that takes the keyboard.
    QTest::newRow("scopes") << int(Qt::Key_P) << QStringLiteral("scopeInput");
}

void tst_CreateTokenDialog::mnemonicsFocusTheirField()
{
    QFETCH(int, key);
    QFETCH(QString, field);
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    widget<QComboBox>("grantTypeCombo")->setFocus();
    QTest::keyClick(m_dialog.get(), Qt::Key(key), Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(), field);
}

void tst_CreateTokenDialog::opensOnItsFirstField()
{
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QCOMPARE(QApplication::focusWidget(), widget<QWidget>("grantTypeCombo"));
}

void tst_CreateTokenDialog::tabOrderFollowsTheLayout()
{
    openAdvanced();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    widget<QWidget>("grantTypeCombo")->setFocus();
    // Tab by Tab, each field is below the last, or beside it to the right, up to the buttons.
    QWidget *previous = QApplication::focusWidget();
    QStringList visited{previous->objectName()};
    const auto *buttons = widget<QWidget>("buttonBox");
    for (int step = 0; step < 60; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *current = QApplication::focusWidget();
        if (buttons->isAncestorOf(current))
            break;
        visited.append(current->objectName());
        const QRect was(previous->mapTo(m_dialog.get(), QPoint(0, 0)), previous->size());
        const QRect is(current->mapTo(m_dialog.get(), QPoint(0, 0)), current->size());
        const bool sameRow = std::abs(is.top() - was.top()) <= 4;
        QVERIFY2(sameRow ? is.left() > was.left() : is.top() > was.top(),
                 qPrintable(visited.join(QStringLiteral(" → "))));
        previous = current;
    }
    for (const char *field :
         {"subjectEdit", "scopeInput", "scopeList", "propertiesTable", "jwtAtClaimsEdit", "sessionIdEdit"})
        QVERIFY2(visited.contains(QLatin1StringView(field)), field);
}

void tst_CreateTokenDialog::errorsWaitForTheFieldOrCreate()
{
    typeInto("clientCombo", QStringLiteral("my app"));
    // The client was edited: its problem shows; the subject's does not until Create.
    QVERIFY(shownError("clientError").contains(QLatin1StringView("spaces")));
    QCOMPARE(shownError("subjectError"), QString());
    pressCreate();
    QVERIFY(!shownError("subjectError").isEmpty());
    // The keyboard is at the first field with a problem (the combo box, or its line edit).
    auto *client = widget<QWidget>("clientCombo");
    QVERIFY(QApplication::focusWidget() == client || client->isAncestorOf(QApplication::focusWidget()));
}

void tst_CreateTokenDialog::errorsDoNotMoveTheForm()
{
    // The space of a message is kept while there is none: the fields below stay where they are.
    const auto *scopes = widget<QWidget>("scopesEditor");
    const QPoint before = scopes->mapTo(m_dialog.get(), QPoint(0, 0));
    pressCreate();
    QVERIFY(!shownError("clientError").isEmpty());
    QVERIFY(!shownError("subjectError").isEmpty());
    QApplication::processEvents();
    QCOMPARE(scopes->mapTo(m_dialog.get(), QPoint(0, 0)), before);
}

void tst_CreateTokenDialog::noScopesAsksFirst()
{
    fillValidBasics();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    okButton(m_dialog.get())->click();
    QVERIFY(MessageBox::lastText().contains(QLatin1StringView("no scopes")));
    QVERIFY(m_dialog->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    okButton(m_dialog.get())->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    // With a scope, no question.
    init();
    fillValidBasics();
    typeInto("scopeInput", QStringLiteral("openid"));
    QTest::keyClick(widget<QLineEdit>("scopeInput"), Qt::Key_Return);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::setNextAnswer(QMessageBox::Cancel); // would decline, were it asked
    okButton(m_dialog.get())->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QTEST_MAIN(tst_CreateTokenDialog)
#include "tst_createtokendialog.moc"
