#include <QTest>
class TestConsoleOffline : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestConsoleOffline)
#include "tst_console_offline.moc"
