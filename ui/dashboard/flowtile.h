#pragma once

#include "flowhealth.h"

#include <QFrame>

class QLabel;

namespace Flowdesk {

// One flow's health at a glance. The status reads without colour: a shape
// (check mark, warning triangle, cross) and the word "OK", "Degraded" or
// "Failing", then why. Clicking the tile (or Enter/Space when it has focus)
// asks to see the flow's exceptions.
class FlowTile : public QFrame
{
    Q_OBJECT
public:
    explicit FlowTile(QWidget *parent = nullptr);

    void setHealth(const FlowHealth &health);
    FlowHealth health() const { return m_health; }

    // Wallboard: larger type, fewer words.
    void setLarge(bool large);
    bool isLarge() const { return m_large; }
    // How much larger the large type is (1.9 by default); fewer tiles, larger type.
    void setLargeScale(qreal scale);

    QString statusText() const;

    // The status shape in the status colour, for tiles, summaries and legends.
    static QPixmap statusIcon(HealthStatus status, int size, qreal devicePixelRatio = 1.0);
    static QColor statusColor(HealthStatus status);

signals:
    void activated(const Flowdesk::FlowHealth &health);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updateLook();
    void updateTexts();

    FlowHealth m_health;
    QLabel *m_icon;
    QLabel *m_status;
    QLabel *m_name;
    QLabel *m_figures;
    QLabel *m_reason;
    bool m_large = false;
    qreal m_largeScale = 1.9;
    bool m_hover = false;
};

} // namespace Flowdesk
