// The flowdeskd command line as an operator of the daemon sees it: it starts, says
// where it listens, answers health checks and sign-ins, and stops cleanly on
// SIGTERM; bad options and unsafe addresses are refused with a message.

#include "flowdesk/v1/session.grpc.pb.h"
#include "flowdesk/v1/audit.grpc.pb.h"
#include "flowdesk/v1/ingest.grpc.pb.h"
#include "flowdesk/v1/transaction.grpc.pb.h"
#include "pgtestserver.h"
#include <libpq-fe.h>
#include "sanitizerreports.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/generic/generic_stub.h>

#include <condition_variable>
#include <memory>
#include <mutex>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
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

// What a flowdeskd started by runUntilListening() did.
struct Run {
    bool listening = false;  // said "listening on"; stopped again with SIGTERM
    int exitCode = -1;
    QString stderrText;
};

// Starts flowdeskd with `args` in `env`, waits until it listens or exits, and
// stops it again.
Run runUntilListening(const QStringList &args, const QProcessEnvironment &env)
{
    Run run;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(FLOWDESKD_PATH), args);
    if (!p.waitForStarted(10000))
        return run;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && p.state() == QProcess::Running && timer.elapsed() < 60000) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
    }
    run.listening = out.startsWith("listening on");
    if (p.state() == QProcess::Running) {
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        p.waitForFinished(15000);
    }
    run.exitCode = p.exitCode();
    run.stderrText = QString::fromUtf8(p.readAllStandardError());
    return run;
}

// Permission bits of a file or folder; -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(path.toLocal8Bit().constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

bool writeKey(const QString &path, int mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
    f.close();
    return ::chmod(path.toLocal8Bit().constData(), static_cast<mode_t>(mode)) == 0;
}

} // namespace

class FlowdeskdCliTest : public QObject {
    Q_OBJECT

    // A report of a sanitized daemon fails the test, also where it is meant to exit with an error.
    std::unique_ptr<ChildSanitizerReports> m_reports;
    QTemporaryDir m_config;

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

