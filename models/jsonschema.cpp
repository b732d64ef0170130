#include "jsonschema.h"

#include <QCoreApplication>

#include <cmath>

namespace Flowdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flowdesk::PayloadSchema)
};

QString formatNumber(double value)
{
    return QString::number(value, 'g', 15);
}
} // namespace

// ---- JsonNode ----

JsonNode JsonNode::boolean(bool value)
{
    JsonNode n;
    n.m_kind = Kind::Bool;
    n.m_bool = value;
    return n;
}

JsonNode JsonNode::number(const QString &literal)
{
    JsonNode n;
    n.m_kind = Kind::Number;
    n.m_text = literal;
    return n;
}

JsonNode JsonNode::string(const QString &value)
{
    JsonNode n;
    n.m_kind = Kind::String;
    n.m_text = value;
    return n;
}

JsonNode JsonNode::array()
{
    JsonNode n;
    n.m_kind = Kind::Array;
    return n;
}

JsonNode JsonNode::object()
{
    JsonNode n;
    n.m_kind = Kind::Object;
    return n;
}

double JsonNode::toDouble() const
{
    return m_kind == Kind::Number ? m_text.toDouble() : 0.0;
}

const JsonNode *JsonNode::member(const QString &name) const
{
    for (const JsonMember &m : m_members) {
        if (m.name == name)
            return &m.value;
    }
    return nullptr;
}

JsonNode *JsonNode::member(const QString &name)
{
    for (JsonMember &m : m_members) {
        if (m.name == name)
            return &m.value;
    }
    return nullptr;
}

void JsonNode::setMember(const QString &name, JsonNode value)
{
    if (JsonNode *existing = member(name)) {
        *existing = std::move(value);
        return;
    }
    m_members.push_back(JsonMember{name, std::move(value)});
}

bool JsonNode::removeMember(const QString &name)
{
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        if (it->name == name) {
            m_members.erase(it);
            return true;
        }
    }
    return false;
}

QStringList splitJsonPointer(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString &t : tokens)
        t = t.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    return tokens;
}

QString appendJsonPointer(const QString &pointer, const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer + QLatin1Char('/') + escaped;
}

bool jsonPointerMatches(const QString &pattern, const QString &pointer)
{
    const QStringList p = splitJsonPointer(pattern);
    const QStringList v = splitJsonPointer(pointer);
    if (p.size() != v.size())
        return false;
    for (int i = 0; i < p.size(); ++i) {
        if (p[i] != QLatin1String("*") && p[i] != v[i])
            return false;
    }
    return true;
}

namespace {
template<typename Node>
Node *step(Node *node, const QString &token)
{
    if (node->isObject())
        return node->member(token);
    if (node->isArray()) {
        bool ok = false;
        const int index = token.toInt(&ok);
        if (!ok || index < 0 || index >= int(node->items().size()))
            return nullptr;
        return &node->items()[size_t(index)];
    }
    return nullptr;
}
} // namespace

const JsonNode *JsonNode::at(const QString &pointer) const
{
    const JsonNode *node = this;
    for (const QString &token : splitJsonPointer(pointer)) {
        node = step(node, token);
        if (!node)
            return nullptr;
    }
    return node;
}

JsonNode *JsonNode::at(const QString &pointer)
{
    JsonNode *node = this;
    for (const QString &token : splitJsonPointer(pointer)) {
        node = step(node, token);
        if (!node)
            return nullptr;
    }
    return node;
}

bool JsonNode::setAt(const QString &pointer, JsonNode value)
{
    const QStringList tokens = splitJsonPointer(pointer);
    if (tokens.isEmpty()) {
        *this = std::move(value);
        return true;
    }
    JsonNode *node = this;
    for (int i = 0; i < tokens.size() - 1; ++i) {
        JsonNode *next = step(node, tokens[i]);
        if (!next) {
            if (!node->isObject())
                return false;
            node->setMember(tokens[i], JsonNode::object());
            next = node->member(tokens[i]);
        }
        node = next;
    }
    if (node->isObject()) {
        node->setMember(tokens.last(), std::move(value));
        return true;
    }
    if (JsonNode *target = step(node, tokens.last())) {
        *target = std::move(value);
        return true;
    }
    return false;
}

