#pragma once

#include "transaction.h"
#include "transactionsservice.h"

#include <QFlags>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Flowdesk {

// One thing a person does to transactions (assign, comment, resubmit…). A command
// declares what it needs (a selection, one item, a failed transaction, a
// permission); the ActionController enables its action from that and says why not.
// It asks the person for what is missing (a reason), sends one request with a
// request id chosen once for this intent, and reports by signals. send() may be
// called again after a dropped connection: the same request id delivers once.
class Command : public QObject
{
    Q_OBJECT
public:
    enum Restriction {
        NoRestriction = 0,
        NeedsSelection = 1,
        OnlyOneItem = 2,
        NeedsFailed = 4,   // every selected transaction is FAILED
    };
    Q_DECLARE_FLAGS(Restrictions, Restriction)

    Command(TransactionsService *service, QWidget *parentWidget, QObject *parent = nullptr);

    virtual Restrictions restrictions() const = 0;
    virtual QString permission() const = 0;
    // Why the command cannot run for this selection and person; empty when it can.
    QString unavailableReason(const QList<Transaction> &selection, const User &user) const;
    // Why the transaction lies outside the person's scope (their domains or plants), or empty.
    static QString outOfScopeReason(const Transaction &transaction, const User &user);
    static QString unavailableReason(Restrictions restrictions, const QString &permission,
                                     const QList<Transaction> &selection, const User &user);

    void setTransactions(const QList<Transaction> &transactions) { m_transactions = transactions; }
    QList<Transaction> transactions() const { return m_transactions; }
    Transaction transaction() const { return m_transactions.value(0); }
    QString requestId() const { return m_requestId; }
    void setRequestId(const QString &id) { m_requestId = id; }
    // Set for tests and scripted use: no dialog asks, these answers are used.
    void setReason(const QString &reason) { m_reason = reason; }
    QString reason() const { return m_reason; }

    // Asks what is missing, then sends. Emits canceled() when the person backs out.
    void start();
    // Sends (again) with the same request id.
    virtual void send() = 0;

signals:
    void progress(const QString &message);
    void finished(const Flowdesk::MutationResult &result);
    void canceled();

protected:
    // Asks the person for what the request needs; false when they cancel.
    virtual bool prepare() { return true; }
    void report(const MutationResult &result);

    TransactionsService *m_service; // not owned
    QPointer<QWidget> m_parentWidget;
    QList<Transaction> m_transactions;
    QString m_requestId;
    QString m_reason;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Command::Restrictions)

class AssignCommand : public Command
{
    Q_OBJECT
public:
    // assignee: a username, "" to unassign; askForName: ask the person whom to.
    AssignCommand(TransactionsService *service, QWidget *parentWidget, const QString &assignee, bool askForName,
                  QObject *parent = nullptr);
    Restrictions restrictions() const override { return NeedsSelection | OnlyOneItem; }
    QString permission() const override { return QStringLiteral("transactions.triage"); }
    void send() override;
    QString assignee() const { return m_assignee; }

protected:
    bool prepare() override;

private:
    QString m_assignee;
    bool m_ask;
};

class CommentCommand : public Command
{
    Q_OBJECT
public:
    CommentCommand(TransactionsService *service, QWidget *parentWidget, QObject *parent = nullptr);
    Restrictions restrictions() const override { return NeedsSelection | OnlyOneItem; }
    QString permission() const override { return QStringLiteral("transactions.triage"); }
    void send() override;
    void setText(const QString &text) { m_text = text; }

protected:
    bool prepare() override;

private:
    QString m_text;
};

class TriageCommand : public Command
{
    Q_OBJECT
public:
    TriageCommand(TransactionsService *service, QWidget *parentWidget, TriageStatus status, QObject *parent = nullptr);
    Restrictions restrictions() const override { return NeedsSelection | OnlyOneItem | NeedsFailed; }
    QString permission() const override { return QStringLiteral("transactions.triage"); }
    void send() override;

private:
    TriageStatus m_status;
};

// Saves an edited payload, carrying the version the person started from.
class SavePayloadCommand : public Command
{
    Q_OBJECT
public:
    SavePayloadCommand(TransactionsService *service, QWidget *parentWidget, QObject *parent = nullptr);
    Restrictions restrictions() const override { return NeedsSelection | OnlyOneItem | NeedsFailed; }
    QString permission() const override { return QStringLiteral("transactions.edit"); }
    void setPayload(const QString &payloadJson, qint64 baseVersion)
    {
        m_payload = payloadJson;
        m_baseVersion = baseVersion;
    }
    void send() override;

private:
    QString m_payload;
    qint64 m_baseVersion = 0;
};

class ResubmitCommand : public Command
{
    Q_OBJECT
public:
    ResubmitCommand(TransactionsService *service, QWidget *parentWidget, QObject *parent = nullptr);
    Restrictions restrictions() const override { return NeedsSelection | OnlyOneItem | NeedsFailed; }
    QString permission() const override { return QStringLiteral("transactions.edit"); }
    void send() override;
};

// Discard or resolve manually: both close the transaction and need a reason.
class CloseCommand : public Command
{
    Q_OBJECT
public:
    enum Kind { Discard, ResolveManually };
    CloseCommand(TransactionsService *service, QWidget *parentWidget, Kind kind, QObject *parent = nullptr);
    Restrictions restrictions() const override { return NeedsSelection | OnlyOneItem | NeedsFailed; }
    QString permission() const override { return QStringLiteral("transactions.edit"); }
    void send() override;
    Kind kind() const { return m_kind; }

protected:
    bool prepare() override;

private:
    Kind m_kind;
};

} // namespace Flowdesk
