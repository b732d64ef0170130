// The lifecycle rules of the domain, as a table: which person may take which
// action on which transaction, and what a refusal says.

#include "change.h"
#include "domainerror.h"
#include "lifecycle.h"
#include "payload.h"

#include <QTest>

using namespace flowdesk::backend;

Q_DECLARE_METATYPE(flowdesk::backend::Role)
Q_DECLARE_METATYPE(flowdesk::backend::TxState)
Q_DECLARE_METATYPE(flowdesk::backend::ErrorCategory)
Q_DECLARE_METATYPE(flowdesk::backend::TxAction)

namespace {

Actor actor(Role role)
{
    Actor a;
    a.user.username = "someone";
    a.user.role = role;
    if (role == Role::Operator)
        a.user.domains = {"sales"};
    if (role == Role::Viewer)
        a.user.plants = {"DE01"};
    return a;
}

Transaction failed(ErrorCategory category, const std::string &domain = "sales")
{
    Transaction t;
    t.id = 42;
    t.flowId = "crm-quote-to-order";
    t.state = TxState::Failed;
    t.version = 3;
    t.domain = domain;
    t.plant = "DE01";
    t.error.category = category;
    return t;
}

} // namespace

class DomainTest : public QObject {
    Q_OBJECT

private slots:
    // A patch writes JSON numbers as they were written: the patched value and every
    // other number keep their text (385.00 is not rewritten as 385.0); masking too.
    void patchesAndMaskingKeepNumberText()
    {
        const std::string mark = "\xEF\xBF\xBF";
        const std::string payload = "{\"total\":385.00,\"qty\":1e3,\"big\":12345678901234567890123,"
                                    "\"lines\":[{\"price\":0.10},{\"price\":-2.50E+2}],\"odd\":\"" + mark + "n5\"}";
        std::string out, error;
        QVERIFY2(applyPatches(payload, {{"/lines/0/price", "19.90"}, {"/note", "\"ok\""}}, &out, &error), error.c_str());
        QCOMPARE(out, std::string("{\"total\":385.00,\"qty\":1e3,\"big\":12345678901234567890123,"
                                  "\"lines\":[{\"price\":19.90},{\"price\":-2.50E+2}],\"odd\":\"" + mark + "n5\","
                                  "\"note\":\"ok\"}"));
        QVERIFY2(applyPatches("{\"total\":1}", {{"/total", "385.00"}}, &out, &error), error.c_str());
        QCOMPARE(out, std::string("{\"total\":385.00}"));
        // Still JSON: a string value stays a string, bad values are refused.
        QVERIFY2(applyPatches("{\"total\":1}", {{"/total", "\"385.00\""}}, &out, &error), error.c_str());
        QCOMPARE(out, std::string("{\"total\":\"385.00\"}"));
        QVERIFY(!applyPatches("{\"total\":1}", {{"/total", "385.00 x"}}, &out, &error));
        QVERIFY(!applyPatches("{\"total\":1} x", {{"/total", "1"}}, &out, &error));
        QCOMPARE(maskPayload("{\"iban\":\"DE1\",\"total\":385.00}", {"/iban"}),
                 std::string("{\"iban\":\"***\",\"total\":385.00}"));
    }

