// tokendesk-sandbox: a local emulator of Authlete's token management API.
// Prints exactly one line, "listening on <base URL>", once it accepts connections. SIGINT and
// SIGTERM stop it cleanly: in-flight replies are dropped, the --data file saved, exit code 0.

#include "Logging.h"
#include "SandboxApi.h"
#include "SandboxDataFile.h"
#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "TokenDeskVersion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <cstdio>
#include <limits>
#include <optional>
#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// The self-pipe: a signal handler may only write(), so the event loop learns of the signal from
// the pipe's other end and quits there.
int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

bool quitOnTerminationSignals()
{
    if (::pipe(g_signalPipe) != 0)
        return false;
    for (const int fd : g_signalPipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(g_signalPipe[1], F_SETFL, O_NONBLOCK);
    auto *notifier =
        new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [notifier] {
        notifier->setEnabled(false);
        qCDebug(lcSandbox) << "stopping on a termination signal";
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}
#else
bool quitOnTerminationSignals()
{
    return true;
}
#endif

int fail(const QString &message)
{
    std::fprintf(stderr, "tokendesk-sandbox: %s\n", qPrintable(message));
    return 1;
}

// A whole number within [minimum, maximum], or nullopt.
std::optional<qint64> number(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                             qint64 maximum)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local emulator of Authlete's token management API (v3 Bearer, v2 Basic).\n"
                       "The bearer may also come from TOKENDESK_SANDBOX_TOKEN and the v2 secret from "
                       "TOKENDESK_SANDBOX_API_SECRET, to keep them off the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const SandboxSettings defaults;
    const SandboxSeeder seedDefaults;
    const auto option = [&parser](const char *name, const char *description, const char *valueName,
                                  const QString &defaultValue = QString()) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(description),
                          QString::fromLatin1(valueName), defaultValue});
    };
    option("host", "Address to listen on.", "address", QStringLiteral("127.0.0.1"));
    option("port", "Port to listen on; 0 picks a free one.", "port", QStringLiteral("0"));
    option("service-id", "Service ID of the emulated service.", "id", defaults.serviceId);
    option("token",
           "Bearer token the v3 API accepts (default: $TOKENDESK_SANDBOX_TOKEN, else sandbox-token).",
           "bearer");
    option("api-key", "API key the v2 API accepts (v2 is off without it).", "key");
    option("api-secret", "API secret the v2 API accepts (default: $TOKENDESK_SANDBOX_API_SECRET).", "secret");
    option("seed", "Seed of the generated clients and tokens.", "n", QString::number(seedDefaults.seed));
    option("tokens", "Number of tokens to generate.", "n", QString::number(seedDefaults.tokens));
    option("clients", "Number of clients to generate.", "n", QString::number(seedDefaults.clients));
    option("subjects", "Number of subjects to generate.", "n", QString::number(seedDefaults.subjects));
    option("max-range", "Largest end - start of a list call.", "n", QString::number(defaults.maxRange));
    option("latency-ms", "Delay every reply by this many milliseconds.", "ms", QStringLiteral("0"));
    option("fail-rate", "Fraction of requests answered with 500/502/503.", "p", QStringLiteral("0"));
    option("rate-limit", "Answer 429 beyond this many requests per second; 0: no limit.", "r",
           QStringLiteral("0"));
    option("data",
           "Load the store from this JSON file (seed and create it if missing); save after each change.",
           "file");
    option("tls-cert", "PEM certificate: serve HTTPS.", "pem");
    option("tls-key", "PEM private key of --tls-cert.", "pem");
    parser.process(app);

    SandboxSettings settings;
    settings.serviceId = parser.value(QStringLiteral("service-id"));
    settings.bearer = parser.value(QStringLiteral("token"));
    if (settings.bearer.isEmpty())
        settings.bearer = qEnvironmentVariable("TOKENDESK_SANDBOX_TOKEN", defaults.bearer);
    settings.apiKey = parser.value(QStringLiteral("api-key"));
    settings.apiSecret = parser.isSet(QStringLiteral("api-secret"))
                             ? parser.value(QStringLiteral("api-secret"))
                             : qEnvironmentVariable("TOKENDESK_SANDBOX_API_SECRET");
    if (settings.serviceId.isEmpty())
        return fail(QStringLiteral("--service-id must not be empty"));

    constexpr qint64 kMaxCount = 10'000'000;
    const std::optional<qint64> port = number(parser, QStringLiteral("port"), 0, 65535);
    const std::optional<qint64> seed =
        number(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max());
    const std::optional<qint64> tokens = number(parser, QStringLiteral("tokens"), 0, kMaxCount);
    const std::optional<qint64> clients = number(parser, QStringLiteral("clients"), 1, 100'000);
    const std::optional<qint64> subjects = number(parser, QStringLiteral("subjects"), 1, kMaxCount);
    const std::optional<qint64> maxRange = number(parser, QStringLiteral("max-range"), 1, 100'000);
    const std::optional<qint64> latency = number(parser, QStringLiteral("latency-ms"), 0, 600'000);
    const std::optional<qint64> rateLimit = number(parser, QStringLiteral("rate-limit"), 0, 1'000'000);
    bool failRateOk = false;
    const double failRate = parser.value(QStringLiteral("fail-rate")).toDouble(&failRateOk);
    if (!port || !seed || !tokens || !clients || !subjects || !maxRange || !latency || !rateLimit)
        return fail(QStringLiteral("a numeric option is not a whole number in its range (see --help)"));
    if (!failRateOk || failRate < 0 || failRate > 1)
        return fail(QStringLiteral("--fail-rate must be between 0 and 1"));
    settings.maxRange = int(*maxRange);

    SandboxStore store;
    std::optional<SandboxDataFile> dataFile;
    if (parser.isSet(QStringLiteral("data")))
        dataFile.emplace(parser.value(QStringLiteral("data")));
    QString error;
    if (dataFile && dataFile->exists()) {
        if (!dataFile->load(store, &error))
            return fail(error);
    } else {
        SandboxSeeder seeder;
        seeder.seed = quint64(*seed);
        seeder.tokens = int(*tokens);
        seeder.clients = int(*clients);
        seeder.subjects = int(*subjects);
        seeder.scopes = settings.supportedScopes;
        seeder.populate(store, QDateTime::currentMSecsSinceEpoch());
        if (dataFile && !dataFile->save(store, &error))
            return fail(error);
    }

    SandboxApi api(settings, store);
    SandboxServer server(api, {int(*latency), failRate, int(*rateLimit), quint64(*seed)});
    if (dataFile)
        server.setDataFile(dataFile->path());

    const bool tls = parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"));
    if (tls) {
        const std::optional<QByteArray> certPem = readFile(parser.value(QStringLiteral("tls-cert")));
        const std::optional<QByteArray> keyPem = readFile(parser.value(QStringLiteral("tls-key")));
        if (!certPem || !keyPem)
            return fail(QStringLiteral("--tls-cert and --tls-key must both name readable PEM files"));
        const QSslCertificate certificate(*certPem, QSsl::Pem);
        QSslKey key(*keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return fail(QStringLiteral("cannot read the TLS certificate or key"));
        server.sslSetup(certificate, key);
    }

    const QString host = parser.value(QStringLiteral("host"));
    const QHostAddress address =
        host == QLatin1StringView("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address.isNull())
        return fail(QStringLiteral("--host must be an IP address or localhost"));
    const quint16 boundPort = server.listen(address, quint16(*port));
    if (boundPort == 0) {
        const QList<QTcpServer *> servers = server.servers();
        return fail(
            QStringLiteral("cannot listen on ") + host + QLatin1Char(':') + QString::number(*port) +
            (servers.isEmpty() ? QString() : QStringLiteral(": ") + servers.constFirst()->errorString()));
    }

    QUrl baseUrl;
    baseUrl.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    baseUrl.setHost(address.toString());
    baseUrl.setPort(boundPort);
    if (!quitOnTerminationSignals())
        return fail(QStringLiteral("cannot handle SIGINT and SIGTERM"));
    std::printf("listening on %s\n", qPrintable(baseUrl.toString()));
    std::fflush(stdout);
    qCDebug(lcSandbox) << "listening on" << baseUrl << (tls ? "with TLS" : "without TLS");
    const int exitCode = app.exec();
    if (dataFile && !dataFile->save(store, &error))
        return fail(error);
    return exitCode;
}
