#include "cachecodec.h"

#include <QDataStream>
#include <QIODevice>

namespace Flowdesk::Cache {

namespace {
constexpr quint32 FlowsMagicV1 = 0x464c5731; // "FLW1"
constexpr quint32 FlowsMagic = 0x464c5732;   // "FLW2": with schema version and connector
}

QByteArray encodeFlows(const QList<Flow> &flows)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << FlowsMagic << quint32(flows.size());
    for (const Flow &f : flows) {
        out << f.id << f.name << f.domain << f.sourceSystem << f.targetSystem << f.businessObjectType
            << f.description << f.slaSeconds << f.batch << f.stuckCount << quint32(f.stateCounts.size());
        for (qint64 count : f.stateCounts)
            out << count;
        out << qint32(f.schemaVersion) << f.connectorId;
    }
    return data;
}

QList<Flow> decodeFlows(const QByteArray &data, bool *ok)
{
    if (ok)
        *ok = false;
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, count = 0;
    in >> magic >> count;
    if ((magic != FlowsMagic && magic != FlowsMagicV1) || count > 100000)
        return {};
    QList<Flow> flows;
    flows.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        Flow f;
        quint32 states = 0;
        in >> f.id >> f.name >> f.domain >> f.sourceSystem >> f.targetSystem >> f.businessObjectType
            >> f.description >> f.slaSeconds >> f.batch >> f.stuckCount >> states;
        if (states != f.stateCounts.size())
            return {};
        for (qint64 &c : f.stateCounts)
            in >> c;
        if (magic == FlowsMagic) {
            qint32 schemaVersion = 0;
            in >> schemaVersion >> f.connectorId;
            f.schemaVersion = schemaVersion;
        }
        flows << f;
    }
    if (in.status() != QDataStream::Ok)
        return {};
    if (ok)
        *ok = true;
    return flows;
}

} // namespace Flowdesk::Cache
