// The lifecycle rules of the domain, as a table: which person may take which
// action on which transaction, and what a refusal says.

#include "policy.h"
#include "change.h"
#include "domainerror.h"
#include "errorgroups.h"
#include "lifecycle.h"
#include "payload.h"

#include <QTest>

using namespace flowdesk::backend;

Q_DECLARE_METATYPE(flowdesk::backend::Role)
Q_DECLARE_METATYPE(flowdesk::backend::TxState)
Q_DECLARE_METATYPE(flowdesk::backend::ErrorCategory)
Q_DECLARE_METATYPE(flowdesk::backend::TxAction)
Q_DECLARE_METATYPE(std::string)

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
    void editsReadFieldByField();
    void searchTermsFollowTheSchema();
    void closestCandidatesRankByPrefixThenDistance();
    void offendingValueComesFromTheNamedField();
    void oneReplacementPerOffendingValue();
    void fieldPathsReadAsTheFormNamesThem();
    void varyingValueIsNotAFieldsIndex();

    // A caller who sees a field masked finds its value in no text either, in
    // whatever rendering the text quotes it.
    void sensitiveValuesAreMaskedInFreeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two decimals") << "Total 33521.50 does not match" << "Total *** does not match";
        QTest::newRow("shortest") << "Total 33521.5 is wrong" << "Total *** is wrong";
        QTest::newRow("grouped") << "Order total 33,521.50 EUR" << "Order total *** EUR";
        QTest::newRow("european") << "Betrag 33.521,50 EUR" << "Betrag *** EUR";
        QTest::newRow("integral") << "about 33521 in all" << "about *** in all";
        QTest::newRow("in JSON") << "{\"amount_total\":33521.5,\"qty\":3}" << "{\"amount_total\":***,\"qty\":3}";
        QTest::newRow("derived amount") << "the sum of the lines 33514.00" << "the sum of the lines ***";
        QTest::newRow("e-mail, any case") << "Mail to Anna.Berg@example.com failed" << "Mail to *** failed";
        QTest::newRow("ids and dates stay") << "Customer C-10442 on 2026-01-12" << "Customer C-10442 on 2026-01-12";
        QTest::newRow("longer number stays") << "Reference 1335214" << "Reference 1335214";
    }

    void sensitiveValuesAreMaskedInFreeText()
    {
        using namespace flowdesk::backend;
        QFETCH(QString, text);
        QFETCH(QString, expected);
        SensitiveValues values;
        values.collect(R"({"amount_total": 33521.5, "qty": 3, "contact": {"email": "anna.berg@example.com"},
                           "lines": [{"price": 0}]})",
                       {"/amount_total", "/contact", "/lines/*/price"});
        QCOMPARE(QString::fromStdString(values.mask(text.toStdString())), expected);
    }

    void amountIsSensitiveWhenItsFieldIs()
    {
        using namespace flowdesk::backend;
        const std::string schema = R"({"type": "object", "x-business": {"amount": "/totals/gross"}})";
        QVERIFY(amountIsSensitive(schema, {"/totals/gross"}));
        QVERIFY(amountIsSensitive(schema, {"/totals"}));
        QVERIFY(amountIsSensitive(schema, {"/*/gross"}));
        QVERIFY(!amountIsSensitive(schema, {"/totals/net"}));
        QVERIFY(!amountIsSensitive(schema, {}));
        QVERIFY(!amountIsSensitive(R"({"type": "object"})", {"/totals/gross"}));
    }
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

    // A patch's pointer creates the members it names: a long pointer nests the
    // payload as deep as it is long, so it is held to the same limit.
    void longPatchPointerIsRefused()
    {
        using namespace flowdesk::backend;
        std::string pointer;
        for (int i = 0; i < 100000; ++i)
            pointer += "/a";
        std::string out, error;
        QVERIFY(!applyPatches("{}", {{pointer, "1"}}, &out, &error));
        QVERIFY(error.find("deeper than") != std::string::npos);
        QVERIFY(out.empty());
        // Pointer and value each within the limit, together beyond it.
        std::string half;
        for (int i = 0; i < kMaxJsonDepth / 2 + 1; ++i)
            half += "/a";
        const std::string value = std::string(kMaxJsonDepth / 2 + 1, '[') + std::string(kMaxJsonDepth / 2 + 1, ']');
        QVERIFY(!applyPatches("{}", {{half, value}}, &out, &error));
        QVERIFY(error.find("deeper than") != std::string::npos);
        QVERIFY(applyPatches("{}", {{"/a/b", "[[1]]"}}, &out, &error));
        QCOMPARE(out, std::string(R"({"a":{"b":[[1]]}})"));
    }

    // Text that is not UTF-8 is not JSON (found by fuzz_payload: a member
    // name ending in a broken sequence made the validator's error path read
    // past the name).
    void brokenUtf8IsNotJson()
    {
        using namespace flowdesk::backend;
        const auto schema = PayloadSchema::compile(R"({"type":"object","additionalProperties":false})");
        QVERIFY(schema);
        const auto violations = schema->validate(std::string("{\"\x0b[\xe2\":2}"));
        QCOMPARE(violations.size(), std::size_t(1));
        QVERIFY(violations[0].description.find("not valid JSON") != std::string::npos);
        std::string out, error;
        QVERIFY(!applyPatches("{}", {{"/\x0b[\xe2", "2"}}, &out, &error));
        QVERIFY(!applyPatches("{}", {{"/a", "\"\xff\""}}, &out, &error));
        QVERIFY(applyPatches("{}", {{"/\xc3\xa4", "\"\xe2\x82\xac\""}}, &out, &error));
    }

    // A schema's references stay inside it and never loop (found by
    // fuzz_schema: a relative reference made the compiler recurse until the
    // stack was gone).
    void schemaReferencesStayInsideAndNeverLoop();

    // A member name given twice in one object: a checker reads the first, most
    // targets the last, so such a payload is refused where it is checked, and
    // compares equal to itself (found by fuzz_payload).
    void memberGivenTwiceIsRefusedAndEqualToItself();

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

    // What the event feed gives each person follows the rules for reading what
    // an event is about.
    void eventViewFollowsTheReadRules_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<std::string>("username");
        QTest::addColumn<int>("type");
        QTest::addColumn<std::string>("plant");
        QTest::addColumn<std::string>("domain");
        QTest::addColumn<std::string>("jobOwner");
        QTest::addColumn<bool>("sees");
        QTest::addColumn<bool>("seesJobId");
        const int tx = int(EventType::TransactionChanged), conn = int(EventType::ConnectorChanged),
                  job = int(EventType::BulkJobChanged);
        using S = std::string;
        const S me = "someone", other = "someone.else";
        QTest::newRow("viewer, own plant") << Role::Viewer << me << tx << S("DE01") << S("sales") << S("") << true << false;
        QTest::newRow("viewer, other plant") << Role::Viewer << me << tx << S("PL01") << S("sales") << S("") << false << false;
        QTest::newRow("operator, own domain") << Role::Operator << me << tx << S("PL01") << S("sales") << S("") << true
                                              << false;
        QTest::newRow("operator, other domain") << Role::Operator << me << tx << S("DE01") << S("finance") << S("") << false
                                                << false;
        QTest::newRow("viewer, connector") << Role::Viewer << me << conn << S("") << S("") << S("") << false << false;
        QTest::newRow("operator, connector") << Role::Operator << me << conn << S("") << S("") << S("") << true << false;
        QTest::newRow("admin, connector") << Role::Admin << me << conn << S("") << S("") << S("") << true << false;
        QTest::newRow("auditor, connector") << Role::Auditor << me << conn << S("") << S("") << S("") << true << false;
        QTest::newRow("connector account, connector") << Role::Connector << me << conn << S("") << S("") << S("") << false
                                                      << false;
        QTest::newRow("operator, own job") << Role::Operator << me << job << S("") << S("") << me << true << true;
        QTest::newRow("operator, another's job") << Role::Operator << me << job << S("") << S("") << other << false
                                                 << false;
        QTest::newRow("viewer, another's job") << Role::Viewer << me << job << S("") << S("") << other << false << false;
        QTest::newRow("admin, another's job") << Role::Admin << me << job << S("") << S("") << other << true << true;
        QTest::newRow("auditor, another's job") << Role::Auditor << me << job << S("") << S("") << other << true << true;
        QTest::newRow("operator, change by own job") << Role::Operator << me << tx << S("DE01") << S("sales") << me << true
                                                     << true;
        QTest::newRow("operator, change by another's job") << Role::Operator << me << tx << S("DE01") << S("sales") << other
                                                           << true << false;
        QTest::newRow("auditor, change by another's job") << Role::Auditor << me << tx << S("DE01") << S("sales") << other
                                                          << true << true;
    }

    void eventViewFollowsTheReadRules()
    {
        QFETCH(Role, role);
        QFETCH(std::string, username);
        QFETCH(int, type);
        QFETCH(std::string, plant);
        QFETCH(std::string, domain);
        QFETCH(std::string, jobOwner);
        QFETCH(bool, sees);
        QFETCH(bool, seesJobId);
        Actor a = actor(role);
        a.user.username = username;
        Event e;
        e.type = static_cast<EventType>(type);
        e.plant = plant;
        e.domain = domain;
        e.actor = jobOwner.empty() ? std::string("engine") : jobOwner;
        e.bulkJobId = jobOwner.empty() ? std::string() : std::string("job-1");
        e.connectorId = type == int(EventType::ConnectorChanged) ? "odoo" : "";
        const auto view = a.eventView(e);
        QCOMPARE(view.has_value(), sees);
        if (view)
            QCOMPARE(!view->bulkJobId.empty(), seesJobId);
    }
};

