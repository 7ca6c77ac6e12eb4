// What a person sees, measured on the pixels: the real window on sandbox data, a production
// confirmation and the create dialog with a field error are rendered (QWidget::grab) under the default
// palette and a dark one, and the status and expiry texts of an expired row, the production banner and
// the field error must reach 4.5:1 against the background they are drawn on.
#include "CreateTokenDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SandboxProcess.h"
#include "ScopedConfirmation.h"
#include "SemanticColors.h"
#include "TokenColumns.h"
#include "TokenFilterProxyModel.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"
#include "WindowTestSupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBearer = QStringLiteral("rendered-contrast-bearer");

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

QPalette darkPalette()
{
    QPalette palette = lightPalette();
    const QColor window(0x35, 0x35, 0x35);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

// The contrast of the text in a rendered area: the background is the area's most frequent colour,
// the text its pixel that differs most from it (the core of a glyph, which antialiasing leaves whole).
struct Measured
{
    QColor background;
    QColor text;
    double contrast = 1.0;
    QString describe() const
    {
        return QStringLiteral("%1 on %2: %3:1").arg(text.name(), background.name()).arg(contrast, 0, 'f', 2);
    }
};

Measured measure(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    Measured measured;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            measured.background = QColor::fromRgb(it.key());
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double contrast = SemanticColors::contrast(QColor::fromRgb(it.key()), measured.background);
        if (contrast > measured.contrast) {
            measured.contrast = contrast;
            measured.text = QColor::fromRgb(it.key());
        }
    }
    return measured;
}

} // namespace

class TestRenderedContrast : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<SessionProfiles> m_profiles;

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start({QStringLiteral("--tokens"), QStringLiteral("60")}, kBearer));
        m_profiles = std::make_unique<SessionProfiles>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_profiles->add(QStringLiteral("Live"), m_sandbox, kBearer);
        ConnectionProfile profile = *m_profiles->profiles()->profile(QStringLiteral("Live"));
        profile.environment = ConnectionSettings::Environment::Production;
        m_profiles->profiles()->save(profile);
    }

    void cleanup() { QApplication::setPalette(lightPalette()); }

    void textsReadWhereTheyAreDrawn_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("default") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void textsReadWhereTheyAreDrawn()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        const double minimum = SemanticColors::kMinimumTextContrast;

        MainWindow window(&m_network, m_profiles->profiles(), m_profiles->credentials());
        window.resize(1400, 800);
        showActive(&window);
        window.openProfile(QStringLiteral("Live"));
        QTRY_VERIFY_WITH_TIMEOUT(window.listSession()->isTotalKnown() && !window.listSession()->isLoading(),
                                 15'000);
        auto *table = window.findChild<QTableView *>(QStringLiteral("tokenTable"));
        QVERIFY(table);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int expiredRow = -1;
        for (int row = 0; row < table->model()->rowCount() && expiredRow < 0; ++row) {
            const AccessToken token = window.tokenModel()->tokenAt(
                window.proxyModel()->mapToSource(table->model()->index(row, 0)).row());
            if (token.accessTokenExpiresAt > 0 && token.accessTokenExpiresAt < now)
                expiredRow = row;
        }
        QVERIFY2(expiredRow >= 0, "the sandbox has an expired token among the first rows");
        table->scrollTo(table->model()->index(expiredRow, 0));
        const QImage shown = table->viewport()->grab().toImage();
        for (const char *id : {"status", "accessTokenExpiresAt"}) {
            QRect cell = table->visualRect(
                table->model()->index(expiredRow, TokenColumns::columnOfId(QString::fromLatin1(id))));
            // The text only: the status icon at the left is a graphic, measured by tst_semanticcolors.
            cell.adjust(cell.height() + 4, 2, -2, -2);
            const Measured measured = measure(shown.copy(cell));
            QVERIFY2(measured.contrast >= minimum,
                     qPrintable(QLatin1StringView(id) + u' ' + measured.describe()));
        }

        ScopedConfirmation::Request request;
        request.title = QStringLiteral("Revoke tokens");
        request.question = QStringLiteral("Revoke this access token?");
        request.consequence = QStringLiteral("Revoking ends the token at once.");
        request.confirmText = QStringLiteral("Revoke");
        ScopedConfirmation confirmation(request,
                                        {QStringLiteral("Live"), m_sandbox.serviceId(), m_sandbox.baseUrl(),
                                         ConnectionSettings::Environment::Production},
                                        &window);
        confirmation.show();
        QVERIFY(QTest::qWaitForWindowExposed(&confirmation));
        auto *banner = confirmation.findChild<QLabel *>(QStringLiteral("productionBanner"));
        QVERIFY(banner);
        const Measured bannerText = measure(banner->grab().toImage());
        QVERIFY2(bannerText.contrast >= minimum,
                 qPrintable(QStringLiteral("banner ") + bannerText.describe()));
        // And the banner stands out from the dialog around it.
        QVERIFY(bannerText.background != measure(confirmation.grab().toImage()).background);

        CreateTokenDialog create({}, {QStringLiteral("openid")}, AuthleteClient::BodyEncoding::Json, &window);
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        MessageBox::setNextAnswer(QMessageBox::No); // a question about missing scopes, if any
        create.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        auto *error = create.findChild<QLabel *>(QStringLiteral("clientError"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible() && !error->text().isEmpty());
        const Measured errorText = measure(error->grab().toImage());
        QVERIFY2(errorText.contrast >= minimum,
                 qPrintable(QStringLiteral("field error ") + errorText.describe()));
        // Still red: colour is one of the signs, not the only one.
        QVERIFY2(errorText.text.hslHue() < 20 || errorText.text.hslHue() > 340,
                 qPrintable(errorText.text.name()));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestRenderedContrast>(argc, argv, QStringLiteral("tst_renderedcontrast"));
}

#include "tst_renderedcontrast.moc"
