#pragma once

#include "transaction.h"
#include "transactionsservice.h"

#include <QFlags>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Flowdesk {

// One thing a person does to a transaction (assign, comment, resubmit…). A command
// names its action in the contract's vocabulary and declares the shape of what it
// works on (a selection, one item); whether the person may take the action on the
// transaction is the backend's answer (Transaction::allowedActions), never decided
// here. The ActionController enables its action from both and says why not. A
// command asks the person for what is missing (a reason), sends one Mutation with
// a request id chosen once for this intent, and reports by signals. send() may be
// called again after a dropped connection: the same request id delivers once.
class Command : public QObject
{
    Q_OBJECT
public:
    enum Restriction {
        NoRestriction = 0,
        NeedsSelection = 1,
        OnlyOneItem = 2,
    };
    Q_DECLARE_FLAGS(Restrictions, Restriction)

    Command(TransactionsService *service, QWidget *parentWidget, QObject *parent = nullptr);

    virtual TransactionAction action() const = 0;
    virtual Restrictions restrictions() const { return Restrictions(NeedsSelection) | OnlyOneItem; }
    // Why the command cannot run for this selection and person; empty when it can.
    QString unavailableReason(const QList<Transaction> &selection, const User &user) const;
    // The same for any action: the selection's shape, then the backend's answer for
    // each selected transaction, in the person's words.
    static QString unavailableReason(TransactionAction action, Restrictions restrictions,
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
    void send();
    // The change this command sends, with its request id.
    Mutation mutation() const;

signals:
    void progress(const QString &message);
    void finished(const Flowdesk::MutationResult &result);
    void canceled();

protected:
    // Asks the person for what the request needs; false when they cancel.
    virtual bool prepare() { return true; }
    // The change for `transaction()`, without the request id.
    virtual Mutation makeMutation() const = 0;
    virtual QString progressText() const = 0;

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
    TransactionAction action() const override { return TransactionAction::Assign; }
    QString assignee() const { return m_assignee; }

protected:
    bool prepare() override;
    Mutation makeMutation() const override;
    QString progressText() const override;

private:
    QString m_assignee;
    bool m_ask;
};

class CommentCommand : public Command
{
    Q_OBJECT
public:
    CommentCommand(TransactionsService *service, QWidget *parentWidget, QObject *parent = nullptr);
    TransactionAction action() const override { return TransactionAction::Comment; }
    void setText(const QString &text) { m_text = text; }

protected:
    bool prepare() override;
    Mutation makeMutation() const override;
    QString progressText() const override;

private:
    QString m_text;
};

class TriageCommand : public Command
{
    Q_OBJECT
public:
    TriageCommand(TransactionsService *service, QWidget *parentWidget, TriageStatus status, QObject *parent = nullptr);
    TransactionAction action() const override { return TransactionAction::SetTriageStatus; }

protected:
    Mutation makeMutation() const override;
    QString progressText() const override;

private:
    TriageStatus m_status;
};

// Saves an edited payload, carrying the version the person started from; with
// resubmit, the backend saves it and resubmits the transaction in one change.
class SavePayloadCommand : public Command
{
    Q_OBJECT
public:
    SavePayloadCommand(TransactionsService *service, QWidget *parentWidget, QObject *parent = nullptr,
                       bool resubmit = false);
    TransactionAction action() const override
    {
        return m_resubmit ? TransactionAction::EditAndResubmit : TransactionAction::EditPayload;
    }
    void setPayload(const QString &payloadJson, qint64 baseVersion)
    {
        m_payload = payloadJson;
        m_baseVersion = baseVersion;
    }

protected:
    Mutation makeMutation() const override;
    QString progressText() const override;

private:
    QString m_payload;
    qint64 m_baseVersion = 0;
    bool m_resubmit;
};

class ResubmitCommand : public Command
{
    Q_OBJECT
public:
    ResubmitCommand(TransactionsService *service, QWidget *parentWidget, QObject *parent = nullptr);
    TransactionAction action() const override { return TransactionAction::Resubmit; }

protected:
    Mutation makeMutation() const override;
    QString progressText() const override;
};

// Discard or resolve manually: both close the transaction and need a reason.
class CloseCommand : public Command
{
    Q_OBJECT
public:
    enum Kind { Discard, ResolveManually };
    CloseCommand(TransactionsService *service, QWidget *parentWidget, Kind kind, QObject *parent = nullptr);
    TransactionAction action() const override
    {
        return m_kind == Discard ? TransactionAction::Discard : TransactionAction::ResolveManually;
    }
    Kind kind() const { return m_kind; }

protected:
    bool prepare() override;
    Mutation makeMutation() const override;
    QString progressText() const override;

private:
    Kind m_kind;
};

} // namespace Flowdesk