void DomainTest::memberGivenTwiceIsRefusedAndEqualToItself()
{
    using namespace flowdesk::backend;
    const auto schema = PayloadSchema::compile(
        R"({"type":"object","properties":{"amount":{"type":"number","maximum":100},"lines":{"type":"array"}}})");
    QVERIFY(schema);
    QVERIFY(schema->validate(R"({"amount":10,"lines":[{"qty":1}]})").empty());
    const auto top = schema->validate(R"({"amount":10,"amount":99999})");
    QCOMPARE(top.size(), std::size_t(1));
    QCOMPARE(top[0].field, std::string("/amount"));
    QVERIFY2(top[0].description.find("twice") != std::string::npos, top[0].description.c_str());
    const auto inner = schema->validate(R"({"amount":10,"lines":[{"qty":1},{"q/ty":1,"q/ty":2}]})", "de");
    QCOMPARE(inner.size(), std::size_t(1));
    QCOMPARE(inner[0].field, std::string("/lines/1/q~1ty"));
    QVERIFY2(inner[0].description.find("Zweimal") != std::string::npos, inner[0].description.c_str());

    // A patch names an element of a list or the place just past its end, never
    // one far beyond (rapidjson would fill the list up to it).
    std::string patched, problem;
    QVERIFY(!applyPatches(R"({"lines":[1]})", {{"/lines/400000000/x", "1"}}, &patched, &problem));
    QVERIFY2(problem.find("past the end") != std::string::npos, problem.c_str());
    QVERIFY(!applyPatches("{}", {{"/new/5", "1"}}, &patched, &problem));
    QVERIFY(applyPatches(R"({"lines":[1]})", {{"/lines/1", "2"}}, &patched, &problem));
    QVERIFY(sameJson(patched, R"({"lines":[1,2]})"));
    QVERIFY(applyPatches("{}", {{"/new/0/x", "1"}}, &patched, &problem));
    QVERIFY(sameJson(patched, R"({"new":[{"x":1}]})"));

    const std::string twice = R"({"a":1,"b":{"c":2,"c":3},"a":2})";
    QVERIFY(sameJson(twice, twice));
    QVERIFY(sameJson(twice, R"({"b":{"c":2,"c":3},"a":1,"a":2})"));
    QVERIFY(!sameJson(twice, R"({"a":2,"b":{"c":2,"c":3},"a":1})"));
    QVERIFY(!sameJson(twice, R"({"a":1,"b":{"c":2},"a":2})"));
    QVERIFY(sameJson(R"({"x":[1,{"y":true}],"z":null})", R"({"z":null,"x":[1,{"y":true}]})"));
    QVERIFY(!sameJson(R"({"x":[1,2]})", R"({"x":[2,1]})"));
}