    // Every flowdeskd this test starts keeps its default master key here, not
    // in the account's own configuration folder.
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    // By default the master key lies in the account's configuration folder,
    // apart from the data folder, readable by its owner only.
    void masterKeyDefaultsOutsideTheDataFolder()
    {
        QTemporaryDir dir;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("FLOWDESK_MASTER_KEY"));
        const QString data = dir.filePath(QStringLiteral("data"));
        const Run run = runUntilListening({"--listen", "127.0.0.1:0", "--data", data, "--no-traffic"}, env);
        QVERIFY2(run.listening, qPrintable(run.stderrText));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("config/flowdesk/flowdeskd.key"))), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("config/flowdesk"))), 0700);
        QCOMPARE(modeOf(data + QStringLiteral("/master.key")), -1);

        // Without XDG_CONFIG_HOME: ~/.config.
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        const Run again = runUntilListening({"--listen", "127.0.0.1:0", "--data", data, "--no-traffic"}, env);
        QVERIFY2(again.listening, qPrintable(again.stderrText));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("home/.config/flowdesk/flowdeskd.key"))), 0600);
    }

    // --master-key and the site configuration's server.master_key name the key's file.
    void masterKeyWhereTheOperatorSays()
    {
        QTemporaryDir dir;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("FLOWDESK_MASTER_KEY"));
        const QString key = dir.filePath(QStringLiteral("keys/site.key"));
        const Run run = runUntilListening({"--listen", "127.0.0.1:0", "--data", dir.filePath(QStringLiteral("data")),
                                           "--no-traffic", "--master-key", key},
                                          env);
        QVERIFY2(run.listening, qPrintable(run.stderrText));
        QCOMPARE(modeOf(key), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("config/flowdesk/flowdeskd.key"))), -1);

        // server.master_key, relative to the configuration file's folder.
        QFile site(dir.filePath(QStringLiteral("site/site.yaml")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("site")));
        QVERIFY(site.open(QIODevice::WriteOnly));
        site.write("server:\n"
                   "  data: data\n"
                   "  master_key: secret/flowdeskd.key\n"
                   "plants:\n"
                   "  - {id: DE01, name: Berlin}\n"
                   "connectors:\n"
                   "  - {id: wms, name: Warehouse, kind: http, base_url: 'https://wms.example.com/api',\n"
                   "     auth: {scheme: bearer, secret_env: FLOWDESK_WMS_TOKEN}, health_path: /health}\n"
                   "flows:\n"
                   "  - id: shipments\n"
                   "    name: Shipments\n"
                   "    domain: logistics\n"
                   "    source: Odoo\n"
                   "    target: Warehouse\n"
                   "    connector: wms\n"
                   "    business_object: shipment\n"
                   "    schema: {type: object, properties: {number: {type: string}}, x-business: {key: /number}}\n"
                   "    delivery: {http: {method: POST, path: /v2/orders}}\n");
        site.close();
        const Run configured = runUntilListening({"--config", site.fileName(), "--listen", "127.0.0.1:0"}, env);
        QVERIFY2(configured.listening, qPrintable(configured.stderrText));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("site/secret/flowdeskd.key"))), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("site/data/master.key"))), -1);
    }

    // A key file that other users may read is refused, saying how to fix it.
    void masterKeyReadableByOthersIsRefused()
    {
        QTemporaryDir dir;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FLOWDESK_MASTER_KEY"));
        const QString key = dir.filePath(QStringLiteral("flowdeskd.key"));
        QVERIFY(writeKey(key, 0644));
        const Run run = runUntilListening({"--listen", "127.0.0.1:0", "--data", dir.filePath(QStringLiteral("data")),
                                           "--no-traffic", "--master-key", key},
                                          env);
        QVERIFY(!run.listening);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.stderrText.contains(QStringLiteral("chmod 600 ") + key), qPrintable(run.stderrText));
        QVERIFY(::chmod(key.toLocal8Bit().constData(), 0600) == 0);
        const Run fixed = runUntilListening({"--listen", "127.0.0.1:0", "--data", dir.filePath(QStringLiteral("data")),
                                             "--no-traffic", "--master-key", key},
                                            env);
        QVERIFY2(fixed.listening, qPrintable(fixed.stderrText));
    }

    // A data folder whose key an earlier version put beside the database keeps
    // working with that key, and flowdeskd says how to move it; a --master-key
    // that does not exist yet is not created over it.
    void masterKeyBesideTheDatabaseStillWorks()
    {
        QTemporaryDir dir;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("FLOWDESK_MASTER_KEY"));
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        const QString oldKey = data + QStringLiteral("/master.key");
        QVERIFY(writeKey(oldKey, 0600));
        const Run run = runUntilListening({"--listen", "127.0.0.1:0", "--data", data, "--no-traffic"}, env);
        QVERIFY2(run.listening, qPrintable(run.stderrText));
        QCOMPARE(run.exitCode, 0);
        const QString target = dir.filePath(QStringLiteral("config/flowdesk/flowdeskd.key"));
        QVERIFY2(run.stderrText.contains(QStringLiteral("mv ") + oldKey + QStringLiteral(" ") + target),
                 qPrintable(run.stderrText));
        QCOMPARE(modeOf(target), -1);  // no second key made
        QCOMPARE(modeOf(oldKey), 0600);

        const QString elsewhere = dir.filePath(QStringLiteral("keys/flowdeskd.key"));
        const Run refused = runUntilListening(
            {"--listen", "127.0.0.1:0", "--data", data, "--no-traffic", "--master-key", elsewhere}, env);
        QVERIFY(!refused.listening);
        QVERIFY2(refused.stderrText.contains(QStringLiteral("mv ") + oldKey + QStringLiteral(" ") + elsewhere),
                 qPrintable(refused.stderrText));
        QCOMPARE(modeOf(elsewhere), -1);
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
        QTest::newRow("bad password cost")
            << QStringList{"--listen", "127.0.0.1:0", "--data", "x", "--password-cost", "m=4,t=0,p=1"}
            << "--password-cost";
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

    // flowdeskd with its store in PostgreSQL (--store, the password from a
    // file): it serves the demo, takes a submission, lists it and verifies
    // the audit chain; restarted on the same database, it finds it all again.
    void servesFromAPostgresStore()
    {
        QString pgError;
        PgTestServer *pg = PgTestServer::shared(&pgError);
        QVERIFY2(pg, qPrintable(pgError));
        const std::string uri = pg->newDatabase(&pgError);
        QVERIFY2(!uri.empty(), qPrintable(pgError));
        QTemporaryDir dir;
        QFile password(dir.filePath(QStringLiteral("pg-password")));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write("not-needed-by-a-trusting-server\n");
        password.close();
        std::string submittedId;
        for (int round = 0; round < 2; ++round) {
            QProcess p;
            p.setProcessChannelMode(QProcess::SeparateChannels);
            p.start(QStringLiteral(FLOWDESKD_PATH),
                    {"--demo", "--no-traffic", "--listen", "127.0.0.1:0", "--data", dir.filePath(QStringLiteral("data")),
                     "--store", QString::fromStdString(uri), "--store-password-file", password.fileName()});
            QVERIFY(p.waitForStarted(10000));
            QByteArray out;
            QElapsedTimer timer;
            timer.start();
            while (!out.contains('\n') && timer.elapsed() < 60000 && p.state() == QProcess::Running) {
                p.waitForReadyRead(500);
                out += p.readAllStandardOutput();
            }
            const auto match = QRegularExpression(QStringLiteral("^listening on (127\\.0\\.0\\.1:\\d+)\\n$"))
                                   .match(QString::fromUtf8(out));
            QVERIFY2(match.hasMatch(), p.readAllStandardError().constData());
            // The store is in PostgreSQL, not in the data folder.
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("data/flowdesk.db"))));
            auto channel = grpc::CreateChannel(match.captured(1).toStdString(),
                                               grpc::experimental::LocalCredentials(LOCAL_TCP));
            auto login = [&](const std::string &user) {
                auto sessions = v1::SessionService::NewStub(channel);
                grpc::ClientContext ctx;
                ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
                v1::LoginRequest req;
                req.set_username(user);
                req.set_password("demo-" + user);
                v1::LoginResponse resp;
                const auto st = sessions->Login(&ctx, req, &resp);
                return st.ok() ? resp.token() : std::string();
            };
            auto context = [](grpc::ClientContext &ctx, const std::string &token) {
                ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
                ctx.AddMetadata("authorization", "Bearer " + token);
            };
            const std::string admin = login("admin");
            QVERIFY(!admin.empty());
            auto transactions = v1::TransactionService::NewStub(channel);
            if (round == 0) {
                // The server answers the list from the database.
                {
                    grpc::ClientContext ctx;
                    context(ctx, admin);
                    v1::ListTransactionsRequest req;
                    req.set_page_size(20);
                    v1::ListTransactionsResponse list;
                    const auto st = transactions->ListTransactions(&ctx, req, &list);
                    QVERIFY2(st.ok(), st.error_message().c_str());
                    QVERIFY(list.transactions_size() > 0);
                    QVERIFY(list.total_size() > 0);
                }
                // A payload that fits its flow: one the demo delivered, read
                // from the database, submitted again under a new key.
                std::string flowId;
                std::string payload;
                {
                    PGconn *db = PQconnectdb(uri.c_str());
                    PGresult *r = PQexec(db, "SELECT t.flow_id, p.original_payload FROM transactions t "
                                             "JOIN tx_payloads p ON p.tx_id = t.id WHERE t.state = 3 ORDER BY t.id LIMIT 1");
                    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1) {
                        flowId = PQgetvalue(r, 0, 0);
                        payload = PQgetvalue(r, 0, 1);
                    }
                    PQclear(r);
                    PQfinish(db);
                }
                QVERIFY2(!flowId.empty(), "the demo delivered nothing");
                // The demo's integration account submits.
                const std::string connector = login("connector");
                QVERIFY(!connector.empty());
                auto ingest = v1::IngestService::NewStub(channel);
                std::string refused;
                {
                    grpc::ClientContext ctx;
                    context(ctx, connector);
                    v1::SubmitRequest req;
                    req.set_flow_id(flowId);
                    req.set_payload_json(payload);
                    req.set_idempotency_key("pg-store-1");
                    v1::SubmitResponse resp;
                    const auto st = ingest->Submit(&ctx, req, &resp);
                    if (st.ok())
                        submittedId = resp.transaction_id();
                    else
                        refused = st.error_message();
                }
                QVERIFY2(!submittedId.empty(), refused.c_str());
            }
            {
                grpc::ClientContext ctx;
                context(ctx, admin);
                v1::GetTransactionRequest req;
                req.set_id(submittedId);
                v1::Transaction t;
                const auto st = transactions->GetTransaction(&ctx, req, &t);
                QVERIFY2(st.ok(), st.error_message().c_str());
                QCOMPARE(t.id(), submittedId);
            }
            {
                const std::string auditor = login("auditor");
                QVERIFY(!auditor.empty());
                auto audit = v1::AuditService::NewStub(channel);
                grpc::ClientContext ctx;
                context(ctx, auditor);
                v1::VerifyAuditChainResponse verified;
                const auto st = audit->VerifyAuditChain(&ctx, v1::VerifyAuditChainRequest(), &verified);
                QVERIFY2(st.ok(), st.error_message().c_str());
                QVERIFY2(verified.ok(), verified.problem().c_str());
                QVERIFY(verified.entries_checked() > 0);
            }
            ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
            QVERIFY(p.waitForFinished(15000));
            QCOMPARE(p.exitCode(), 0);
        }
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
