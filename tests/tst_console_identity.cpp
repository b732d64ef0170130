// The console's identity on the desktop: the application id it gives itself is
// the one its desktop entry and AppStream metainfo are named by, and its
// window icon holds every size the icon is drawn in.
#include "appidentity.h"

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QPixmap>
#include <QRegularExpression>
#include <QtTest>

class TestConsoleIdentity : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryAndMetainfoCarryTheId();
    void iconHasEverySize_data();
    void iconHasEverySize();

private:
    static QString resourceFile(const QString &name)
    {
        return QStringLiteral(FLOWDESK_RESOURCES_DIR "/") + name;
    }
};

void TestConsoleIdentity::desktopEntryAndMetainfoCarryTheId()
{
    const QString id = Flowdesk::applicationId();
    QCOMPARE(id, QStringLiteral("com.flowdesk.Flowdesk"));

    QFile desktop(resourceFile(id + QStringLiteral(".desktop")));
    QVERIFY2(desktop.open(QIODevice::ReadOnly), qPrintable(desktop.fileName()));
    const QString entry = QString::fromUtf8(desktop.readAll());
    QVERIFY2(entry.contains(QRegularExpression(QStringLiteral("^Icon=%1$").arg(QRegularExpression::escape(id)),
                                               QRegularExpression::MultilineOption)),
             "the desktop entry names the icon by the application id");
    QVERIFY(entry.contains(QRegularExpression(QStringLiteral("^Exec=flowdesk$"), QRegularExpression::MultilineOption)));

    QFile metainfo(resourceFile(id + QStringLiteral(".metainfo.xml")));
    QVERIFY2(metainfo.open(QIODevice::ReadOnly), qPrintable(metainfo.fileName()));
    const QString xml = QString::fromUtf8(metainfo.readAll());
    QVERIFY(xml.contains(QStringLiteral("<id>%1</id>").arg(id)));
    QVERIFY(xml.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(id)));
}

void TestConsoleIdentity::iconHasEverySize_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%d", size) << size;
}

void TestConsoleIdentity::iconHasEverySize()
{
    QFETCH(int, size);
    const QIcon icon = Flowdesk::applicationIcon();
    QVERIFY(!icon.isNull());
    QVERIFY2(icon.availableSizes().contains(QSize(size, size)), "the size is embedded, not scaled");
    const QPixmap pixmap = icon.pixmap(QSize(size, size));
    QCOMPARE(pixmap.size(), QSize(size, size));
    // Drawn, not blank: the desk's colour at the centre-left.
    const QColor centre = pixmap.toImage().pixelColor(size / 4, size / 2);
    QVERIFY2(centre.alpha() == 255, "the icon is opaque inside its outline");
}

QTEST_MAIN(TestConsoleIdentity)
#include "tst_console_identity.moc"