void DomainTest::schemaReferencesStayInsideAndNeverLoop()
{
    using namespace flowdesk::backend;
    std::string problem;
    const auto fine = PayloadSchema::compile(
        R"({"definitions":{"qty":{"type":"integer","minimum":1}},"type":"object","properties":{"a":{"$ref":"#/definitions/qty"},"b":{"$ref":"#/definitions/qty"}}})",
        &problem);
    QVERIFY2(fine, problem.c_str());
    QCOMPARE(fine->validate(R"({"a":2,"b":0})").size(), std::size_t(1));
    const std::pair<const char *, const char *> refused[] = {
        {R"({"$ref":"object","definitions":{"n":{"type":"array","items":{"$ref":"#/definitions/n"}}}})", "not a reference into"},
        {R"({"$ref":"#"})", "leads back"},
        {R"({"definitions":{"a":{"$ref":"#/definitions/b"},"b":{"properties":{"x":{"$ref":"#/definitions/a"}}}},"$ref":"#/definitions/a"})", "leads back"},
        {R"({"properties":{"x":{"$ref":"#/definitions/missing"}}})", "points to nothing"},
        {R"({"id":"http://elsewhere/schema","type":"object"})", "\"id\""},
        {R"({"properties":{"x":{"$ref":"http://elsewhere/schema#"}}})", "not a reference into"},
    };
    for (const auto &[schema, why] : refused) {
        problem.clear();
        QVERIFY2(!PayloadSchema::compile(schema, &problem), schema);
        QVERIFY2(problem.find(why) != std::string::npos, (std::string(schema) + " -> " + problem).c_str());
    }
    // A property named like a keyword is a property, not a keyword.
    QVERIFY(PayloadSchema::compile(R"({"properties":{"id":{"type":"string"},"$ref":{"type":"string"}}})", &problem));
}

// An edit's difference as a person reads it: one leaf per field path, nested
// objects and lists walked down, only what changed.
void DomainTest::editsReadFieldByField()
{
    const std::string before = R"({"order":"SO1","customer":{"code":"C-99999","name":"Alt"},"lines":[{"uom":"EA","qty":2}]})";
    const std::string after = R"({"order":"SO1","customer":{"code":"C-10001","name":"Alt"},"lines":[{"uom":"pcs","qty":2}],"note":"x"})";
    const auto changes = fieldChanges(payloadDiff(before, after, {}));
    QCOMPARE(changes.size(), std::size_t(3));
    QCOMPARE(changes[0].path, std::string("/customer/code"));
    QCOMPARE(changes[0].oldJson, std::string("\"C-99999\""));
    QCOMPARE(changes[0].newJson, std::string("\"C-10001\""));
    QCOMPARE(changes[1].path, std::string("/lines/0/uom"));
    QCOMPARE(changes[1].newJson, std::string("\"pcs\""));
    QCOMPARE(changes[2].path, std::string("/note"));
    QVERIFY(changes[2].oldJson.empty());
    // Masked values stay masked; nothing changed reads as nothing.
    const auto masked = fieldChanges(payloadDiff(R"({"p":{"price":1}})", R"({"p":{"price":2}})", {"/p/price"}));
    QCOMPARE(masked.size(), std::size_t(0));  // both sides read "***": no visible change
    QVERIFY(fieldChanges("{}").empty());
    QVERIFY(fieldChanges("not json").empty());
}

void DomainTest::searchTermsFollowTheSchema()
{
    const std::string schema = R"({"x-search":["/customer/name","/lines/*/product"],"x-business":{"key":"/order","counterparty":"/customer/code"}})";
    const std::string payload = R"({"order":"SO1","customer":{"code":"C-1","name":"Müller GmbH"},"lines":[{"product":"P-1"},{"product":"P-2"},{"product":"P-1"}]})";
    QCOMPARE(searchTerms(schema, payload), std::string("Müller GmbH\nP-1\nP-2\nSO1\nC-1"));
    QCOMPARE(searchTerms(R"({"type":"object"})", payload), std::string());
    QCOMPARE(searchTerms(schema, "[1]"), std::string());
}

void DomainTest::closestCandidatesRankByPrefixThenDistance()
{
    const std::vector<FieldCandidate> units = {{"pcs", "Pieces"}, {"kg", "Kilogram"}, {"set", "Set"}, {"m", "Metre"}};
    // "pc" starts "pcs"; "Kilo" starts a label.
    QCOMPARE(closestCandidates("pc", units), std::vector<std::size_t>({0}));
    QCOMPARE(closestCandidates("kilo", units), std::vector<std::size_t>({1}));
    // A typo: one edit away, ranked before two edits away.
    const std::vector<FieldCandidate> customers = {{"C-10012", "Midwest"}, {"C-10001", "Bergmann"}, {"C-10002", "Lyon"}};
    const auto typo = closestCandidates("C-1O001", customers);
    QVERIFY(!typo.empty());
    QCOMPARE(typo.front(), std::size_t(1));
    QVERIFY(typo.size() <= 3);
    // The value itself: nothing to suggest; nothing close: nothing.
    QVERIFY(closestCandidates("c-10001", customers).empty());
    QVERIFY(closestCandidates("ZZZZZZZZ", customers).empty());
    QVERIFY(closestCandidates("", customers).empty());
}

// An exact group is one flow, one code and one offending value: the value at
// the field the target named, bounded and without control characters.
void DomainTest::offendingValueComesFromTheNamedField()
{
    const std::string order = R"({"customer":{"code":"C-10442"},"lines":[{"uom":"PCE","qty":2},{"uom":"EA","qty":1}]})";
    QCOMPARE(offendingValueAt(order, "/customer/code"), std::string("C-10442"));
    QCOMPARE(offendingValueAt(order, "/lines/1/uom"), std::string("EA"));
    QCOMPARE(offendingValueAt(order, "/lines/0/qty"), std::string("2"));
    QCOMPARE(offendingValueAt(order, "/lines/1"), std::string());      // not a single value
    QCOMPARE(offendingValueAt(order, "/lines/7/uom"), std::string());  // absent
    QCOMPARE(offendingValueAt(order, ""), std::string());
    QCOMPARE(offendingValueAt("not json", "/customer/code"), std::string());
    QCOMPARE(offendingValueAt(R"({"c":"a\nb\u0000c"})", "/c"), std::string("a b c"));
    const std::string huge = R"({"c":")" + std::string(2000, 'x') + R"("})";
    QCOMPARE(offendingValueAt(huge, "/c").size(), kMaxOffendingValueBytes);

    TxError a;
    a.code = "UNKNOWN_CUSTOMER";
    a.signature = "crm|UNKNOWN_CUSTOMER|Customer <id> does not exist";
    a.fieldPath = "/customer/code";
    TxError b = a;
    recordErrorGroup("crm", order, a);
    recordErrorGroup("crm", R"({"customer":{"code":"C-20001"}})", b);
    QCOMPARE(a.offendingValue, std::string("C-10442"));
    QCOMPARE(a.signature, b.signature);
    QVERIFY(a.group != b.group);
    TxError none;
    none.code = "TIMEOUT";
    none.signature = "crm|TIMEOUT|timed out";
    recordErrorGroup("crm", order, none);
    QCOMPARE(none.group, none.signature);

    QCOMPARE(fieldPattern("/lines/12/uom"), std::string("/lines/*/uom"));
    QCOMPARE(fieldPattern("/customer/code"), std::string("/customer/code"));
}

// A bulk correction never writes one value into different problems.
void DomainTest::oneReplacementPerOffendingValue()
{
    const std::vector<ErrorFieldValue> three = {
        {"/customer/code", "C-10442"}, {"/customer/code", "C-20001"}, {"/customer/code", "C-30303"}};
    const std::vector<ErrorFieldValue> one = {{"/lines/0/uom", "EA"}, {"/lines/3/uom", "EA"}};

    // One value over three different missing customers: refused, naming them.
    const auto refused = checkOneValuePerProblem({{"/customer/code", R"("C-10000")", {}}}, three);
    QVERIFY(refused);
    QCOMPARE(refused->path, std::string("/customer/code"));
    QCOMPARE(refused->values, (std::vector<std::string>{"C-10442", "C-20001", "C-30303"}));
    // A per-value map, one value for one problem, or another field: allowed.
    QVERIFY(!checkOneValuePerProblem({{"/customer/code", "", {{"C-10442", R"("C-1")"}}}}, three));
    QVERIFY(!checkOneValuePerProblem({{"/lines/*/uom", R"("PCE")", {}}}, one));
    QVERIFY(!checkOneValuePerProblem({{"/note", R"("x")", {}}}, three));
    // The same field at different lines counts as one field.
    QVERIFY(checkOneValuePerProblem({{"/lines/0/uom", R"("PCE")", {}}}, {{"/lines/0/uom", "EA"}, {"/lines/2/uom", "ST"}}));

    Transaction t;
    t.payloadJson = R"({"lines":[{"uom":"PCE"},{"uom":"EA"}]})";
    t.error.fieldPath = "/lines/1/uom";
    t.error.offendingValue = "EA";
    std::vector<std::pair<std::string, std::string>> writes;
    std::string problem;
    // "*" names the transaction's own offending line.
    QVERIFY(resolvePatches(t, {{"/lines/*/uom", R"("PCE")", {}}}, &writes, &problem));
    QCOMPARE(writes, (std::vector<std::pair<std::string, std::string>>{{"/lines/1/uom", R"("PCE")"}}));
    // A per-value map writes the replacement of this transaction's value.
    QVERIFY(resolvePatches(t, {{"/lines/0/uom", "", {{"ST", R"("PCE")"}, {"EA", R"("C62")"}}}}, &writes, &problem));
    QCOMPARE(writes, (std::vector<std::pair<std::string, std::string>>{{"/lines/1/uom", R"("C62")"}}));
    // Every line holding the same offending value is corrected, no other.
    t.payloadJson = R"({"lines":[{"uom":"PCE"},{"uom":"EA"},{"uom":"KG"},{"uom":"EA"}]})";
    QVERIFY(resolvePatches(t, {{"/lines/*/uom", R"("PCE")", {}}}, &writes, &problem));
    QCOMPARE(writes, (std::vector<std::pair<std::string, std::string>>{{"/lines/1/uom", R"("PCE")"},
                                                                        {"/lines/3/uom", R"("PCE")"}}));
    // A value without a replacement is refused, not guessed.
    QVERIFY(!resolvePatches(t, {{"/lines/*/uom", "", {{"ST", R"("PCE")"}}}}, &writes, &problem));
    QVERIFY2(problem.find("'EA'") != std::string::npos, problem.c_str());
    // A plain path stays where it points.
    QVERIFY(resolvePatches(t, {{"/note", R"("checked")", {}}}, &writes, &problem));
    QCOMPARE(writes, (std::vector<std::pair<std::string, std::string>>{{"/note", R"("checked")"}}));
    // "*" on a transaction whose error names another field: refused.
    t.error.fieldPath = "/customer/code";
    QVERIFY(!resolvePatches(t, {{"/lines/*/uom", R"("PCE")", {}}}, &writes, &problem));
}

// A field named for a person: the schema's title in the reader's language,
// else the member's name in words; a line by its number.
void DomainTest::fieldPathsReadAsTheFormNamesThem()
{
    const std::string schema = R"J({"type":"object","properties":{
        "order_number":{"type":"string","x-flowdesk-title":{"de":"Auftragsnummer"}},
        "customer":{"type":"object","title":"Customer","x-flowdesk-title":{"de":"Kunde","fr":"Client"},
                    "properties":{"code":{"type":"string","x-flowdesk-title":{"de":"Nummer"}}}},
        "lines":{"type":"array","x-flowdesk-title":{"de":"Positionen"},
                 "items":{"type":"object","properties":{"uom":{"type":"string","x-flowdesk-title":{"de":"Mengeneinheit"}}}}}}})J";
    QCOMPARE(readableFieldPath(schema, "/lines/0/uom", "de"), std::string("Positionen › 1 › Mengeneinheit"));
    QCOMPARE(readableFieldPath(schema, "/lines/11/uom", "de-AT"), std::string("Positionen › 12 › Mengeneinheit"));
    QCOMPARE(readableFieldPath(schema, "/lines/0/uom", "en"), std::string("Lines › 1 › Unit"));
    QCOMPARE(readableFieldPath(schema, "/lines/*/uom", "en"), std::string("Lines › * › Unit"));
    QCOMPARE(readableFieldPath(schema, "/customer/code", "fr"), std::string("Client › Code"));
    QCOMPARE(readableFieldPath(schema, "/customer/code", "es"), std::string("Customer › Code"));
    QCOMPARE(readableFieldPath(schema, "/order_number", "en"), std::string("Order number"));
    // Not in the schema: the names in words, all the same.
    QCOMPARE(readableFieldPath(schema, "/delivery/vat_id", "de"), std::string("Delivery › VAT ID"));
    QCOMPARE(readableFieldPath(schema, "/lines/99999999999999999999/uom", "de"),
             std::string("Positionen › 99999999999999999999 › Mengeneinheit"));
    // A schema that cannot be read, or no pointer: as it came.
    QCOMPARE(readableFieldPath("{not json", "/lines/0/uom", "de"), std::string("/lines/0/uom"));
    QCOMPARE(readableFieldPath(schema, "lines", "de"), std::string("lines"));
}

// The value a group's explanation names, from a target's text: the product a
// web shop refused, not the line's index in the field it named.
void DomainTest::varyingValueIsNotAFieldsIndex()
{
    QCOMPARE(firstVaryingValue("items[16].product Product P-1999 does not exist"), std::string("P-1999"));
    QCOMPARE(firstVaryingValue("Customer C-10442 does not exist"), std::string("C-10442"));
    QCOMPARE(firstVaryingValue("Unit of measure \"EA\" is not defined"), std::string("EA"));
}

QTEST_GUILESS_MAIN(DomainTest)
#include "tst_domain.moc"