bool JsonNode::removeAt(const QString &pointer)
{
    const QStringList tokens = splitJsonPointer(pointer);
    if (tokens.isEmpty())
        return false;
    QStringList parentTokens = tokens;
    parentTokens.removeLast();
    QString parentPointer;
    for (const QString &t : parentTokens)
        parentPointer = appendJsonPointer(parentPointer, t);
    JsonNode *parent = at(parentPointer);
    if (!parent)
        return false;
    if (parent->isObject())
        return parent->removeMember(tokens.last());
    if (parent->isArray()) {
        bool ok = false;
        const int index = tokens.last().toInt(&ok);
        if (!ok || index < 0 || index >= int(parent->items().size()))
            return false;
        parent->items().erase(parent->items().begin() + index);
        return true;
    }
    return false;
}

bool JsonNode::sameValue(const JsonNode &other) const
{
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Null:
        return true;
    case Kind::Bool:
        return m_bool == other.m_bool;
    case Kind::Number:
        return m_text == other.m_text || toDouble() == other.toDouble();
    case Kind::String:
        return m_text == other.m_text;
    case Kind::Array:
        if (m_items.size() != other.m_items.size())
            return false;
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (!m_items[i].sameValue(other.m_items[i]))
                return false;
        }
        return true;
    case Kind::Object:
        if (m_members.size() != other.m_members.size())
            return false;
        for (const JsonMember &m : m_members) {
            const JsonNode *o = other.member(m.name);
            if (!o || !m.value.sameValue(*o))
                return false;
        }
        return true;
    }
    return false;
}

namespace {
void writeString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}
} // namespace

void JsonNode::write(QString &out, bool pretty, int depth) const
{
    const auto newline = [&](int d) {
        if (pretty) {
            out += QLatin1Char('\n');
            out += QString(d * 2, QLatin1Char(' '));
        }
    };
    switch (m_kind) {
    case Kind::Null: out += QLatin1String("null"); break;
    case Kind::Bool: out += m_bool ? QLatin1String("true") : QLatin1String("false"); break;
    case Kind::Number: out += m_text; break;
    case Kind::String: writeString(out, m_text); break;
    case Kind::Array:
        out += QLatin1Char('[');
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            newline(depth + 1);
            m_items[i].write(out, pretty, depth + 1);
        }
        if (!m_items.empty())
            newline(depth);
        out += QLatin1Char(']');
        break;
    case Kind::Object:
        out += QLatin1Char('{');
        for (size_t i = 0; i < m_members.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            newline(depth + 1);
            writeString(out, m_members[i].name);
            out += pretty ? QLatin1String(": ") : QLatin1String(":");
            m_members[i].value.write(out, pretty, depth + 1);
        }
        if (!m_members.empty())
            newline(depth);
        out += QLatin1Char('}');
        break;
    }
}

QString JsonNode::toJson(bool pretty) const
{
    QString out;
    write(out, pretty, 0);
    return out;
}

// ---- parser ----

class JsonParser
{
public:
    explicit JsonParser(const QString &text) : m_text(text) {}

