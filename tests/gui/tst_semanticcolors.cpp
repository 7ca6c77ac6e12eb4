// The colours that mean something (expired, expiring, an error, the banner, the icons) read in a
// light and in a dark palette: every text reaches WCAG AA (4.5:1) on its own background, and follows
// a palette change made after the widgets were built.
#include "ErrorBanner.h"
#include "FieldError.h"
#include "SemanticColors.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QVBoxLayout>

namespace {

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// The dark Fusion palette applications commonly set, and the mid-grey one the issue was seen in.
QPalette darkPalette(const QColor &window, const QColor &base, const QColor &alternate)
{
    QPalette palette = lightPalette();
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    return palette;
}

QString describe(const QColor &a, const QColor &b)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(a.name(), b.name())
        .arg(SemanticColors::contrast(a, b), 0, 'f', 2);
}

} // namespace

class TestSemanticColors : public QObject
{
    Q_OBJECT

private slots:
    void contrastIsWcags()
    {
        QCOMPARE(SemanticColors::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(SemanticColors::contrast(Qt::white, Qt::white), 1.0);
        // The failing pair seen in a dark palette before: #B01B1B on #5C5B5A.
        QVERIFY(SemanticColors::contrast(QColor(0xb0, 0x1b, 0x1b), QColor(0x5c, 0x5b, 0x5a)) < 1.1);
    }

    void readableInEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light Fusion") << lightPalette() << false;
        QTest::newRow("dark Fusion") << darkPalette(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a),
                                                    QColor(0x42, 0x42, 0x42))
                                     << true;
        QTest::newRow("mid grey") << darkPalette(QColor(0x5c, 0x5b, 0x5a), QColor(0x5c, 0x5b, 0x5a),
                                                 QColor(0x6a, 0x69, 0x68))
                                  << true;
    }

    void readableInEveryPalette()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        const double minimum = SemanticColors::kMinimumTextContrast;
        const QPalette before = QApplication::palette();
        // The widgets are built under the other palette: the colours must follow the change.
        QApplication::setPalette(dark ? lightPalette() : darkPalette(Qt::black, Qt::black, Qt::black));
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *fieldError = new FieldError(&window);
        auto *banner = new ErrorBanner(&window);
        layout->addWidget(fieldError);
        layout->addWidget(banner);
        fieldError->setProblem(QStringLiteral("Enter a client."));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setPalette(palette);
        const QColor window_ = palette.color(QPalette::Window);
        // The widgets derive their colours once every widget has the new palette.
        QTRY_VERIFY(SemanticColors::contrast(fieldError->palette().color(QPalette::WindowText), window_) >=
                    minimum);

        // Table cells: expired and expiring texts on both the base and the alternate rows.
        for (const SemanticColors::Role role : {SemanticColors::Role::Error, SemanticColors::Role::Warning}) {
            const QColor text = SemanticColors::tableText(role, QApplication::palette());
            for (const QPalette::ColorRole background : {QPalette::Base, QPalette::AlternateBase}) {
                const QColor back = palette.color(background);
                QVERIFY2(SemanticColors::contrast(text, back) >= minimum, qPrintable(describe(text, back)));
            }
            // Still the role's hue, not grey: colour is one of the signs.
            QVERIFY2(text.hslSaturationF() > 0.3, qPrintable(text.name()));
        }

        const QColor fieldText = fieldError->palette().color(QPalette::WindowText);
        QVERIFY2(SemanticColors::contrast(fieldText, window_) >= minimum,
                 qPrintable(describe(fieldText, window_)));
        QVERIFY2(fieldText.hslHue() < 20 || fieldText.hslHue() > 340, qPrintable(fieldText.name()));

        for (const ErrorBanner::Kind kind : {ErrorBanner::Kind::Error, ErrorBanner::Kind::Info}) {
            banner->showMessage(kind, QStringLiteral("The server did not answer."));
            const QPalette colors = banner->palette();
            const QColor back = colors.color(QPalette::Window);
            for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::ButtonText}) {
                const QColor text = colors.color(role);
                QVERIFY2(SemanticColors::contrast(text, back) >= minimum, qPrintable(describe(text, back)));
            }
            // Tinted, but of the palette's lightness: a dark banner in a dark window.
            QVERIFY(back != window_);
            QCOMPARE(SemanticColors::luminance(back) < 0.2, dark);
        }

        // A monochrome icon is drawn in the window text colour, so it reads where text reads.
        const QImage icon =
            SemanticColors::icon(QStringLiteral(":/icons/refresh.svg")).pixmap(QSize(32, 32)).toImage();
        QVERIFY(!icon.isNull());
        int drawn = 0;
        for (int y = 0; y < icon.height(); ++y) {
            for (int x = 0; x < icon.width(); ++x) {
                const QColor pixel = icon.pixelColor(x, y);
                if (pixel.alpha() < 250)
                    continue;
                ++drawn;
                QVERIFY2(SemanticColors::contrast(pixel, window_) >= minimum,
                         qPrintable(describe(pixel, window_)));
            }
        }
        QVERIFY(drawn > 20);

        // The status icons of the table: their fills reach 3:1 (WCAG's bound for graphics) on both row
        // colours in every palette, and the glyph on a fill reads on it. Sampled on the ring, left of
        // the glyph, and at the centre where the expired icon's cross is.
        for (const char *name : {":/icons/expired.svg", ":/icons/expiring.svg", ":/icons/valid.svg"}) {
            const QImage status =
                SemanticColors::icon(QString::fromLatin1(name)).pixmap(QSize(32, 32)).toImage();
            const QColor fill = status.pixelColor(4, 16);
            QCOMPARE(fill.alpha(), 255);
            for (const QPalette::ColorRole background : {QPalette::Base, QPalette::AlternateBase}) {
                const QColor back = palette.color(background);
                QVERIFY2(SemanticColors::contrast(fill, back) >= 3.0,
                         qPrintable(QString::fromLatin1(name) + u' ' + describe(fill, back)));
            }
            if (QByteArrayView(name) == QByteArrayView(":/icons/expired.svg")) {
                const QColor glyph = status.pixelColor(16, 16);
                QVERIFY2(SemanticColors::contrast(glyph, fill) >= 3.0, qPrintable(describe(glyph, fill)));
            }
        }
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestSemanticColors)
#include "tst_semanticcolors.moc"
