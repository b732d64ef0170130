#pragma once

// A throwaway PostgreSQL for the tests: initdb and postgres (Debian's
// postgresql-15) in a temporary folder, on a free loopback port, as an
// unprivileged user when the tests run as root (CI does), stopped and removed
// at the end. The server is a child of the test process and dies with it,
// even when the test is killed; the folders such a test leaves behind are
// removed by the next start. A missing PostgreSQL is an error the caller reports as a
// failure, never a reason to skip.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>

class PgTestServer {
public:
    PgTestServer() = default;
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // Starts the server; false and *error when it cannot.
    bool start(QString *error);
    void stop();
    bool running() const { return m_running; }
    int port() const { return m_port; }
    QString folder() const { return m_data; }
    // Creates an empty database and returns its URI (postgresql://...).
    std::string newDatabase(QString *error);

    // The one server of a test process, started on first use.
    static PgTestServer *shared(QString *error);

private:
    bool run(const QStringList &command, QString *error, int timeoutMs = 60000);
    static void removeStaleFolders();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_postgres;
    QString m_data;
    int m_port = 0;
    bool m_running = false;
    int m_databases = 0;
};
