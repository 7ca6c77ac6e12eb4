#include "DialogTestSupport.h"
#include "FormCodec.h"
#include "UpdateTokenDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace {

// Whole seconds, as the pickers show them, and far enough ahead that no picker minimum interferes.
constexpr qint64 kAccessExpiresAt = 1893456000000;  // 2030-01-01
constexpr qint64 kRefreshExpiresAt = 1896048000000; // 2030-01-31

AccessToken sampleToken()
{
    AccessToken token;
    token.accessTokenHash = QStringLiteral("hash-abc");
    token.refreshTokenHash = QStringLiteral("hash-def");
    token.accessTokenExpiresAt = kAccessExpiresAt;
    token.refreshTokenExpiresAt = kRefreshExpiresAt;
    token.clientId = 1001;
    token.subject = QStringLiteral("john");
    token.grantType = GrantType::AuthorizationCode;
    token.scopes = {QStringLiteral("openid"), QStringLiteral("profile")};
    token.properties = {{QStringLiteral("tier"), QStringLiteral("gold"), false},
                        {QStringLiteral("internal"), QStringLiteral("42"), true}};
    return token;
}

} // namespace

class tst_UpdateTokenDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void prefilledFromToken();
    void untouchedDialogChangesNothing();
    void touchedExpiryIsSentInMilliseconds();
    void changedScopesAreSent();
    void reorderedScopesAreNotAChange();
    void changedPropertiesAreSent();
    void reissueAndScopeFlags();
    void scopeFlagsAloneChangeNothing();
    void persistenceIsTriState();
    void formEncodingDisablesProperties();
    void duplicatePropertyKeyIsExplained();
    void everyInputHasAccessibleName();

private:
    template<typename T> T *widget(const char *name) const { return findWidget<T>(m_dialog.get(), name); }
    void open(const AccessToken &token = sampleToken(),
              AuthleteClient::BodyEncoding encoding = AuthleteClient::BodyEncoding::Json);
    QStringList listedScopes() const;

    std::unique_ptr<UpdateTokenDialog> m_dialog;
};

void tst_UpdateTokenDialog::init()
{
    open();
}

void tst_UpdateTokenDialog::cleanup()
{
    m_dialog.reset();
}

