#include "offlinesupport.h"

#include "session/waitingchangesdialog.h"

#include "backendconnection.h"
#include "cachecodec.h"
#include "common/mainwindow.h"
#include "dashboard/flowspage.h"
#include "flowsservice.h"
#include "offlinecontroller.h"
#include "outbox.h"
#include "session/offlinebanner.h"
#include "session/passphrasedialog.h"
#include "sessionservice.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace Flowdesk {

namespace {
std::shared_ptr<spdlog::logger> logger()
{
    auto l = spdlog::get("console");
    return l ? l : spdlog::default_logger();
}
} // namespace

OfflineSupport::OfflineSupport(BackendConnection *connection, SessionService *session, FlowsService *flows,
                               EventFollower *events, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_session(session)
    , m_flows(flows)
    , m_cache(new CacheStore(this))
    , m_keys(new KeyStore(QStringLiteral("Flowdesk"), this))
    , m_outbox(new Outbox(m_cache, connection, this))
    , m_controller(new OfflineController(connection, m_cache, m_outbox, events, this))
    , m_transactions(new TransactionsOfflineLink(m_cache, m_outbox, m_controller, this))
{
    connect(m_flows, &FlowsService::freshFlowsLoaded, this, [this](const QList<Flow> &flows) {
        m_latestFlows = flows;
        m_haveLatestFlows = true;
        if (!m_cache->isOpen())
            return; // saved once the cache is open
        m_cache->put(Cache::FlowsKind, QStringLiteral("catalogue"), Cache::encodeFlows(flows));
        m_controller->noteFreshData();
    });
    connect(m_cache, &CacheStore::writeFailed, this, [this](Cache::DbStatus status, const QString &detail) {
        logger()->warn("cache write failed: {}", detail.toStdString());
        if (m_window)
            m_window->statusBar()->showMessage(CacheStore::statusMessage(status), 15000);
    });
    connect(m_controller, &OfflineController::offlineChanged, this, [this] { updateBanner(); });
    connect(m_controller, &OfflineController::backOnline, this, [this] {
        if (m_offlineWindow) {
            emit signInNeeded(m_username);
            return;
        }
        if (m_window)
            m_window->flowsPage()->reload();
    });
    connect(m_outbox, &Outbox::changed, this, &OfflineSupport::updateBanner);
    connect(m_outbox, &Outbox::conflict, this, [this](const OutboxAction &action, const ServiceError &) {
        if (m_window)
            m_window->statusBar()->showMessage(tr("%1 was not applied: %2").arg(action.description(), action.message),
                                               20000);
    });
}

OfflineSupport::~OfflineSupport() = default;

TransactionsOfflineStore *OfflineSupport::transactionsStore() const
{
    return m_transactions;
}

QString OfflineSupport::kdfFile() const
{
    return m_path + QStringLiteral(".kdf");
}

QString OfflineSupport::savedProfileUser(const QString &backend)
{
    const QString key = QStringLiteral("offline/%1").arg(CacheStore::profileId(backend, QString()));
    const QString username = QSettings().value(key).toString();
    if (username.isEmpty())
        return {};
    const QString directory = CacheStore::defaultDirectory();
    const QString path = CacheStore::databasePath(directory, CacheStore::resolveProfileId(directory, backend, {}, username));
    return QFile::exists(path) ? username : QString();
}

void OfflineSupport::attachOffline(MainWindow *window, const QString &backend, const QString &username)
{
    m_offlineWindow = true;
    m_backend = backend;
    m_username = username;
    attach(window);
    m_controller->startOffline();
}

void OfflineSupport::attach(MainWindow *window)
{
    m_window = window;
    if (!m_offlineWindow) {
        m_backend = m_connection->target();
        m_username = m_session->session().user.username;
    }
    // The banner sits above the pages.
    auto *banner = new OfflineBanner;
    m_banner = banner;
    QWidget *pages = window->takeCentralWidget();
    auto *holder = new QWidget;
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addWidget(pages, 1);
    window->setCentralWidget(holder);
    connect(banner, &OfflineBanner::retryRequested, this, &OfflineSupport::sendNow);
    connect(banner, &OfflineBanner::showOutboxRequested, this, &OfflineSupport::showOutbox);
    // Changes waiting to be sent are never dropped; leaving with some says so first.
    window->addLeaveGuard(this, [this] {
        return !m_window
            || WaitingChangesDialog::confirmLeaving(m_window, m_outbox->pendingCount(), m_outbox->conflictCount(),
                                                    [this] { sendNow(); });
    });

    // "Forget This Device" in the File menu, before Quit.
    if (!window->menuBar()->actions().isEmpty()) {
        if (QMenu *file = window->menuBar()->actions().first()->menu()) {
            auto *forget = new QAction(tr("&Forget This Device…"), window);
            forget->setObjectName(QStringLiteral("forgetDeviceAction"));
            forget->setToolTip(tr("Deletes the data Flowdesk saved on this computer for your account, and its key"));
            forget->setStatusTip(forget->toolTip());
            QAction *before = file->actions().isEmpty() ? nullptr : file->actions().last();
            file->insertAction(before, forget);
            file->insertSeparator(before);
            connect(forget, &QAction::triggered, this, &OfflineSupport::forgetDevice);
            m_forgetAction = forget;
        }
    }
    updateBanner();
    openProfile(m_backend, m_username);
}

void OfflineSupport::sendNow()
{
    if (!m_controller->isOffline()) {
        if (m_outbox->isLoaded() && m_outbox->pendingCount() > 0)
            m_outbox->replay();
        if (m_outbox->conflictCount() > 0)
            showOutbox();
        return;
    }
    m_connection->checkHealth(this, [this](bool serving, const ServiceError &) {
        if (serving)
            m_connection->noteReachable(); // back online: the waiting changes are sent
        else if (m_window)
            m_window->statusBar()->showMessage(tr("The server still cannot be reached."), 8000);
    });
}

void OfflineSupport::detach()
{
    m_cache->close();
    m_profileId.clear();
    m_earlierOffered = false;
    m_offlineWindow = false;
    m_stateReady = false;
    m_haveLatestFlows = false;
    m_latestFlows.clear();
}

void OfflineSupport::openProfile(const QString &backend, const QString &username)
{
    // Keyed by the server's identity where it is known: another address of the same
    // server finds the same saved data and the changes still waiting to be sent.
    const QString directory = CacheStore::defaultDirectory();
    const QString siteId = m_offlineWindow ? QString() : m_session->session().siteId;
    m_profileId = CacheStore::resolveProfileId(directory, backend, siteId, username);
    m_path = CacheStore::databasePath(directory, m_profileId);
    m_usesPassphrase = QFile::exists(kdfFile());
    if (m_usesPassphrase) {
        askPassphrase(false);
        return;
    }
    m_keys->loadOrCreateKey(m_profileId, this, [this](const KeyStore::Result &result) { onKey(result); });
}

void OfflineSupport::onKey(const KeyStore::Result &result)
{
    switch (result.status) {
    case KeyStore::Status::Found:
    case KeyStore::Status::Created:
        if (result.status == KeyStore::Status::Created && QFile::exists(m_path)) {
            // A file without its key cannot be read by anyone: set it aside and start afresh.
            logger()->warn("cache key missing from the keychain; the old cache file is set aside");
            CacheStore::quarantine(m_path);
        }
        openWithKey(result.key);
        break;
    case KeyStore::Status::NoKeychain:
        logger()->info("no keychain available ({}); asking for a passphrase", result.message.toStdString());
        askPassphrase(true);
        break;
    case KeyStore::Status::Failed:
        workWithoutCache(tr("The keychain did not give out the key of the saved data (%1).").arg(result.message));
        break;
    }
}

void OfflineSupport::askPassphrase(bool create, const QString &error)
{
    if (!m_window)
        return;
    auto *dialog = new PassphraseDialog(create ? PassphraseDialog::Mode::Create : PassphraseDialog::Mode::Unlock,
                                        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showError(error);
    connect(dialog, &PassphraseDialog::resetRequested, this, [this, dialog] {
        dialog->close();
        startAfresh(false);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        workWithoutCache(tr("No passphrase was given."));
    });
    connect(dialog, &QDialog::accepted, this, [this, create, passphrase = dialog->passphrase()] {
        KeyStore::KdfParameters params;
        if (create) {
            params.salt = KeyStore::randomKey().left(16);
            params.iterations = KeyStore::DefaultIterations;
            QFile::remove(m_path + QStringLiteral(".kdf"));
            if (QFile::exists(m_path))
                CacheStore::quarantine(m_path);
        } else {
            params = KeyStore::readKdfParameters(kdfFile());
            if (!params.isValid()) {
                startAfresh(true);
                return;
            }
        }
        if (m_window)
            m_window->statusBar()->showMessage(tr("Unlocking the saved data…"));
        KeyStore::deriveKeyAsync(passphrase, params.salt, params.iterations, this,
                                 [this, create, params](const QByteArray &key) {
            if (key.isEmpty()) {
                workWithoutCache(tr("The key could not be derived from the passphrase."));
                return;
            }
            if (create && !KeyStore::writeKdfParameters(kdfFile(), params)) {
                workWithoutCache(CacheStore::statusMessage(Cache::DbStatus::IoError));
                return;
            }
            m_usesPassphrase = true;
            openWithKey(key);
        });
    });
    dialog->open();
}

void OfflineSupport::openWithKey(const QByteArray &key)
{
    m_cache->open(m_path, key, this, [this](Cache::DbStatus status, const QString &) { onOpened(status); });
}

void OfflineSupport::onOpened(Cache::DbStatus status)
{
    if (m_window)
        m_window->statusBar()->clearMessage();
    if (status == Cache::DbStatus::WrongKey && m_usesPassphrase) {
        askPassphrase(false, tr("The passphrase is wrong."));
        return;
    }
    if (status == Cache::DbStatus::Busy || status == Cache::DbStatus::DiskFull) {
        workWithoutCache(CacheStore::statusMessage(status));
        return;
    }
    if (status != Cache::DbStatus::Ok) {
        offerFreshStart(status);
        return;
    }
    logger()->info("cache open");
    // Remembered for a start while the backend cannot be reached (no business data).
    QSettings().setValue(QStringLiteral("offline/%1").arg(CacheStore::profileId(m_backend, QString())), m_username);
    m_outbox->load();
    m_controller->loadState([this] {
        // The backend answered before the cache was open: save that answer now.
        if (m_haveLatestFlows && !m_offlineWindow) {
            m_cache->put(Cache::FlowsKind, QStringLiteral("catalogue"), Cache::encodeFlows(m_latestFlows));
            m_controller->noteFreshData();
        }
        updateBanner();
        m_stateReady = true;
        emit savedStateReady(m_controller->savedSequence());
        offerEarlierChanges();
    });
    // Cache-first: the saved catalogue is on screen at once, then refreshed.
    m_cache->get(Cache::FlowsKind, QStringLiteral("catalogue"), this, [this](std::optional<Cache::Entry> entry) {
        if (!entry)
            return;
        bool ok = false;
        const QList<Flow> flows = Cache::decodeFlows(entry->data, &ok);
        if (ok)
            m_flows->showCached(flows);
    });
}

void OfflineSupport::offerFreshStart(Cache::DbStatus status)
{
    if (!m_window)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Saved Data"), CacheStore::statusMessage(status), QMessageBox::NoButton,
                    m_window);
    box.setInformativeText(tr("Flowdesk can set the file aside (it stays encrypted) and save your data afresh "
                              "from the server. Changes that waited to be sent from this computer are lost."));
    QPushButton *fresh = box.addButton(tr("Start Afresh"), QMessageBox::AcceptRole);
    box.addButton(tr("Work Without Saved Data"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == fresh)
        startAfresh(true);
    else
        workWithoutCache(CacheStore::statusMessage(status));
}

void OfflineSupport::startAfresh(bool quarantine)
{
    m_cache->close();
    if (quarantine)
        CacheStore::quarantine(m_path);
    else
        Cache::LocalCache::removeFiles(m_path);
    QFile::remove(kdfFile());
    m_keys->deleteKey(m_profileId, this, [this](bool, const QString &) {
        m_keys->loadOrCreateKey(m_profileId, this, [this](const KeyStore::Result &result) { onKey(result); });
    });
}

void OfflineSupport::workWithoutCache(const QString &why)
{
    logger()->warn("working without saved data: {}", why.toStdString());
    if (!m_stateReady) {
        m_stateReady = true;
        emit savedStateReady(-1);
    }
    if (m_window)
        m_window->statusBar()->showMessage(tr("Working without saved data: %1").arg(why), 20000);
}

void OfflineSupport::forgetDevice()
{
    if (!m_window)
        return;
    const int waiting = int(m_outbox->actions().size());
    QMessageBox box(QMessageBox::Question, tr("Forget This Device"),
                    tr("Delete the data Flowdesk saved on this computer for your account, and its key?"),
                    QMessageBox::NoButton, m_window);
    QString info = tr("Flowdesk will no longer open from saved data or work offline on this computer until you "
                      "sign in again.");
    if (waiting > 0)
        info += u'\n' + tr("%n change(s) made offline have not reached the server and will be lost.", nullptr, waiting);
    box.setInformativeText(info);
    QPushButton *forget = box.addButton(tr("Forget"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != forget)
        return;
    const QString profile = m_profileId;
    const QString kdf = kdfFile();
    QSettings().remove(QStringLiteral("offline/%1").arg(CacheStore::profileId(m_backend, QString())));
    m_cache->wipe(this, [this, profile, kdf](bool filesGone) {
        QFile::remove(kdf);
        m_outbox->load();
        m_keys->deleteKey(profile, this, [this, filesGone](bool keyGone, const QString &message) {
            logger()->info("device forgotten (files {}, key {})", filesGone, keyGone);
            if (!m_window)
                return;
            if (filesGone && keyGone)
                m_window->statusBar()->showMessage(tr("The saved data and its key were deleted from this computer."),
                                                   15000);
            else
                QMessageBox::warning(m_window, tr("Forget This Device"),
                                     tr("Not everything could be deleted: %1")
                                         .arg(keyGone ? tr("the saved data file is still there") : message));
        });
    });
}

void OfflineSupport::showOutbox()
{
    if (!m_window)
        return;
    const QList<OutboxAction> actions = m_outbox->actions();
    QStringList lines;
    QList<qint64> conflicts;
    for (const OutboxAction &a : actions) {
        if (a.state == OutboxAction::State::Pending) {
            lines << tr("Waiting: %1").arg(a.description());
        } else {
            lines << tr("Not applied: %1 – %2").arg(a.description(), a.message);
            conflicts << a.id;
        }
    }
    QMessageBox box(QMessageBox::Information, tr("Changes Made Offline"),
                    actions.isEmpty() ? tr("No changes wait to be sent.") : lines.join(u'\n'), QMessageBox::NoButton,
                    m_window);
    QPushButton *apply = nullptr;
    QPushButton *drop = nullptr;
    if (!conflicts.isEmpty()) {
        box.setInformativeText(tr("Someone changed these transactions in the meantime, or the change is no longer "
                                  "allowed. Apply your changes to the current version, or drop them."));
        apply = box.addButton(tr("Apply to Current Version"), QMessageBox::AcceptRole);
        drop = box.addButton(tr("Drop These Changes"), QMessageBox::DestructiveRole);
    }
    box.addButton(QMessageBox::Close);
    box.exec();
    for (const OutboxAction &a : actions) {
        if (!conflicts.contains(a.id))
            continue;
        if (box.clickedButton() == drop) {
            m_outbox->discardAction(a.id);
        } else if (box.clickedButton() == apply) {
            const qint64 current = a.currentVersion;
            if (current > 0)
                m_outbox->retryAction(a.id, current, [this] {
                    if (!m_controller->isOffline())
                        m_outbox->replay();
                });
        }
    }
}

void OfflineSupport::offerEarlierChanges()
{
    // Only with the server's identity from sign-in: without it a profile of another
    // server could not be told apart.
    if (m_offlineWindow || m_earlierOffered || !m_window || !m_outbox->isLoaded())
        return;
    const QString siteId = m_session->session().siteId;
    if (siteId.isEmpty())
        return;
    m_earlierOffered = true;
    const QString directory = CacheStore::defaultDirectory();
    const QList<CacheStore::EarlierProfile> candidates =
        CacheStore::earlierProfiles(directory, m_profileId, siteId, m_username);
    if (candidates.isEmpty())
        return;
    auto found = std::make_shared<QList<Earlier>>();
    auto remaining = std::make_shared<int>(int(candidates.size()));
    const QString profile = m_profileId;
    auto oneDone = [this, found, remaining, profile] {
        if (--*remaining > 0 || profile != m_profileId)
            return;
        if (!found->isEmpty())
            askAboutEarlier(*found);
    };
    for (const CacheStore::EarlierProfile &candidate : candidates) {
        const QString path = CacheStore::databasePath(directory, candidate.profileId);
        const bool knownOwner = candidate.knownOwner;
        m_keys->readKey(candidate.profileId, this, [this, path, knownOwner, found, oneDone](const KeyStore::Result &key) {
            if (key.status != KeyStore::Status::Found) {
                oneDone();
                return;
            }
            m_cache->readOtherOutbox(path, key.key, this,
                                     [path, knownOwner, found, oneDone, rawKey = key.key](
                                         std::optional<CacheStore::OutboxRecords> records) {
                if (records && !records->isEmpty())
                    found->append(Earlier{path, rawKey, *records, knownOwner});
                oneDone();
            });
        });
    }
}

void OfflineSupport::askAboutEarlier(const QList<Earlier> &found)
{
    if (!m_window)
        return;
    QStringList descriptions;
    bool ownerUnknown = false;
    for (const Earlier &e : found) {
        ownerUnknown = ownerUnknown || !e.knownOwner;
        for (const Cache::OutboxRecord &r : e.records)
            descriptions << Outbox::fromRecord(r).description();
    }
    const WaitingChangesDialog::EarlierChoice choice =
        WaitingChangesDialog::askAboutEarlier(m_window, descriptions, ownerUnknown);
    if (choice == WaitingChangesDialog::EarlierChoice::Later)
        return;
    const QString profile = m_profileId;
    for (const Earlier &e : found) {
        auto removeThere = [this, e](const QList<qint64> &ids) {
            if (ids.isEmpty())
                return;
            m_cache->removeFromOtherOutbox(e.path, e.key, ids, this, [this](bool ok) {
                if (!ok)
                    logger()->warn("earlier changes were copied but could not be removed from their old profile");
            });
        };
        if (choice == WaitingChangesDialog::EarlierChoice::Discard) {
            QList<qint64> ids;
            for (const Cache::OutboxRecord &r : e.records)
                ids << r.id;
            removeThere(ids);
            continue;
        }
        // Removed from the old profile only once saved in this one.
        m_outbox->adopt(e.records, this, [this, profile, removeThere](const QList<qint64> &adopted) {
            removeThere(adopted);
            if (profile == m_profileId && !m_controller->isOffline())
                m_outbox->replay();
        });
    }
}

void OfflineSupport::updateBanner()
{
    if (!m_banner)
        return;
    m_banner->setOffline(m_controller->isOffline(), m_controller->dataTime());
    m_banner->setPendingCount(m_outbox->pendingCount(), m_outbox->conflictCount());
}

} // namespace Flowdesk
