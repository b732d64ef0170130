#pragma once

#include "flowhealth.h"

#include <QDateTime>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScreen;
class QTimer;

namespace Flowdesk {

class FlowTile;

// The dashboard for a shop-floor screen: full screen, large type, only the flow
// tiles, how many orders are stuck and since when, and when it was last updated.
// Esc or F11 leaves it.
class Wallboard : public QWidget
{
    Q_OBJECT
public:
    explicit Wallboard(QWidget *parent = nullptr);

    // scopeText: "DE01 (Berlin)" or "All plants".
    void setHealth(const QList<FlowHealth> &flows, const QString &scopeText, const QDateTime &updated);
    // Shown in the header while the figures cannot be updated; empty clears it.
    void setProblem(const QString &text);

    // Full screen on `screen` (the primary screen when null).
    void enter(QScreen *screen = nullptr);
    QList<FlowTile *> tiles() const { return m_tiles; }
    QString summaryText() const;

signals:
    void left();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void relayout();
    void updateClock();

    QLabel *m_scope;
    QLabel *m_clock;
    QLabel *m_summaryIcon;
    QLabel *m_summary;
    QLabel *m_updated;
    QLabel *m_hint;
    QWidget *m_tileArea;
    QGridLayout *m_grid;
    QList<FlowTile *> m_tiles;
    QDateTime m_lastUpdate;
    QString m_problem;
    int m_columns = 0;
};

} // namespace Flowdesk