void tst_UpdateTokenDialog::open(const AccessToken &token, AuthleteClient::BodyEncoding encoding)
{
    m_dialog = std::make_unique<UpdateTokenDialog>(
        token, QStringList{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")},
        encoding);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

QStringList tst_UpdateTokenDialog::listedScopes() const
{
    QStringList scopes;
    const auto *list = widget<QListWidget>("scopeList");
    for (int row = 0; row < list->count(); ++row)
        scopes.append(list->item(row)->text());
    return scopes;
}

void tst_UpdateTokenDialog::prefilledFromToken()
{
    QCOMPARE(listedScopes(), sampleToken().scopes);
    QCOMPARE(widget<QDateTimeEdit>("accessExpiryEdit")->dateTime().toMSecsSinceEpoch(), kAccessExpiresAt);
    QCOMPARE(widget<QDateTimeEdit>("refreshExpiryEdit")->dateTime().toMSecsSinceEpoch(), kRefreshExpiresAt);
    const auto *table = widget<QTableWidget>("propertiesTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("internal"));
    QCOMPARE(table->item(1, 2)->checkState(), Qt::Checked);
    QCOMPARE(widget<QCheckBox>("persistentCheck")->checkState(), Qt::PartiallyChecked);
    QVERIFY(!widget<QCheckBox>("reissueCheck")->isChecked());
}

void tst_UpdateTokenDialog::untouchedDialogChangesNothing()
{
    const TokenUpdateRequest request = m_dialog->request();
    QCOMPARE(request.accessTokenHash, QStringLiteral("hash-abc"));
    QCOMPARE(request.accessTokenExpiresAt, std::nullopt);
    QCOMPARE(request.refreshTokenExpiresAt, std::nullopt);
    QCOMPARE(request.scopes, std::nullopt);
    QCOMPARE(request.properties, std::nullopt);
    QCOMPARE(request.toJson(),
             QJsonObject({{QStringLiteral("accessTokenHash"), QStringLiteral("hash-abc")}}));
    QVERIFY(!okButton(m_dialog.get())->isEnabled());
    QVERIFY(!m_dialog->validationError().isEmpty());
}

void tst_UpdateTokenDialog::touchedExpiryIsSentInMilliseconds()
{
    auto *access = widget<QDateTimeEdit>("accessExpiryEdit");
    access->setFocus();
    access->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(access, Qt::Key_Up);
    QCOMPARE(access->dateTime().toMSecsSinceEpoch(), kAccessExpiresAt + 24 * 3600 * 1000);
    TokenUpdateRequest request = m_dialog->request();
    QCOMPARE(request.accessTokenExpiresAt, std::optional<qint64>(kAccessExpiresAt + 24 * 3600 * 1000));
    QCOMPARE(request.refreshTokenExpiresAt, std::nullopt);
    QVERIFY(okButton(m_dialog.get())->isEnabled());

    const QDateTime refresh = QDateTime::fromMSecsSinceEpoch(kRefreshExpiresAt).addDays(30);
    widget<QDateTimeEdit>("refreshExpiryEdit")->setDateTime(refresh);
    request = m_dialog->request();
    QCOMPARE(request.refreshTokenExpiresAt, std::optional<qint64>(refresh.toMSecsSinceEpoch()));
}

void tst_UpdateTokenDialog::changedScopesAreSent()
{
    auto *input = widget<QLineEdit>("scopeInput");
    QTest::keyClicks(input, QStringLiteral("email"));
    QTest::mouseClick(widget<QPushButton>("addScopeButton"), Qt::LeftButton);
    auto *list = widget<QListWidget>("scopeList");
    list->setCurrentRow(0); // openid
    QTest::mouseClick(widget<QPushButton>("removeScopeButton"), Qt::LeftButton);
    QCOMPARE(listedScopes(), QStringList({QStringLiteral("profile"), QStringLiteral("email")}));
    QCOMPARE(m_dialog->request().scopes,
             std::optional<QStringList>({QStringLiteral("profile"), QStringLiteral("email")}));
    QVERIFY(okButton(m_dialog.get())->isEnabled());
}

void tst_UpdateTokenDialog::reorderedScopesAreNotAChange()
{
    auto *list = widget<QListWidget>("scopeList");
    list->setCurrentRow(0);
    QTest::mouseClick(widget<QPushButton>("removeScopeButton"), Qt::LeftButton);
    QTest::keyClicks(widget<QLineEdit>("scopeInput"), QStringLiteral("openid"));
    QTest::keyClick(widget<QLineEdit>("scopeInput"), Qt::Key_Return);
    QCOMPARE(listedScopes(), QStringList({QStringLiteral("profile"), QStringLiteral("openid")}));
    QCOMPARE(m_dialog->request().scopes, std::nullopt);
}

void tst_UpdateTokenDialog::changedPropertiesAreSent()
{
    widget<QTableWidget>("propertiesTable")->item(0, 1)->setText(QStringLiteral("platinum"));
    const std::optional<QList<Property>> properties = m_dialog->request().properties;
    QVERIFY(properties);
    QCOMPARE(properties->size(), 2);
    QCOMPARE(properties->first(), Property({QStringLiteral("tier"), QStringLiteral("platinum"), false}));
    QVERIFY(okButton(m_dialog.get())->isEnabled());
}

void tst_UpdateTokenDialog::reissueAndScopeFlags()
{
    QTest::keyClick(widget<QCheckBox>("reissueCheck"), Qt::Key_Space);
    QCOMPARE(m_dialog->request().accessTokenValueUpdated, std::optional<bool>(true));
    QVERIFY(okButton(m_dialog.get())->isEnabled());
    QCOMPARE(m_dialog->request().accessTokenExpiresAtUpdatedOnScopeUpdate, std::nullopt);

    widget<QCheckBox>("accessExpiryOnScopeCheck")->setChecked(true);
    widget<QCheckBox>("refreshExpiryOnScopeCheck")->setChecked(true);
    const TokenUpdateRequest request = m_dialog->request();
    QCOMPARE(request.accessTokenExpiresAtUpdatedOnScopeUpdate, std::optional<bool>(true));
    QCOMPARE(request.refreshTokenExpiresAtUpdatedOnScopeUpdate, std::optional<bool>(true));
}

void tst_UpdateTokenDialog::scopeFlagsAloneChangeNothing()
{
    widget<QCheckBox>("accessExpiryOnScopeCheck")->setChecked(true);
    widget<QCheckBox>("refreshExpiryOnScopeCheck")->setChecked(true);
    QVERIFY(!okButton(m_dialog.get())->isEnabled());
    QVERIFY(!m_dialog->validationError().isEmpty());

    widget<QLineEdit>("scopeInput")->setText(QStringLiteral("email"));
    QTest::mouseClick(widget<QPushButton>("addScopeButton"), Qt::LeftButton);
    QVERIFY(okButton(m_dialog.get())->isEnabled());
}

void tst_UpdateTokenDialog::persistenceIsTriState()
{
    auto *persistent = widget<QCheckBox>("persistentCheck");
    persistent->setCheckState(Qt::Checked);
    QCOMPARE(m_dialog->request().accessTokenPersistent, std::optional<bool>(true));
    QVERIFY(!widget<QDateTimeEdit>("accessExpiryEdit")->isEnabled());
    persistent->setCheckState(Qt::Unchecked);
    QCOMPARE(m_dialog->request().accessTokenPersistent, std::optional<bool>(false));
    persistent->setCheckState(Qt::PartiallyChecked);
    QCOMPARE(m_dialog->request().accessTokenPersistent, std::nullopt);
}

void tst_UpdateTokenDialog::formEncodingDisablesProperties()
{
    widget<QTableWidget>("propertiesTable")->item(0, 1)->setText(QStringLiteral("platinum"));
    QVERIFY(m_dialog->request().properties);
    QVERIFY(!widget<QLabel>("formLimitationLabel")->isVisible());

    // The body encoding is the connection's.
    open(sampleToken(), AuthleteClient::BodyEncoding::Form);
    widget<QTableWidget>("propertiesTable")->item(0, 1)->setText(QStringLiteral("platinum"));
    QVERIFY(!widget<QWidget>("propertiesEditor")->isEnabled());
    const auto *reason = widget<QLabel>("formLimitationLabel");
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(QLatin1StringView("properties")));
    const TokenUpdateRequest request = m_dialog->request();
    QCOMPARE(request.properties, std::nullopt);
    QCOMPARE(FormCodec::encode(request.toJson()).unsupportedMember, QString());
    // Dropping the property change leaves nothing to send.
    QVERIFY(!okButton(m_dialog.get())->isEnabled());
}

void tst_UpdateTokenDialog::duplicatePropertyKeyIsExplained()
{
    widget<QTableWidget>("propertiesTable")->item(1, 0)->setText(QStringLiteral("tier"));
    const auto *error = widget<QLabel>("propertiesError");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"“tier”"));
    QCOMPARE(m_dialog->validationError(), error->text());
    QVERIFY(!okButton(m_dialog.get())->isEnabled());
}

void tst_UpdateTokenDialog::everyInputHasAccessibleName()
{
    verifyAccessibleNames(m_dialog.get());
}

QTEST_MAIN(tst_UpdateTokenDialog)
#include "tst_updatetokendialog.moc"
