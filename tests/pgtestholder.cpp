// Starts a throwaway PostgreSQL, prints its port and folder, and waits to be
// killed: the suite that checks the server dies with its test kills it.

#include "pgtestserver.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    PgTestServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d %s\n", server.port(), qPrintable(server.folder()));
    std::fflush(stdout);
    for (;;)
        ::pause();
}