    std::optional<JsonNode> parse(JsonParseError *error)
    {
        JsonNode root;
        skipSpace();
        bool ok = value(root, 0);
        if (ok) {
            skipSpace();
            if (m_pos < m_text.size())
                ok = fail(Tr::tr("Unexpected text after the end of the document"));
        }
        if (!ok) {
            if (error) {
                error->message = m_error;
                error->offset = m_pos;
                error->line = 1;
                error->column = 1;
                for (int i = 0; i < m_pos && i < m_text.size(); ++i) {
                    if (m_text[i] == QLatin1Char('\n')) {
                        ++error->line;
                        error->column = 1;
                    } else {
                        ++error->column;
                    }
                }
            }
            return std::nullopt;
        }
        return root;
    }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = m_text[m_pos];
            if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
                break;
            ++m_pos;
        }
    }
    bool literal(const char *word)
    {
        const QLatin1String w(word);
        if (QStringView(m_text).mid(m_pos, w.size()) != w)
            return fail(Tr::tr("Unknown word; values are text in quotes, numbers, true, false or null"));
        m_pos += int(w.size());
        return true;
    }

    bool value(JsonNode &out, int depth)
    {
        if (depth > 200)
            return fail(Tr::tr("The document is nested too deeply"));
        out.m_offset = m_pos;
        if (atEnd())
            return fail(Tr::tr("The document ends where a value is expected"));
        const QChar c = peek();
        if (c == QLatin1Char('{'))
            return object(out, depth);
        if (c == QLatin1Char('['))
            return array(out, depth);
        if (c == QLatin1Char('"')) {
            out.m_kind = JsonNode::Kind::String;
            return string(out.m_text);
        }
        if (c == QLatin1Char('-') || c.isDigit())
            return number(out);
        if (c == QLatin1Char('t')) {
            out.m_kind = JsonNode::Kind::Bool;
            out.m_bool = true;
            return literal("true");
        }
        if (c == QLatin1Char('f')) {
            out.m_kind = JsonNode::Kind::Bool;
            return literal("false");
        }
        if (c == QLatin1Char('n')) {
            out.m_kind = JsonNode::Kind::Null;
            return literal("null");
        }
        return fail(Tr::tr("A value is expected here (text in quotes, a number, true, false, null, { or [)"));
    }

    bool object(JsonNode &out, int depth)
    {
        out.m_kind = JsonNode::Kind::Object;
        ++m_pos; // {
        skipSpace();
        if (peek() == QLatin1Char('}')) {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (peek() != QLatin1Char('"'))
                return fail(Tr::tr("A field name in double quotes is expected"));
            QString name;
            const int nameStart = m_pos;
            if (!string(name))
                return false;
            skipSpace();
            if (peek() != QLatin1Char(':'))
                return fail(Tr::tr("A colon is expected after the field name"));
            ++m_pos;
            skipSpace();
            JsonNode v;
            if (!value(v, depth + 1))
                return false;
            if (out.member(name)) {
                m_pos = nameStart;
                return fail(Tr::tr("The field \"%1\" appears twice").arg(name));
            }
            out.m_members.push_back(JsonMember{name, std::move(v)});
            skipSpace();
            if (peek() == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            if (peek() == QLatin1Char('}')) {
                ++m_pos;
                return true;
            }
            return fail(Tr::tr("A comma or a closing } is expected"));
        }
    }

    bool array(JsonNode &out, int depth)
    {
        out.m_kind = JsonNode::Kind::Array;
        ++m_pos; // [
        skipSpace();
        if (peek() == QLatin1Char(']')) {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            JsonNode v;
            if (!value(v, depth + 1))
                return false;
            out.m_items.push_back(std::move(v));
            skipSpace();
            if (peek() == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            if (peek() == QLatin1Char(']')) {
                ++m_pos;
                return true;
            }
            return fail(Tr::tr("A comma or a closing ] is expected"));
        }
    }

    bool string(QString &out)
    {
        ++m_pos; // opening quote
        while (true) {
            if (atEnd())
                return fail(Tr::tr("The text has no closing double quote"));
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('"')) {
                ++m_pos;
                return true;
            }
            if (c.unicode() < 0x20)
                return fail(Tr::tr("Line breaks and tabs inside text must be written as \\n and \\t"));
            if (c != QLatin1Char('\\')) {
                out += c;
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (atEnd())
                return fail(Tr::tr("The text has no closing double quote"));
            const QChar e = m_text[m_pos++];
            switch (e.unicode()) {
            case '"': out += QLatin1Char('"'); break;
            case '\\': out += QLatin1Char('\\'); break;
            case '/': out += QLatin1Char('/'); break;
            case 'b': out += QLatin1Char('\b'); break;
            case 'f': out += QLatin1Char('\f'); break;
            case 'n': out += QLatin1Char('\n'); break;
            case 'r': out += QLatin1Char('\r'); break;
            case 't': out += QLatin1Char('\t'); break;
            case 'u': {
                bool ok = false;
                const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok || m_text.mid(m_pos, 4).size() != 4) {
                    --m_pos;
                    return fail(Tr::tr("\\u must be followed by four hexadecimal digits"));
                }
                m_pos += 4;
                out += QChar(char16_t(code));
                break;
            }
            default:
                --m_pos;
                return fail(Tr::tr("Unknown escape sequence \\%1").arg(e));
            }
        }
    }

    bool number(JsonNode &out)
    {
        const int start = m_pos;
        if (peek() == QLatin1Char('-'))
            ++m_pos;
        if (!peek().isDigit())
            return fail(Tr::tr("A digit is expected"));
        if (peek() == QLatin1Char('0')) {
            ++m_pos;
            if (peek().isDigit())
                return fail(Tr::tr("Numbers must not start with 0"));
        } else {
            while (peek().isDigit())
                ++m_pos;
        }
        if (peek() == QLatin1Char('.')) {
            ++m_pos;
            if (!peek().isDigit())
                return fail(Tr::tr("A digit is expected after the decimal point"));
            while (peek().isDigit())
                ++m_pos;
        }
        if (peek() == QLatin1Char('e') || peek() == QLatin1Char('E')) {
            ++m_pos;
            if (peek() == QLatin1Char('+') || peek() == QLatin1Char('-'))
                ++m_pos;
            if (!peek().isDigit())
                return fail(Tr::tr("A digit is expected in the exponent"));
            while (peek().isDigit())
                ++m_pos;
        }
        out.m_kind = JsonNode::Kind::Number;
        out.m_text = m_text.mid(start, m_pos - start);
        return true;
    }

    const QString &m_text;
    int m_pos = 0;
    QString m_error;
};

