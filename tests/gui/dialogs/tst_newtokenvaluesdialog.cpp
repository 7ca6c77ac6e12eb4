#include "DialogTestSupport.h"
#include "MessageBox.h"
#include "NewTokenValuesDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class tst_NewTokenValuesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsValuesAndWarning();
    void noRefreshTokenNoRow();
    void copyPutsValuesOnTheClipboard();
    void closeWithoutCopyingAsks_data();
    void closeWithoutCopyingAsks();
    void closeAfterCopyingDoesNotAsk();
    void everyInputHasAccessibleName();

private:
    void open(const QString &refreshToken = QStringLiteral("refresh-value-456"));
    QPushButton *button(const char *name) const { return findWidget<QPushButton>(m_dialog.get(), name); }

    std::unique_ptr<NewTokenValuesDialog> m_dialog;
};

void tst_NewTokenValuesDialog::init()
{
    QApplication::clipboard()->clear();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void tst_NewTokenValuesDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_dialog.reset();
}

void tst_NewTokenValuesDialog::open(const QString &refreshToken)
{
    m_dialog = std::make_unique<NewTokenValuesDialog>(QStringLiteral("access-value-123"), refreshToken);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_NewTokenValuesDialog::showsValuesAndWarning()
{
    open();
    const auto *access = findWidget<QLineEdit>(m_dialog.get(), "accessTokenValueEdit");
    const auto *refresh = findWidget<QLineEdit>(m_dialog.get(), "refreshTokenValueEdit");
    QCOMPARE(access->text(), QStringLiteral("access-value-123"));
    QCOMPARE(refresh->text(), QStringLiteral("refresh-value-456"));
    QVERIFY(access->isReadOnly());
    QVERIFY(refresh->isReadOnly());
    QVERIFY(!access->accessibleName().isEmpty());
    QCOMPARE(
        findWidget<QLabel>(m_dialog.get(), "warningLabel")->text(),
        QStringLiteral("These values are shown only now; TokenDesk does not keep them and cannot show them "
                       "again."));
    QVERIFY(!m_dialog->wasCopied());
}

void tst_NewTokenValuesDialog::noRefreshTokenNoRow()
{
    open(QString());
    QVERIFY(m_dialog->findChild<QLineEdit *>(QStringLiteral("refreshTokenValueEdit")) == nullptr);
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("copyRefreshTokenButton")) == nullptr);
}

void tst_NewTokenValuesDialog::copyPutsValuesOnTheClipboard()
{
    open();
    QTest::mouseClick(button("copyAccessTokenButton"), Qt::LeftButton);
    QTRY_COMPARE(QApplication::clipboard()->text(), QStringLiteral("access-value-123"));
    QVERIFY(m_dialog->wasCopied());
    QTest::mouseClick(button("copyRefreshTokenButton"), Qt::LeftButton);
    QTRY_COMPARE(QApplication::clipboard()->text(), QStringLiteral("refresh-value-456"));
}

void tst_NewTokenValuesDialog::closeWithoutCopyingAsks_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("close button") << 0;
    QTest::newRow("escape") << 1;
    QTest::newRow("window close") << 2;
}

void tst_NewTokenValuesDialog::closeWithoutCopyingAsks()
{
    QFETCH(int, how);
    open();
    const auto close = [&] {
        if (how == 0)
            QTest::mouseClick(
                findWidget<QDialogButtonBox>(m_dialog.get(), "buttonBox")->button(QDialogButtonBox::Close),
                Qt::LeftButton);
        else if (how == 1)
            QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        else
            m_dialog->close();
    };

    MessageBox::setNextAnswer(QMessageBox::No);
    close();
    QCOMPARE(
        MessageBox::lastText(),
        QStringLiteral("You have not copied the new token value. Close anyway? It cannot be shown again."));
    QVERIFY(m_dialog->isVisible());

    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    close();
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void tst_NewTokenValuesDialog::closeAfterCopyingDoesNotAsk()
{
    open();
    QTest::mouseClick(button("copyAccessTokenButton"), Qt::LeftButton);
    // Were it asked, this No would keep the dialog open.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void tst_NewTokenValuesDialog::everyInputHasAccessibleName()
{
    open();
    verifyAccessibleNames(m_dialog.get());
}

QTEST_MAIN(tst_NewTokenValuesDialog)
#include "tst_newtokenvaluesdialog.moc"
