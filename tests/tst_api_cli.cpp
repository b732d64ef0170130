// The flowdeskd command line as an operator of the daemon sees it: it starts, says
// where it listens, answers health checks and sign-ins, and stops cleanly on
// SIGTERM; bad options and unsafe addresses are refused with a message.

#include "flowdesk/v1/session.grpc.pb.h"
#include "sanitizerreports.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/generic/generic_stub.h>

#include <condition_variable>
#include <memory>
#include <mutex>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <tuple>
#include <utility>

namespace v1 = flowdesk::v1;

namespace {

// The standard health service, spoken by hand: grpc.health.v1.Health/Check with
// an empty HealthCheckRequest answers a HealthCheckResponse whose field 1 is the
// status (1 = SERVING).
int healthStatus(const std::shared_ptr<grpc::Channel> &channel)
{
    grpc::GenericStub stub(channel);
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
    grpc::Slice empty(std::string{});
    grpc::ByteBuffer request(&empty, 1);  // an empty HealthCheckRequest
    grpc::ByteBuffer response;
    grpc::Status status;
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
    stub.UnaryCall(&ctx, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request, &response,
                   [&](grpc::Status s) {
                       std::lock_guard<std::mutex> lock(m);
                       status = s;
                       done = true;
                       cv.notify_all();
                   });
    std::unique_lock<std::mutex> lock(m);
    cv.wait(lock, [&] { return done; });
    if (!status.ok())
        return -1;
    std::vector<grpc::Slice> slices;
    response.Dump(&slices);
    std::string bytes;
    for (const auto &s : slices)
        bytes.append(reinterpret_cast<const char *>(s.begin()), s.size());
    if (bytes.size() == 2 && bytes[0] == 0x08)
        return bytes[1];
    return bytes.empty() ? 0 : -2;
}

} // namespace

class FlowdeskdCliTest : public QObject {
    Q_OBJECT

    // A report of a sanitized daemon fails the test, also where it is meant to exit with an error.
    std::unique_ptr<ChildSanitizerReports> m_reports;

private slots:
    void init()
    {
        m_reports = std::make_unique<ChildSanitizerReports>();
        QVERIFY(m_reports->isValid());
    }

    void cleanup()
    {
        const bool none = m_reports->none();
        m_reports.reset();
        QVERIFY2(none, "a flowdeskd this test started reported errors (printed above)");
    }