std::optional<JsonNode> parseJson(const QString &text, JsonParseError *error)
{
    return JsonParser(text).parse(error);
}

// ---- PayloadSchema ----

bool PayloadSchema::load(const QString &schemaJson, QString *error)
{
    m_loaded = false;
    m_sensitive.clear();
    m_regexCache.clear();
    JsonParseError parseError;
    auto root = parseJson(schemaJson, &parseError);
    if (!root || !root->isObject()) {
        if (error) {
            *error = root ? Tr::tr("The flow's schema is not an object")
                          : Tr::tr("The flow's schema cannot be read: %1").arg(parseError.message);
        }
        m_root = JsonNode();
        return false;
    }
    m_root = std::move(*root);
    if (const JsonNode *sensitive = m_root.member(QStringLiteral("x-sensitive"))) {
        for (const JsonNode &p : sensitive->items()) {
            if (p.isString())
                m_sensitive << p.text();
        }
    }
    m_loaded = true;
    return true;
}

const JsonNode *PayloadSchema::schemaAt(const QString &pointer) const
{
    if (!m_loaded)
        return nullptr;
    const JsonNode *schema = &m_root;
    for (const QString &token : splitJsonPointer(pointer)) {
        if (const JsonNode *props = schema->member(QStringLiteral("properties")); props && props->member(token)) {
            schema = props->member(token);
        } else if (const JsonNode *items = schema->member(QStringLiteral("items")); items && items->isObject()) {
            schema = items;
        } else {
            return nullptr;
        }
    }
    return schema;
}

bool PayloadSchema::isRequired(const QString &pointer) const
{
    QStringList tokens = splitJsonPointer(pointer);
    if (tokens.isEmpty())
        return false;
    const QString name = tokens.takeLast();
    QString parentPointer;
    for (const QString &t : tokens)
        parentPointer = appendJsonPointer(parentPointer, t);
    const JsonNode *parent = schemaAt(parentPointer);
    const JsonNode *required = parent ? parent->member(QStringLiteral("required")) : nullptr;
    if (!required)
        return false;
    for (const JsonNode &r : required->items()) {
        if (r.text() == name)
            return true;
    }
    return false;
}

const QRegularExpression &PayloadSchema::regex(const QString &pattern) const
{
    auto it = m_regexCache.find(pattern);
    if (it == m_regexCache.end())
        it = m_regexCache.insert(pattern, QRegularExpression(pattern));
    return it.value();
}

