#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

// While one exists, the programs a test starts (flowdeskd) write their sanitizer
// reports into a folder of its own instead of their stderr, so that a test can fail
// on them even where it expects the program to exit with an error, and wherever
// the program is started from (the console's DemoBackend, say). Without a
// sanitized build nothing is ever written there.
class ChildSanitizerReports
{
public:
    ChildSanitizerReports()
    {
        for (const char *name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "TSAN_OPTIONS"}) {
            const bool wasSet = qEnvironmentVariableIsSet(name);
            const QByteArray old = qgetenv(name);
            m_saved.push_back({name, old, wasSet});
            // A later option wins over an earlier one of the same name.
            QByteArray value = old;
            if (!value.isEmpty())
                value += ':';
            value += "log_path=" + QFile::encodeName(m_dir.filePath(QString::fromLatin1(name).section(u'_', 0, 0)));
            qputenv(name, value);
        }
    }

    ~ChildSanitizerReports()
    {
        for (const Saved &s : m_saved) {
            if (s.wasSet)
                qputenv(s.name, s.value);
            else
                qunsetenv(s.name);
        }
    }

    ChildSanitizerReports(const ChildSanitizerReports &) = delete;
    ChildSanitizerReports &operator=(const ChildSanitizerReports &) = delete;

    bool isValid() const { return m_dir.isValid(); }

    // Every report written so far, one file after another; empty when there is none.
    QString reports() const
    {
        QString all;
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                all += name + QLatin1String(":\n") + QString::fromLocal8Bit(f.readAll()) + QLatin1Char('\n');
        }
        return all;
    }

    // True when there is no report; otherwise prints them in full to stderr (a
    // test's failure message is cut short) and returns false.
    bool none() const
    {
        const QString all = reports();
        if (all.isEmpty())
            return true;
        std::fprintf(stderr, "%s\n", qPrintable(all));
        return false;
    }

private:
    struct Saved {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    QTemporaryDir m_dir;
    std::vector<Saved> m_saved;
};