    void helpExitsZero()
    {
        QProcess p;
        p.start(QStringLiteral(FLOWDESKD_PATH), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("--listen")));
        QVERIFY(out.contains(QStringLiteral("--data")));
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{"--listen", "127.0.0.1:0", "--data", "x", "--frobnicate"}
                                        << "unknown option";
        QTest::newRow("no listen address") << QStringList{"--data", "x"} << "--listen";
        QTest::newRow("bad seed") << QStringList{"--listen", "127.0.0.1:0", "--data", "x", "--seed", "many"}
                                  << "--seed";
        QTest::newRow("missing value") << QStringList{"--listen"} << "--listen";
    }

    void badOptionsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QProcess p;
        p.start(QStringLiteral(FLOWDESKD_PATH), args);
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void nonLoopbackWithoutTlsIsRefused()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral(FLOWDESKD_PATH),
                {"--listen", "0.0.0.0:0", "--data", dir.path(), "--no-traffic"});
        QVERIFY(p.waitForFinished(15000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("TLS")), qPrintable(err));
        QVERIFY(!p.readAllStandardOutput().contains("listening on"));
    }

    void servesTlsWithCertificateFiles()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                       "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"});
        if (!openssl.waitForStarted(5000))
            QSKIP("the openssl command is not available to make a test certificate");
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);

        QProcess p;
        p.start(QStringLiteral(FLOWDESKD_PATH), {"--listen", "127.0.0.1:0", "--data", dir.filePath("data"),
                                                  "--tls-cert", cert, "--tls-key", key});
        QVERIFY(p.waitForStarted(10000));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 30000) {
            p.waitForReadyRead(500);
            out += p.readAllStandardOutput();
            QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
        }
        const auto match = QRegularExpression(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)\\n$"))
                               .match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch(), out.constData());

        QFile certFile(cert);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        grpc::SslCredentialsOptions ssl;
        ssl.pem_root_certs = certFile.readAll().toStdString();
        auto channel = grpc::CreateChannel("localhost:" + match.captured(1).toStdString(), grpc::SslCredentials(ssl));
        QCOMPARE(healthStatus(channel), 1);
        // A client that does not trust the certificate gets nowhere.
        auto plain = grpc::CreateChannel("localhost:" + match.captured(1).toStdString(),
                                         grpc::experimental::LocalCredentials(LOCAL_TCP));
        QVERIFY(healthStatus(plain) < 0);

        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 0);
    }

    // A certificate or key that cannot serve TLS is named as such; an address
    // for every interface is reported as served, not as loopback.
    void tlsProblemsAreNamedAndTheBoundAddressReported()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString otherCert = dir.filePath(QStringLiteral("other.pem"));
        const QString otherKey = dir.filePath(QStringLiteral("other.key"));
        for (const auto &[c, k] : {std::pair{cert, key}, std::pair{otherCert, otherKey}}) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"), {"req", "-x509", "-newkey", "ec", "-pkeyopt",
                                                       "ec_paramgen_curve:P-256", "-nodes", "-keyout", k, "-out", c,
                                                       "-days", "1", "-subj", "/CN=localhost"});
            QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, "openssl could not make a certificate");
        }
        const QString garbage = dir.filePath(QStringLiteral("garbage.pem"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        g.close();

        auto refused = [&](const QString &c, const QString &k) {
            QProcess p;
            p.start(QStringLiteral(FLOWDESKD_PATH), {"--listen", "127.0.0.1:0", "--data", dir.filePath("data"),
                                                      "--no-traffic", "--tls-cert", c, "--tls-key", k});
            p.waitForFinished(15000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        auto [code, err] = refused(cert, otherKey);
        QVERIFY(code != 0);
        QVERIFY2(err.contains(QStringLiteral("does not belong to the certificate")), qPrintable(err));
        std::tie(code, err) = refused(garbage, key);
        QVERIFY(code != 0);
        QVERIFY2(err.contains(QStringLiteral("is not a PEM certificate")), qPrintable(err));
        std::tie(code, err) = refused(cert, garbage);
        QVERIFY(code != 0);
        QVERIFY2(err.contains(QStringLiteral("is not a PEM private key")), qPrintable(err));

        QProcess p;
        p.start(QStringLiteral(FLOWDESKD_PATH), {"--listen", "0.0.0.0:0", "--data", dir.filePath("data"),
                                                  "--no-traffic", "--tls-cert", cert, "--tls-key", key});
        QVERIFY(p.waitForStarted(10000));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 30000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(500);
            out += p.readAllStandardOutput();
        }
        QVERIFY2(QRegularExpression(QStringLiteral("^listening on 0\\.0\\.0\\.0:\\d+\\n$")).match(QString::fromUtf8(out)).hasMatch(),
                 out.constData());
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(15000));
    }

    void startsServesAndStopsCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(FLOWDESKD_PATH),
                {"--demo", "--listen", "127.0.0.1:0", "--data", dir.path(), "--seed", "7"});
        QVERIFY(p.waitForStarted(10000));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 60000) {
            p.waitForReadyRead(500);
            out += p.readAllStandardOutput();
            QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
        }
        const QRegularExpression re(QStringLiteral("^listening on (127\\.0\\.0\\.1:(\\d+))\\n$"));
        const auto match = re.match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch(), out.constData());
        // The data folder and the store are the server's alone.
        struct stat folder {}, db {};
        QCOMPARE(::stat(dir.path().toLocal8Bit().constData(), &folder), 0);
        QCOMPARE(folder.st_mode & 0077, 0u);
        QCOMPARE(::stat(dir.filePath(QStringLiteral("flowdesk.db")).toLocal8Bit().constData(), &db), 0);
        QCOMPARE(db.st_mode & 0077, 0u);
        const std::string address = match.captured(1).toStdString();
        QVERIFY(match.captured(2).toInt() > 0);

        auto channel = grpc::CreateChannel(address, grpc::experimental::LocalCredentials(LOCAL_TCP));
        QCOMPARE(healthStatus(channel), 1);

        auto sessions = v1::SessionService::NewStub(channel);
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
        v1::LoginRequest login;
        login.set_username("operator");
        login.set_password("demo-operator");
        v1::LoginResponse resp;
        const auto st = sessions->Login(&ctx, login, &resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(resp.token().size(), std::size_t(64));
        QCOMPARE(resp.user().role(), v1::ROLE_OPERATOR);

        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        // Nothing but the one line on stdout.
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void createAdminOpensAFolderWithoutDemoAccounts()
    {
        QTemporaryDir dir;
        auto createAdmin = [&](const QByteArray &password) {
            QProcess c;
            c.start(QStringLiteral(FLOWDESKD_PATH), {"--data", dir.path(), "--create-admin", "itadmin"});
            c.write(password);
            c.closeWriteChannel();
            c.waitForFinished(30000);
            return c.exitCode();
        };
        QCOMPARE(createAdmin("short\n"), 2);                       // too short: refused
        QCOMPARE(createAdmin("a long enough passphrase\n"), 0);
        QCOMPARE(createAdmin("another long passphrase\n"), 1);     // exists: nothing changed

        QProcess p;
        p.start(QStringLiteral(FLOWDESKD_PATH), {"--listen", "127.0.0.1:0", "--data", dir.path()});
        QVERIFY(p.waitForStarted(10000));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 30000) {
            p.waitForReadyRead(500);
            out += p.readAllStandardOutput();
            QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
        }
        const auto match = QRegularExpression(QStringLiteral("^listening on (127\\.0\\.0\\.1:\\d+)\\n$"))
                               .match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch(), out.constData());
        auto channel = grpc::CreateChannel(match.captured(1).toStdString(),
                                           grpc::experimental::LocalCredentials(LOCAL_TCP));
        auto sessions = v1::SessionService::NewStub(channel);
        auto login = [&](const std::string &password, v1::LoginResponse *resp) {
            grpc::ClientContext ctx;
            ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
            v1::LoginRequest req;
            req.set_username("itadmin");
            req.set_password(password);
            return sessions->Login(&ctx, req, resp);
        };
        v1::LoginResponse resp;
        QCOMPARE(login("another long passphrase", &resp).error_code(), grpc::StatusCode::UNAUTHENTICATED);
        const auto st = login("a long enough passphrase", &resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(resp.user().role(), v1::ROLE_ADMIN);
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(FlowdeskdCliTest)
#include "tst_api_cli.moc"