    // Every walk over a JSON document recurses per level: what nests too deep
    // is refused before it is parsed, never walked.
    void deepJsonIsRefusedUnparsed()
    {
        using namespace flowdesk::backend;
        auto nest = [](int levels, const std::string &inner = {}) {
            return std::string(static_cast<size_t>(levels), '[') + inner + std::string(static_cast<size_t>(levels), ']');
        };
        QVERIFY(!jsonNestsDeeperThan(nest(kMaxJsonDepth)));
        QVERIFY(jsonNestsDeeperThan(nest(kMaxJsonDepth + 1)));
        // Brackets inside strings, escaped quotes included, do not count.
        QVERIFY(!jsonNestsDeeperThan("[\"" + std::string(1000, '[') + "\\\"\"]"));
        QVERIFY(jsonNestsDeeperThan("{\"a\":\"\\\"\"," + nest(100) + "}"));

        const std::string deep = "{\"a\":" + nest(200000) + "}";
        const auto schema = PayloadSchema::compile(R"({"type":"object"})");
        QVERIFY(schema);
        const auto violations = schema->validate(deep);
        QCOMPARE(violations.size(), std::size_t(1));
        QVERIFY(violations[0].description.find("deeper than") != std::string::npos);
        std::vector<std::string> masked;
        QCOMPARE(maskPayload(deep, {"/a"}, &masked), std::string("\"***\""));
        QCOMPARE(masked, std::vector<std::string>{"/a"});
        QVERIFY(maskedValuesWritten(deep, {"/a"}).empty());
        QCOMPARE(payloadDiff("{\"a\":1}", deep, {}), std::string("{}"));
        QVERIFY(!sameJson(deep, "{}"));
        std::string out, error;
        QVERIFY(!applyPatches("{\"a\":1}", {{"/a", nest(100000)}}, &out, &error));
        QVERIFY(error.find("deeper than") != std::string::npos);
        QVERIFY(!applyPatches(deep, {{"/a", "1"}}, &out, &error));
        QVERIFY(!PayloadSchema::compile("{\"a\":" + nest(1000) + "}"));
        // At the limit everything still works.
        QVERIFY(applyPatches("{\"a\":1}", {{"/a", nest(kMaxJsonDepth - 1)}}, &out, &error));
    }

    void decide_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<TxState>("state");
        QTest::addColumn<ErrorCategory>("category");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<TxAction>("action");
        QTest::addColumn<QString>("reason");  // empty: allowed

