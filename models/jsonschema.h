#pragma once

// Payload documents and their JSON Schema (draft 4) as the payload editor needs them:
// objects keep the order of their members (a schema's "properties" order is the order
// of the form, and an edited payload keeps the sender's member order), numbers keep
// their literal text (an untouched 9030.00 stays 9030.00), and every value remembers
// where it stood in the text it was parsed from.

#include "fieldviolation.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Flowdesk {

struct JsonMember;

class JsonNode
{
public:
    enum class Kind { Null, Bool, Number, String, Array, Object };

    static JsonNode null() { return JsonNode(); }
    static JsonNode boolean(bool value);
    // literal must be a valid JSON number.
    static JsonNode number(const QString &literal);
    static JsonNode string(const QString &value);
    static JsonNode array();
    static JsonNode object();

    Kind kind() const { return m_kind; }
    bool isObject() const { return m_kind == Kind::Object; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isString() const { return m_kind == Kind::String; }
    bool isNumber() const { return m_kind == Kind::Number; }

    bool toBool() const { return m_bool; }
    double toDouble() const;
    // The string value, or a number's literal text.
    QString text() const { return m_text; }
    // Offset of the value in the text it was parsed from; -1 when built in code.
    int offset() const { return m_offset; }

    // Arrays.
    std::vector<JsonNode> &items() { return m_items; }
    const std::vector<JsonNode> &items() const { return m_items; }

    // Objects, in document order.
    std::vector<JsonMember> &members() { return m_members; }
    const std::vector<JsonMember> &members() const { return m_members; }
    const JsonNode *member(const QString &name) const;
    JsonNode *member(const QString &name);
    // Sets or appends a member (appended members go to the end).
    void setMember(const QString &name, JsonNode value);
    bool removeMember(const QString &name);

    // JSON pointers (RFC 6901).
    const JsonNode *at(const QString &pointer) const;
    JsonNode *at(const QString &pointer);
    // Creates missing objects on the way; false when the path runs through a scalar or
    // an array index that does not exist.
    bool setAt(const QString &pointer, JsonNode value);
    bool removeAt(const QString &pointer);

    // Same value (member order and number spelling ignored).
    bool sameValue(const JsonNode &other) const;

    // Compact, or indented by two spaces with one member or item per line.
    QString toJson(bool pretty = false) const;

private:
    friend class JsonParser;
    void write(QString &out, bool pretty, int depth) const;

    Kind m_kind = Kind::Null;
    bool m_bool = false;
    QString m_text;
    int m_offset = -1;
    std::vector<JsonNode> m_items;
    std::vector<JsonMember> m_members;
};

struct JsonMember
{
    QString name;
    JsonNode value;
};

struct JsonParseError
{
    QString message;
    int offset = 0;
    int line = 1;   // 1-based
    int column = 1; // 1-based
};

// Strict JSON (RFC 8259); on failure returns nothing and fills *error.
std::optional<JsonNode> parseJson(const QString &text, JsonParseError *error = nullptr);

QStringList splitJsonPointer(const QString &pointer);
QString appendJsonPointer(const QString &pointer, const QString &token);

// True when pointer matches pattern, where a "*" segment of pattern stands for any one
// segment ("/lines/*/price" matches "/lines/3/price").
bool jsonPointerMatches(const QString &pattern, const QString &pointer);

// A flow's payload schema: JSON Schema draft 4 as far as the flow catalogue uses it
// (type, properties, required, additionalProperties, items, enum, pattern, minLength,
// maxLength, minimum/maximum with their exclusive flags, minItems, maxItems, format
// date, date-time and email) plus the catalogue's "x-sensitive" pointers. Lengths
// count characters (code points), not UTF-16 units.
class PayloadSchema
{
public:
    // False with *error when the text is not a JSON object.
    bool load(const QString &schemaJson, QString *error = nullptr);
    bool isLoaded() const { return m_loaded; }

    const JsonNode &root() const { return m_root; }
    // The schema that applies at a pointer of the payload, or nullptr.
    const JsonNode *schemaAt(const QString &pointer) const;
    QStringList sensitivePatterns() const { return m_sensitive; }
    bool isRequired(const QString &pointer) const;

    // Every problem of the document in document order. Values at the pointers in skip
    // (masked values the person cannot see) are not checked.
    QList<FieldViolation> validate(const JsonNode &document, const QSet<QString> &skip = {}) const;

    // "SO####-######" for "^SO[0-9]{4}-[0-9]{6}$": a shape a person can read, or the
    // pattern itself when it is too complex to describe that way.
    static QString describePattern(const QString &pattern);

    // The rules flowdeskd applies (backend/domain/payload.h), the same here so that
    // the form refuses exactly what the server refuses; tests/data/validation_cases.json
    // is run against both. "date": YYYY-MM-DD of a day the calendar has; "date-time":
    // RFC 3339 with "Z" or an offset; "email": an ASCII local@domain.tld.
    static int daysInMonth(int year, int month);
    static bool isFormatDate(const QString &text);
    static bool isFormatDateTime(const QString &text);
    static bool isFormatEmail(const QString &text);
    // Characters as JSON Schema's minLength and maxLength count them: code points.
    static int characterCount(const QString &text);
    // A "pattern" is checked on at most this many characters; longer text is refused.
    static constexpr int kMaxPatternInput = 4096;

private:
    void check(const JsonNode &schema, const JsonNode &value, const QString &pointer,
               const QSet<QString> &skip, QList<FieldViolation> &out) const;
    const QRegularExpression &regex(const QString &pattern) const;

    JsonNode m_root;
    QStringList m_sensitive;
    bool m_loaded = false;
    mutable QHash<QString, QRegularExpression> m_regexCache;
};

} // namespace Flowdesk
