#pragma once

#include "transaction.h"

#include <QDialog>

namespace Flowdesk {

// Someone else changed the transaction since the person started: shows their
// version and the person's, and lets them reload; nothing is overwritten.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    // mine: the payload as the person has it (unsaved); theirs: the server's now.
    ConflictDialog(const Transaction &theirs, const QString &minePayload, qint64 mineVersion, QWidget *parent = nullptr);

    enum Choice { KeepEditing, Reload };
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = KeepEditing;
};

} // namespace Flowdesk