        const auto auth = ErrorCategory::Authentication;
        const auto conn = ErrorCategory::Connectivity;
        const auto master = ErrorCategory::MasterData;
        const auto F = TxState::Failed;
        QTest::newRow("operator resubmits a business failure") << Role::Operator << F << master << "sales" << TxAction::Resubmit << "";
        QTest::newRow("operator corrects and resubmits") << Role::Operator << F << master << "sales" << TxAction::EditAndResubmit << "";
        QTest::newRow("operator outside their domains") << Role::Operator << F << master << "finance" << TxAction::Resubmit << "OUT_OF_SCOPE";
        QTest::newRow("operator on a delivered one") << Role::Operator << TxState::Delivered << master << "sales" << TxAction::Resubmit << "NOT_FAILED";
        QTest::newRow("operator assigns a closed one") << Role::Operator << TxState::Discarded << master << "sales" << TxAction::Assign << "CLOSED";
        QTest::newRow("operator comments a closed one") << Role::Operator << TxState::Discarded << master << "sales" << TxAction::Comment << "";
        QTest::newRow("admin replays an authentication failure") << Role::Admin << F << auth << "sales" << TxAction::Resubmit << "";
        QTest::newRow("admin replays a connectivity failure") << Role::Admin << F << conn << "sales" << TxAction::Resubmit << "";
        QTest::newRow("admin replays a business failure") << Role::Admin << F << master << "sales" << TxAction::Resubmit << "REPLAY_NOT_ALLOWED";
        QTest::newRow("admin corrects a payload") << Role::Admin << F << auth << "sales" << TxAction::EditAndResubmit << "MISSING_PERMISSION";
        QTest::newRow("admin edits") << Role::Admin << F << auth << "sales" << TxAction::EditPayload << "MISSING_PERMISSION";
        QTest::newRow("admin discards") << Role::Admin << F << auth << "sales" << TxAction::Discard << "MISSING_PERMISSION";
        QTest::newRow("admin triages") << Role::Admin << F << auth << "sales" << TxAction::Assign << "MISSING_PERMISSION";
        QTest::newRow("auditor resubmits") << Role::Auditor << F << auth << "sales" << TxAction::Resubmit << "MISSING_PERMISSION";
        QTest::newRow("viewer comments") << Role::Viewer << F << auth << "sales" << TxAction::Comment << "MISSING_PERMISSION";
        QTest::newRow("connector resubmits") << Role::Connector << F << auth << "sales" << TxAction::Resubmit << "MISSING_PERMISSION";
        QTest::newRow("an engine step is no person's action") << Role::Operator << F << master << "sales" << TxAction::Deliver << "NOT_A_PERSON_ACTION";
    }

    void decide()
    {
        QFETCH(Role, role);
        QFETCH(TxState, state);
        QFETCH(ErrorCategory, category);
        QFETCH(QString, domain);
        QFETCH(TxAction, action);
        QFETCH(QString, reason);
        Transaction t = failed(category, domain.toStdString());
        t.state = state;
        const Decision d = flowdesk::backend::decide(actor(role), t, action);
        QCOMPARE(d.allowed, reason.isEmpty());
        QCOMPARE(QString::fromStdString(d.reason), reason);
        if (!d.allowed)
            QVERIFY(!d.message.empty());
        // require() agrees with decide().
        bool threw = false;
        try {
            require(actor(role), t, action);
        } catch (const DomainError &e) {
            threw = true;
            const bool byState = reason == "NOT_FAILED" || reason == "CLOSED";
            QCOMPARE(e.kind(), byState ? DomainError::Kind::FailedPrecondition : DomainError::Kind::PermissionDenied);
        }
        QCOMPARE(threw, !reason.isEmpty());
    }

    void transitions()
    {
        QCOMPARE(stateAfter(TxAction::Resubmit, TxState::Failed), std::optional(TxState::Resubmitted));
        QCOMPARE(stateAfter(TxAction::EditAndResubmit, TxState::Failed), std::optional(TxState::Resubmitted));
        QCOMPARE(stateAfter(TxAction::Discard, TxState::Failed), std::optional(TxState::Discarded));
        QCOMPARE(stateAfter(TxAction::ResolveManually, TxState::Failed), std::optional(TxState::ResolvedManually));
        QVERIFY(!stateAfter(TxAction::Resubmit, TxState::Delivered));
        QCOMPARE(stateAfter(TxAction::Attempt, TxState::Resubmitted), std::optional(TxState::InFlight));
        QCOMPARE(stateAfter(TxAction::Deliver, TxState::InFlight), std::optional(TxState::Delivered));
        QVERIFY(!stateAfter(TxAction::Deliver, TxState::Failed));
        QVERIFY(!stateAfter(TxAction::Assign, TxState::Failed));
    }

    void everyPersonActionIsDecided()
    {
        const auto all = allowedActions(actor(Role::Operator), failed(ErrorCategory::MasterData));
        QCOMPARE(all.size(), personActions().size());
        for (const auto &[action, d] : all)
            QVERIFY2(d.allowed, auditName(action));
    }

    void oneVocabularyReadsBothWays()
    {
        for (TxAction a : {TxAction::EditPayload, TxAction::Resubmit, TxAction::Discard, TxAction::ResolveManually,
                           TxAction::Assign, TxAction::SetTriageStatus, TxAction::Comment, TxAction::Receive,
                           TxAction::Attempt, TxAction::Deliver, TxAction::Fail, TxAction::ScheduleRetry,
                           TxAction::MarkStuck, TxAction::Release, TxAction::Recover}) {
            QCOMPARE(actionFromAuditName(auditName(a)), a);
            QCOMPARE(actionFromHopName(hopName(a)), a);
        }
        QCOMPARE(actionFromEventName("in_flight"), TxAction::Attempt);
        QCOMPARE(actionFromAuditName("login"), TxAction::None);
    }

    void aCorrectionResubmittedIsOneVersion()
    {
        Transaction t = failed(ErrorCategory::MasterData);
        ChangeNote edit;
        edit.action = TxAction::EditPayload;
        edit.reason = "customer code corrected";
        ChangeNote resubmit;
        resubmit.action = TxAction::Resubmit;
        t.state = TxState::Resubmitted;
        const auto record = recordChange(actor(Role::Operator), t, TxState::Failed, {edit, resubmit}, 1000);
        QCOMPARE(t.version, std::int64_t(4));
        QCOMPARE(t.updatedAt, TimeMs(1000));
        QCOMPARE(record.hops.size(), std::size_t(2));
        QCOMPARE(record.audit.size(), std::size_t(2));
        QCOMPARE(record.audit[0].action, std::string("update_payload"));
        QCOMPARE(record.audit[0].reason, std::string("customer code corrected"));
        QCOMPARE(record.audit[1].action, std::string("resubmit"));
        QCOMPARE(record.event.action, std::string("resubmitted"));
        QCOMPARE(record.event.previousState, TxState::Failed);
        QCOMPARE(record.event.state, TxState::Resubmitted);
        QCOMPARE(record.event.version, std::int64_t(4));
    }
};

QTEST_GUILESS_MAIN(DomainTest)
#include "tst_domain.moc"