QString PayloadSchema::describePattern(const QString &pattern)
{
    // Reads literals, [0-9], [A-Z], [a-z] and mixed classes with {n} or {n,m}, and
    // (A|B) groups (first choice shown); anything else falls back to the pattern.
    QString out;
    int i = 0;
    const int n = int(pattern.size());
    if (i < n && pattern[i] == QLatin1Char('^'))
        ++i;
    while (i < n) {
        const QChar c = pattern[i];
        QString unit;
        if (c == QLatin1Char('$') && i == n - 1) {
            ++i;
            break;
        } else if (c == QLatin1Char('[')) {
            const int close = pattern.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return pattern;
            const QString cls = pattern.mid(i + 1, close - i - 1);
            if (cls == QLatin1String("0-9"))
                unit = QStringLiteral("#");
            else if (cls == QLatin1String("A-Z"))
                unit = QStringLiteral("A");
            else if (cls == QLatin1String("a-z"))
                unit = QStringLiteral("a");
            else if (cls.contains(QLatin1String("0-9")) && cls.contains(QLatin1String("A-Z")))
                unit = QStringLiteral("X");
            else if (cls == QLatin1String("+ ") || cls.contains(QLatin1String("0-9 ")))
                unit = QStringLiteral("#");
            else
                return pattern;
            i = close + 1;
        } else if (c == QLatin1Char('(')) {
            const int close = pattern.indexOf(QLatin1Char(')'), i);
            if (close < 0)
                return pattern;
            if (close + 1 < n && pattern[close + 1] == QLatin1Char('?')) {
                i = close + 2;
                continue; // optional part left out
            }
            const QString group = pattern.mid(i + 1, close - i - 1);
            const QString first = group.section(QLatin1Char('|'), 0, 0);
            if (first.contains(QRegularExpression(QStringLiteral("[\\[\\]\\\\{}()*+?.]"))))
                return pattern;
            unit = first;
            i = close + 1;
        } else if (c == QLatin1Char('\\') && i + 1 < n && !pattern[i + 1].isLetterOrNumber()) {
            unit = pattern[i + 1];
            i += 2;
        } else if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char(' ')
                   || c == QLatin1Char('_')) {
            unit = c;
            ++i;
        } else {
            return pattern;
        }
        int count = 1;
        if (i < n && pattern[i] == QLatin1Char('{')) {
            const int close = pattern.indexOf(QLatin1Char('}'), i);
            if (close < 0)
                return pattern;
            bool ok = false;
            count = pattern.mid(i + 1, close - i - 1).section(QLatin1Char(','), 0, 0).toInt(&ok);
            if (!ok || count > 40)
                return pattern;
            i = close + 1;
        } else if (i < n && (pattern[i] == QLatin1Char('*') || pattern[i] == QLatin1Char('+')
                             || pattern[i] == QLatin1Char('?'))) {
            return pattern;
        }
        out += unit.repeated(count);
    }
    return out.isEmpty() ? pattern : out;
}

namespace {
bool digitsAt(const QString &s, int pos, int count, int &out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (int i = pos; i < pos + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    out = v;
    return true;
}

bool dateAt(const QString &s)
{
    int y = 0, m = 0, d = 0;
    if (s.size() < 10 || !digitsAt(s, 0, 4, y) || s[4] != QLatin1Char('-') || !digitsAt(s, 5, 2, m)
        || s[7] != QLatin1Char('-') || !digitsAt(s, 8, 2, d))
        return false;
    return m >= 1 && m <= 12 && d >= 1 && d <= PayloadSchema::daysInMonth(y, m);
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}
} // namespace

int PayloadSchema::daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return days[month - 1];
}

bool PayloadSchema::isFormatDate(const QString &s)
{
    return s.size() == 10 && dateAt(s);
}

bool PayloadSchema::isFormatDateTime(const QString &s)
{
    if (s.size() < 20 || !dateAt(s) || (s[10] != QLatin1Char('T') && s[10] != QLatin1Char('t')))
        return false;
    int h = 0, mi = 0, sec = 0;
    if (!digitsAt(s, 11, 2, h) || s[13] != QLatin1Char(':') || !digitsAt(s, 14, 2, mi) || s[16] != QLatin1Char(':')
        || !digitsAt(s, 17, 2, sec))
        return false;
    if (h > 23 || mi > 59 || sec > 60)
        return false;
    int pos = 19;
    if (s[pos] == QLatin1Char('.')) {
        ++pos;
        const int start = pos;
        while (pos < s.size() && s[pos].unicode() >= u'0' && s[pos].unicode() <= u'9')
            ++pos;
        if (pos == start)
            return false;
    }
    if (pos + 1 == s.size() && (s[pos] == QLatin1Char('Z') || s[pos] == QLatin1Char('z')))
        return true;
    int oh = 0, om = 0;
    if (pos + 6 != s.size() || (s[pos] != QLatin1Char('+') && s[pos] != QLatin1Char('-'))
        || !digitsAt(s, pos + 1, 2, oh) || s[pos + 3] != QLatin1Char(':') || !digitsAt(s, pos + 4, 2, om))
        return false;
    return oh <= 23 && om <= 59;
}

bool PayloadSchema::isFormatEmail(const QString &s)
{
    const int at = int(s.indexOf(QLatin1Char('@')));
    if (at <= 0 || at > 64 || s.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return false;
    static const QString localExtra = QStringLiteral("!#$%&'*+/=?^_`{|}~.-");
    const QString local = s.left(at);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return false;
    for (const QChar c : local) {
        if (!isAsciiAlnum(c) && !localExtra.contains(c))
            return false;
    }
    const QString domain = s.mid(at + 1);
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            if (!isAsciiAlnum(c) && c != QLatin1Char('-'))
                return false;
        }
    }
    const QString &last = labels.last();
    if (last.size() < 2)
        return false;
    for (const QChar c : last) {
        if (!isAsciiAlpha(c))
            return false;
    }
    return true;
}

int PayloadSchema::characterCount(const QString &s)
{
    // Unicode code points, as JSON Schema counts: a surrogate pair is one character.
    int n = 0;
    for (const QChar c : s) {
        if (!c.isLowSurrogate())
            ++n;
    }
    return n;
}

namespace {
QString typeMessage(const QString &type)
{
    if (type == QLatin1String("integer"))
        return Tr::tr("Enter a whole number.");
    if (type == QLatin1String("number"))
        return Tr::tr("Enter a number such as 1250.50 (decimal point, no thousands separator).");
    if (type == QLatin1String("string"))
        return Tr::tr("Enter text.");
    if (type == QLatin1String("boolean"))
        return Tr::tr("Choose yes or no.");
    if (type == QLatin1String("array"))
        return Tr::tr("Must be a list.");
    if (type == QLatin1String("object"))
        return Tr::tr("Must be a group of fields.");
    return Tr::tr("Has the wrong kind of value.");
}

bool hasType(const JsonNode &value, const QString &type)
{
    switch (value.kind()) {
    case JsonNode::Kind::Null: return type == QLatin1String("null");
    case JsonNode::Kind::Bool: return type == QLatin1String("boolean");
    case JsonNode::Kind::String: return type == QLatin1String("string");
    case JsonNode::Kind::Array: return type == QLatin1String("array");
    case JsonNode::Kind::Object: return type == QLatin1String("object");
    case JsonNode::Kind::Number: {
        if (type == QLatin1String("number"))
            return true;
        if (type != QLatin1String("integer"))
            return false;
        // As the server reads JSON: a whole number is written without a fraction or
        // an exponent and fits 64 bits (3.0 and 1e2 are numbers, not whole numbers).
        const QString literal = value.text();
        if (literal.contains(QLatin1Char('.')) || literal.contains(QLatin1Char('e')) || literal.contains(QLatin1Char('E')))
            return false;
        bool ok = false;
        if (literal.startsWith(QLatin1Char('-')))
            literal.toLongLong(&ok);
        else
            literal.toULongLong(&ok);
        return ok;
    }
    }
    return false;
}
} // namespace

QList<FieldViolation> PayloadSchema::validate(const JsonNode &document, const QSet<QString> &skip) const
{
    QList<FieldViolation> out;
    if (m_loaded)
        check(m_root, document, QString(), skip, out);
    return out;
}

void PayloadSchema::check(const JsonNode &schema, const JsonNode &value, const QString &pointer,
                          const QSet<QString> &skip, QList<FieldViolation> &out) const
{
    if (skip.contains(pointer))
        return;
    const auto add = [&](const QString &at, const QString &message) { out.append(FieldViolation{at, message}); };

    if (const JsonNode *type = schema.member(QStringLiteral("type")); type && type->isString()) {
        if (!hasType(value, type->text())) {
            add(pointer, typeMessage(type->text()));
            return;
        }
    } else if (type && type->isArray()) {
        bool any = false;
        for (const JsonNode &t : type->items())
            any = any || (t.isString() && hasType(value, t.text()));
        if (!any) {
            add(pointer, Tr::tr("Has the wrong kind of value."));
            return;
        }
    }

    if (const JsonNode *choices = schema.member(QStringLiteral("enum"))) {
        bool found = false;
        QStringList names;
        for (const JsonNode &choice : choices->items()) {
            found = found || choice.sameValue(value);
            names << (choice.isString() ? choice.text() : choice.toJson());
        }
        if (!found)
            add(pointer, Tr::tr("Choose one of: %1.").arg(names.join(QLatin1String(", "))));
    }

    switch (value.kind()) {
    case JsonNode::Kind::String: {
        const QString s = value.text();
        const int length = characterCount(s);
        if (const JsonNode *min = schema.member(QStringLiteral("minLength")); min && length < min->toDouble()) {
            if (length == 0)
                add(pointer, Tr::tr("Must not be empty."));
            else
                add(pointer, Tr::tr("Enter at least %1 characters.").arg(int(min->toDouble())));
        }
        if (const JsonNode *max = schema.member(QStringLiteral("maxLength")); max && length > max->toDouble())
            add(pointer, Tr::tr("Enter at most %1 characters.").arg(int(max->toDouble())));
        if (const JsonNode *pattern = schema.member(QStringLiteral("pattern"))) {
            const QRegularExpression &re = regex(pattern->text());
            if (length > kMaxPatternInput) {
                add(pointer, Tr::tr("Too long to be checked against its format (at most %1 characters).")
                                 .arg(kMaxPatternInput));
            } else if (re.isValid() && !re.match(s).hasMatch()) {
                const QString shape = describePattern(pattern->text());
                if (shape != pattern->text())
                    add(pointer, Tr::tr("Use the format %1 (# is a digit, A a capital letter).").arg(shape));
                else
                    add(pointer, Tr::tr("Not in the expected format (%1).").arg(shape));
            }
        }
        if (const JsonNode *format = schema.member(QStringLiteral("format"))) {
            const QString f = format->text();
            if (f == QLatin1String("date") && !isFormatDate(s))
                add(pointer, Tr::tr("Enter a valid date as YYYY-MM-DD."));
            else if (f == QLatin1String("date-time") && !isFormatDateTime(s))
                add(pointer, Tr::tr("Enter a valid date and time such as 2026-11-25T14:30:00Z."));
            else if (f == QLatin1String("email") && !isFormatEmail(s))
                add(pointer, Tr::tr("Enter a valid e-mail address."));
        }
        break;
    }
    case JsonNode::Kind::Number: {
        const double d = value.toDouble();
        if (const JsonNode *min = schema.member(QStringLiteral("minimum"))) {
            const JsonNode *ex = schema.member(QStringLiteral("exclusiveMinimum"));
            const bool exclusive = ex && ex->toBool();
            if (exclusive ? d <= min->toDouble() : d < min->toDouble()) {
                add(pointer, exclusive ? Tr::tr("Must be more than %1.").arg(formatNumber(min->toDouble()))
                                       : Tr::tr("Must be at least %1.").arg(formatNumber(min->toDouble())));
            }
        }
        if (const JsonNode *max = schema.member(QStringLiteral("maximum"))) {
            const JsonNode *ex = schema.member(QStringLiteral("exclusiveMaximum"));
            const bool exclusive = ex && ex->toBool();
            if (exclusive ? d >= max->toDouble() : d > max->toDouble()) {
                add(pointer, exclusive ? Tr::tr("Must be less than %1.").arg(formatNumber(max->toDouble()))
                                       : Tr::tr("Must be at most %1.").arg(formatNumber(max->toDouble())));
            }
        }
        break;
    }
    case JsonNode::Kind::Array: {
        const int count = int(value.items().size());
        if (const JsonNode *min = schema.member(QStringLiteral("minItems")); min && count < min->toDouble())
            add(pointer, min->toDouble() <= 1 ? Tr::tr("Needs at least one entry.")
                                        : Tr::tr("Needs at least %1 entries.").arg(int(min->toDouble())));
        if (const JsonNode *max = schema.member(QStringLiteral("maxItems")); max && count > max->toDouble())
            add(pointer, Tr::tr("Allows at most %1 entries.").arg(int(max->toDouble())));
        if (const JsonNode *items = schema.member(QStringLiteral("items")); items && items->isObject()) {
            for (int i = 0; i < count; ++i)
                check(*items, value.items()[size_t(i)], appendJsonPointer(pointer, QString::number(i)), skip, out);
        }
        break;
    }
    case JsonNode::Kind::Object: {
        const JsonNode *props = schema.member(QStringLiteral("properties"));
        if (const JsonNode *required = schema.member(QStringLiteral("required"))) {
            for (const JsonNode &r : required->items()) {
                if (!value.member(r.text()))
                    add(appendJsonPointer(pointer, r.text()), Tr::tr("This field is required."));
            }
        }
        const JsonNode *additional = schema.member(QStringLiteral("additionalProperties"));
        const bool closed = additional && additional->kind() == JsonNode::Kind::Bool && !additional->toBool();
        for (const JsonMember &m : value.members()) {
            const QString at = appendJsonPointer(pointer, m.name);
            const JsonNode *sub = props ? props->member(m.name) : nullptr;
            if (sub)
                check(*sub, m.value, at, skip, out);
            else if (closed)
                add(at, Tr::tr("This field is not part of the flow's format."));
        }
        break;
    }
    default:
        break;
    }
}

} // namespace Flowdesk
