// The check of a payload against its flow's schema: JSON Schema draft 4 by
// valijson, with the formats "date", "date-time" and "email" and the keyword
// "pattern" checked here (see payload.h), every problem named by its JSON
// pointer in the caller's language.
//
// valijson redefines RAPIDJSON_ASSERT to throw, so it comes before any
// RapidJSON header and stays in a file of its own.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "payload.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>

#include <algorithm>
#include <string_view>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <regex>
#include <set>

namespace flowdesk::backend {

// ---- formats ----

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return days[month - 1];
}

namespace {

bool digitsAt(const std::string &s, std::size_t pos, std::size_t count, int &out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

// YYYY-MM-DD at the start of s, of a day the calendar has.
bool dateAt(const std::string &s)
{
    int y = 0, m = 0, d = 0;
    if (s.size() < 10 || !digitsAt(s, 0, 4, y) || s[4] != '-' || !digitsAt(s, 5, 2, m) || s[7] != '-'
        || !digitsAt(s, 8, 2, d))
        return false;
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

bool isFormatDate(const std::string &text)
{
    return text.size() == 10 && dateAt(text);
}

bool isFormatDateTime(const std::string &text)
{
    if (text.size() < 20 || !dateAt(text) || (text[10] != 'T' && text[10] != 't'))
        return false;
    int h = 0, mi = 0, sec = 0;
    if (!digitsAt(text, 11, 2, h) || text[13] != ':' || !digitsAt(text, 14, 2, mi) || text[16] != ':'
        || !digitsAt(text, 17, 2, sec))
        return false;
    if (h > 23 || mi > 59 || sec > 60)
        return false;
    std::size_t pos = 19;
    if (text[pos] == '.') {
        ++pos;
        const std::size_t start = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            ++pos;
        if (pos == start)
            return false;
    }
    if (pos + 1 == text.size() && (text[pos] == 'Z' || text[pos] == 'z'))
        return true;
    int oh = 0, om = 0;
    if (pos + 6 != text.size() || (text[pos] != '+' && text[pos] != '-') || !digitsAt(text, pos + 1, 2, oh)
        || text[pos + 3] != ':' || !digitsAt(text, pos + 4, 2, om))
        return false;
    return oh <= 23 && om <= 59;
}

bool isFormatEmail(const std::string &text)
{
    const std::size_t at = text.find('@');
    if (at == std::string::npos || at == 0 || at > 64 || text.find('@', at + 1) != std::string::npos)
        return false;
    static const std::string localExtra = "!#$%&'*+/=?^_`{|}~.-";
    const std::string local = text.substr(0, at);
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string::npos)
        return false;
    for (char c : local) {
        if (!isAsciiAlnum(c) && localExtra.find(c) == std::string::npos)
            return false;
    }
    const std::string domain = text.substr(at + 1);
    if (domain.empty() || domain.size() > 253)
        return false;
    std::size_t start = 0;
    int labels = 0;
    std::string last;
    while (true) {
        const std::size_t dot = domain.find('.', start);
        const std::string label = domain.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        for (char c : label) {
            if (!isAsciiAlnum(c) && c != '-')
                return false;
        }
        ++labels;
        last = label;
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    if (labels < 2 || last.size() < 2)
        return false;
    for (char c : last) {
        if (!isAsciiAlpha(c))
            return false;
    }
    return true;
}

std::size_t codePointCount(const std::string &utf8)
{
    std::size_t n = 0;
    for (const char c : utf8) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

std::string patternInput(const std::string &text)
{
    if (text.size() <= kMaxPatternInput)
        return text;
    std::size_t end = kMaxPatternInput;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

// ---- messages ----

namespace {

// What went wrong, independent of language; args fill %1, %2.
struct Problem {
    std::string kind;
    std::string arg;
};

const char *const kLanguages[] = {"en", "de", "fr", "es"};

const std::map<std::string, std::vector<const char *>> &messageTable()
{
    // Per kind: English, German, French, Spanish.
    static const std::map<std::string, std::vector<const char *>> table = {
        {"type",
         {"Has the wrong kind of value.", "Hat die falsche Art von Wert.", "La valeur n'est pas du bon type.",
          "El valor no es del tipo correcto."}},
        {"type:string",
         {"Enter text.", "Geben Sie Text ein.", "Saisissez du texte.", "Introduzca texto."}},
        {"type:number",
         {"Enter a number such as 1250.50 (decimal point, no thousands separator).",
          "Geben Sie eine Zahl wie 1250.50 ein (Dezimalpunkt, ohne Tausendertrennzeichen).",
          "Saisissez un nombre comme 1250.50 (point décimal, sans séparateur de milliers).",
          "Introduzca un número como 1250.50 (punto decimal, sin separador de miles)."}},
        {"type:integer",
         {"Enter a whole number.", "Geben Sie eine ganze Zahl ein.", "Saisissez un nombre entier.",
          "Introduzca un número entero."}},
        {"type:boolean",
         {"Choose yes or no.", "Wählen Sie Ja oder Nein.", "Choisissez oui ou non.", "Elija sí o no."}},
        {"type:array",
         {"Must be a list.", "Muss eine Liste sein.", "Doit être une liste.", "Debe ser una lista."}},
        {"type:object",
         {"Must be a group of fields.", "Muss eine Gruppe von Feldern sein.", "Doit être un groupe de champs.",
          "Debe ser un grupo de campos."}},
        {"enum",
         {"Choose one of the allowed values.", "Wählen Sie einen der erlaubten Werte.",
          "Choisissez l'une des valeurs autorisées.", "Elija uno de los valores permitidos."}},
        {"minLength",
         {"Enter at least %1 characters.", "Geben Sie mindestens %1 Zeichen ein.", "Saisissez au moins %1 caractères.",
          "Introduzca al menos %1 caracteres."}},
        {"empty",
         {"Must not be empty.", "Darf nicht leer sein.", "Ne doit pas être vide.", "No puede estar vacío."}},
        {"maxLength",
         {"Enter at most %1 characters.", "Geben Sie höchstens %1 Zeichen ein.", "Saisissez au plus %1 caractères.",
          "Introduzca como máximo %1 caracteres."}},
        {"pattern",
         {"Not in the expected format (%1).", "Nicht im erwarteten Format (%1).", "N'a pas le format attendu (%1).",
          "No tiene el formato esperado (%1)."}},
        {"patternTooLong",
         {"Too long to be checked against its format (at most %1 characters).",
          "Zu lang, um gegen sein Format geprüft zu werden (höchstens %1 Zeichen).",
          "Trop long pour être vérifié selon son format (au plus %1 caractères).",
          "Demasiado largo para comprobar su formato (como máximo %1 caracteres)."}},
        {"format:date",
         {"Enter a valid date as YYYY-MM-DD.", "Geben Sie ein gültiges Datum als JJJJ-MM-TT ein.",
          "Saisissez une date valide au format AAAA-MM-JJ.", "Introduzca una fecha válida como AAAA-MM-DD."}},
        {"format:date-time",
         {"Enter a valid date and time with its offset, such as 2026-11-25T14:30:00Z.",
          "Geben Sie ein gültiges Datum mit Uhrzeit und Zeitzone ein, etwa 2026-11-25T14:30:00Z.",
          "Saisissez une date et une heure valides avec leur décalage, par exemple 2026-11-25T14:30:00Z.",
          "Introduzca una fecha y hora válidas con su desfase, como 2026-11-25T14:30:00Z."}},
        {"format:email",
         {"Enter a valid e-mail address.", "Geben Sie eine gültige E-Mail-Adresse ein.",
          "Saisissez une adresse e-mail valide.", "Introduzca una dirección de correo electrónico válida."}},
        {"minimum",
         {"Must be at least %1.", "Muss mindestens %1 sein.", "Doit valoir au moins %1.", "Debe ser al menos %1."}},
        {"exclusiveMinimum",
         {"Must be more than %1.", "Muss größer als %1 sein.", "Doit être supérieur à %1.", "Debe ser mayor que %1."}},
        {"maximum",
         {"Must be at most %1.", "Darf höchstens %1 sein.", "Doit valoir au plus %1.", "Debe ser como máximo %1."}},
        {"exclusiveMaximum",
         {"Must be less than %1.", "Muss kleiner als %1 sein.", "Doit être inférieur à %1.", "Debe ser menor que %1."}},
        {"minItems",
         {"Needs at least %1 entries.", "Braucht mindestens %1 Einträge.", "Demande au moins %1 entrées.",
          "Necesita al menos %1 entradas."}},
        {"maxItems",
         {"Allows at most %1 entries.", "Erlaubt höchstens %1 Einträge.", "Permet au plus %1 entrées.",
          "Permite como máximo %1 entradas."}},
        {"required",
         {"This field is required.", "Dieses Feld ist erforderlich.", "Ce champ est obligatoire.",
          "Este campo es obligatorio."}},
        {"unknownField",
         {"This field is not part of the flow's format.", "Dieses Feld gehört nicht zum Format des Flusses.",
          "Ce champ ne fait pas partie du format du flux.", "Este campo no forma parte del formato del flujo."}},
        {"uniqueItems",
         {"Contains the same entry twice.", "Enthält denselben Eintrag zweimal.", "Contient deux fois la même entrée.",
          "Contiene la misma entrada dos veces."}},
        {"multipleOf",
         {"Must be a multiple of %1.", "Muss ein Vielfaches von %1 sein.", "Doit être un multiple de %1.",
          "Debe ser un múltiplo de %1."}},
        {"properties",
         {"Has too many or too few fields.", "Hat zu viele oder zu wenige Felder.",
          "A trop ou trop peu de champs.", "Tiene demasiados o muy pocos campos."}},
        {"form",
         {"Does not match any of the allowed forms.", "Passt zu keiner der erlaubten Formen.",
          "Ne correspond à aucune des formes autorisées.", "No corresponde a ninguna de las formas permitidas."}},
        {"rule",
         {"Breaks a rule of the flow's format.", "Verletzt eine Regel des Formats des Flusses.",
          "Enfreint une règle du format du flux.", "Incumple una regla del formato del flujo."}},
        {"duplicate",
         {"Given twice: a field may appear only once.", "Zweimal angegeben: ein Feld darf nur einmal vorkommen.",
          "Donné deux fois : un champ ne peut apparaître qu'une fois.",
          "Indicado dos veces: un campo solo puede aparecer una vez."}},
        {"notJson",
         {"The payload is not valid JSON (%1 at byte %2).", "Die Nutzdaten sind kein gültiges JSON (%1 bei Byte %2).",
          "Le contenu n'est pas du JSON valide (%1 à l'octet %2).",
          "El contenido no es JSON válido (%1 en el byte %2)."}},
        {"tooDeep",
         {"The payload is nested deeper than %1 levels.", "Die Nutzdaten sind tiefer als %1 Ebenen verschachtelt.",
          "Le contenu est imbriqué sur plus de %1 niveaux.", "El contenido está anidado en más de %1 niveles."}},
        {"problems",
         {"The payload does not fit the flow's schema (%1 problems).",
          "Die Nutzdaten passen nicht zum Schema des Flusses (%1 Probleme).",
          "Le contenu ne correspond pas au schéma du flux (%1 problèmes).",
          "El contenido no se ajusta al esquema del flujo (%1 problemas)."}},
        {"problem",
         {"The payload does not fit the flow's schema (one problem).",
          "Die Nutzdaten passen nicht zum Schema des Flusses (ein Problem).",
          "Le contenu ne correspond pas au schéma du flux (un problème).",
          "El contenido no se ajusta al esquema del flujo (un problema)."}},
    };
    return table;
}

std::string replaceAll(std::string text, const std::string &what, const std::string &with)
{
    for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + with.size()))
        text.replace(pos, what.size(), with);
    return text;
}

// The pointer to the first member whose name its object already gave. A
// checker reads the first of them, most targets the last: such a payload means
// two things, and is refused. Depth is bounded by the caller (jsonNestsDeeperThan).
std::optional<std::string> duplicateMember(const rapidjson::Value &v)
{
    if (v.IsObject()) {
        std::vector<std::string_view> names;
        names.reserve(v.MemberCount());
        for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
            names.emplace_back(m->name.GetString(), m->name.GetStringLength());
        std::sort(names.begin(), names.end());
        const auto twice = std::adjacent_find(names.begin(), names.end());
        if (twice != names.end())
            return "/" + jsonPointerToken(std::string(*twice));
        for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
            if (auto inner = duplicateMember(m->value))
                return "/" + jsonPointerToken(std::string(m->name.GetString(), m->name.GetStringLength())) + *inner;
        }
    } else if (v.IsArray()) {
        for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
            if (auto inner = duplicateMember(v[i]))
                return "/" + std::to_string(i) + *inner;
        }
    }
    return std::nullopt;
}

std::string localized(const std::string &kind, const std::string &language, const std::string &arg1 = {},
                      const std::string &arg2 = {})
{
    const auto &table = messageTable();
    auto it = table.find(kind);
    if (it == table.end())
        it = table.find("rule");
    std::size_t index = 0;
    for (std::size_t i = 0; i < std::size(kLanguages); ++i) {
        if (language == kLanguages[i])
            index = i;
    }
    return replaceAll(replaceAll(it->second[index], "%1", arg1), "%2", arg2);
}

std::string numberText(const std::string &valijsonNumber)
{
    const double v = std::strtod(valijsonNumber.c_str(), nullptr);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

// valijson's context ("<root>", "[customer]", "[0]") as a JSON pointer.
std::string pointerOf(const std::vector<std::string> &context)
{
    std::string out;
    for (std::size_t i = 0; i < context.size(); ++i) {
        const std::string &c = context[i];
        if (i == 0 && c == "<root>")
            continue;
        if (c.size() >= 2 && c.front() == '[' && c.back() == ']')
            out += "/" + jsonPointerToken(c.substr(1, c.size() - 2));
        else
            out += "/" + jsonPointerToken(c);
    }
    return out;
}

bool startsWith(const std::string &s, const char *prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// The number in "... than 12 characters ..." after prefix.
std::string numberAfter(const std::string &s, const char *prefix)
{
    std::string rest = s.substr(std::string(prefix).size());
    const std::size_t end = rest.find_first_not_of("0123456789.-+e");
    return rest.substr(0, end);
}

// What a valijson report says, or nullopt for a summary of problems reported
// on their own (a property's, an item's).
std::optional<std::pair<std::string, Problem>> classify(const valijson::ValidationResults::Error &e)
{
    const std::string &m = e.description;
    const std::string at = pointerOf(e.context);
    static const char *const summaries[] = {
        "Failed to validate against schema associated with",
        "Failed to validate item #",
        "Failed to validate against child schema #",
        "Failed to validate against additional properties schema",
        "Failed to validate against dependent schema",
    };
    for (const char *s : summaries) {
        if (startsWith(m, s))
            return std::nullopt;
    }
    if (startsWith(m, "fd:"))  // our own constraints: fd:<kind>:<arg>
    {
        const std::size_t colon = m.find(':', 3);
        if (startsWith(m, "fd:format:"))
            return std::make_pair(at, Problem{m.substr(3), {}});
        return std::make_pair(at, Problem{m.substr(3, colon - 3), colon == std::string::npos ? "" : m.substr(colon + 1)});
    }
    if (startsWith(m, "Value type not permitted"))
        return std::make_pair(at, Problem{"type", {}});
    if (startsWith(m, "Failed to match against any enum"))
        return std::make_pair(at, Problem{"enum", {}});
    if (startsWith(m, "String should be no more than "))
        return std::make_pair(at, Problem{"maxLength", numberAfter(m, "String should be no more than ")});
    if (startsWith(m, "String should be no fewer than ")) {
        const std::string n = numberAfter(m, "String should be no fewer than ");
        return std::make_pair(at, Problem{n == "1" ? "empty" : "minLength", n});
    }
    if (startsWith(m, "Expected number less than or equal to "))
        return std::make_pair(at, Problem{"maximum", numberText(numberAfter(m, "Expected number less than or equal to "))});
    if (startsWith(m, "Expected number less than "))
        return std::make_pair(at, Problem{"exclusiveMaximum", numberText(numberAfter(m, "Expected number less than "))});
    if (startsWith(m, "Expected number greater than or equal to "))
        return std::make_pair(at,
                              Problem{"minimum", numberText(numberAfter(m, "Expected number greater than or equal to "))});
    if (startsWith(m, "Expected number greater than "))
        return std::make_pair(at,
                              Problem{"exclusiveMinimum", numberText(numberAfter(m, "Expected number greater than "))});
    if (startsWith(m, "Array should contain no fewer than "))
        return std::make_pair(at, Problem{"minItems", numberAfter(m, "Array should contain no fewer than ")});
    if (startsWith(m, "Array should contain no more than "))
        return std::make_pair(at, Problem{"maxItems", numberAfter(m, "Array should contain no more than ")});
    if (startsWith(m, "Array contains more items than allowed") || startsWith(m, "Cannot validate item #"))
        return std::make_pair(at, Problem{"rule", {}});
    if (startsWith(m, "Missing required property '")) {
        std::string name = m.substr(std::string("Missing required property '").size());
        if (name.size() >= 2 && name.compare(name.size() - 2, 2, "'.") == 0)
            name.resize(name.size() - 2);
        return std::make_pair(at + "/" + jsonPointerToken(name), Problem{"required", {}});
    }
    if (startsWith(m, "Object contains a property that could not be validated")) {
        const std::string marker = "constraints: '";
        const std::size_t p = m.find(marker);
        std::string name = p == std::string::npos ? std::string() : m.substr(p + marker.size());
        if (name.size() >= 2 && name.compare(name.size() - 2, 2, "'.") == 0)
            name.resize(name.size() - 2);
        return std::make_pair(at + "/" + jsonPointerToken(name), Problem{"unknownField", {}});
    }
    if (startsWith(m, "Object should have"))
        return std::make_pair(at, Problem{"properties", {}});
    if (startsWith(m, "Elements at indexes"))
        return std::make_pair(at, Problem{"uniqueItems", {}});
    if (startsWith(m, "Value should be a multiple of "))
        return std::make_pair(at, Problem{"multipleOf", numberText(numberAfter(m, "Value should be a multiple of "))});
    if (m.find("anyOf") != std::string::npos || m.find("oneOf") != std::string::npos
        || m.find("exactly one child") != std::string::npos || m.find("'not'") != std::string::npos)
        return std::make_pair(at, Problem{"form", {}});
    return std::make_pair(at, Problem{"rule", {}});
}

// ---- our own constraints ----

class FormatConstraint : public valijson::constraints::PolyConstraint {
public:
    explicit FormatConstraint(std::string format) : m_format(std::move(format)) {}

    bool validate(const valijson::adapters::Adapter &target, const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        if (!target.isString())
            return true;
        const std::string s = target.asString();
        bool ok = true;
        if (m_format == "date")
            ok = isFormatDate(s);
        else if (m_format == "date-time")
            ok = isFormatDateTime(s);
        else if (m_format == "email")
            ok = isFormatEmail(s);
        if (!ok && results)
            results->pushError(context, "fd:format:" + m_format);
        return ok;
    }

private:
    valijson::constraints::Constraint *cloneInto(void *ptr) const override { return new (ptr) FormatConstraint(*this); }
    size_t sizeOf() const override { return sizeof(FormatConstraint); }

    std::string m_format;
};

class PatternConstraint : public valijson::constraints::PolyConstraint {
public:
    explicit PatternConstraint(const std::string &pattern)
        : m_pattern(pattern), m_regex(std::make_shared<const std::regex>(pattern, std::regex::ECMAScript))
    {
    }

    bool validate(const valijson::adapters::Adapter &target, const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        if (!target.isString())
            return true;
        const std::string s = target.asString();
        // std::regex walks a string recursively; a bounded input keeps it off the stack's end.
        if (codePointCount(s) > kMaxPatternInput) {
            if (results)
                results->pushError(context, "fd:patternTooLong:" + std::to_string(kMaxPatternInput));
            return false;
        }
        if (std::regex_search(s, *m_regex))
            return true;
        if (results)
            results->pushError(context, "fd:pattern:" + m_pattern);
        return false;
    }

private:
    valijson::constraints::Constraint *cloneInto(void *ptr) const override { return new (ptr) PatternConstraint(*this); }
    size_t sizeOf() const override { return sizeof(PatternConstraint); }

    std::string m_pattern;
    std::shared_ptr<const std::regex> m_regex;
};

constexpr const char *kFormatKey = "x-flowdesk-format";
constexpr const char *kPatternKey = "x-flowdesk-pattern";

class FormatBuilder : public valijson::ConstraintBuilder {
public:
    valijson::constraints::Constraint *make(const valijson::adapters::Adapter &value) const override
    {
        std::string format;
        if (!value.getString(format))
            throw std::runtime_error("'format' must be a string");
        return new FormatConstraint(format);
    }
};

class PatternBuilder : public valijson::ConstraintBuilder {
public:
    valijson::constraints::Constraint *make(const valijson::adapters::Adapter &value) const override
    {
        std::string pattern;
        if (!value.getString(pattern))
            throw std::runtime_error("'pattern' must be a string");
        try {
            return new PatternConstraint(pattern);
        } catch (const std::regex_error &) {
            throw std::runtime_error("the pattern '" + pattern + "' is not a regular expression");
        }
    }
};

// Hands "format" and "pattern" of every schema object to our constraints.
// Values of keywords that hold data, not schemas, are left alone.
void renameKeywords(rapidjson::Value &node, rapidjson::Document::AllocatorType &alloc)
{
    if (node.IsArray()) {
        for (auto &item : node.GetArray())
            renameKeywords(item, alloc);
        return;
    }
    if (!node.IsObject())
        return;
    static const std::set<std::string> dataKeywords = {"enum", "default", "examples", "const"};
    for (auto m = node.MemberBegin(); m != node.MemberEnd(); ++m) {
        const std::string name(m->name.GetString(), m->name.GetStringLength());
        if (name == "format" && m->value.IsString())
            m->name.SetString(kFormatKey, alloc);
        else if (name == "pattern" && m->value.IsString())
            m->name.SetString(kPatternKey, alloc);
        else if (!dataKeywords.count(name) && name.rfind("x-", 0) != 0)
            renameKeywords(m->value, alloc);
    }
}

// A schema's references, checked before valijson sees them: valijson follows
// a reference wherever it leads, so a reference to another document, an "id"
// that moves the base, or a reference that leads back to itself would make it
// fetch, or recurse until the stack is gone. A flow's schema is one document:
// every "$ref" is a JSON pointer into it ("#" or "#/…") that resolves, and no
// chain of references returns to where it started. Empty when the schema is fine.
void collectRefs(const rapidjson::Value &node, std::vector<const rapidjson::Value *> &refs, std::string &problem)
{
    if (!problem.empty())
        return;
    if (node.IsArray()) {
        for (const auto &item : node.GetArray())
            collectRefs(item, refs, problem);
        return;
    }
    if (!node.IsObject())
        return;
    static const std::set<std::string> dataKeywords = {"enum", "default", "examples", "const"};
    for (auto m = node.MemberBegin(); m != node.MemberEnd(); ++m) {
        const std::string name(m->name.GetString(), m->name.GetStringLength());
        if (name == "$ref" && m->value.IsString()) {
            const std::string ref(m->value.GetString(), m->value.GetStringLength());
            if (ref != "#" && ref.rfind("#/", 0) != 0) {
                problem = "\"$ref\": \"" + ref.substr(0, 80)
                          + "\" is not a reference into this schema (write \"#/definitions/NAME\")";
                return;
            }
            refs.push_back(&m->value);
        } else if (name == "id" && m->value.IsString()) {
            problem = "\"id\" is not supported in a flow's schema; remove it";
            return;
        } else if (!dataKeywords.count(name) && name.rfind("x-", 0) != 0) {
            collectRefs(m->value, refs, problem);
        }
    }
}

const rapidjson::Value *refTarget(const rapidjson::Document &doc, const rapidjson::Value &ref)
{
    const std::string text(ref.GetString() + 1, ref.GetStringLength() - 1); // without '#'
    if (text.empty())
        return &doc;
    const rapidjson::Pointer pointer(text.c_str(), text.size());
    if (!pointer.IsValid())
        return nullptr;
    return pointer.Get(doc);
}

std::string referenceProblem(const rapidjson::Document &doc)
{
    std::string problem;
    std::vector<const rapidjson::Value *> all;
    collectRefs(doc, all, problem);
    if (!problem.empty() || all.empty())
        return problem;
    if (all.size() > 1000)
        return "more than 1000 \"$ref\" in one schema";
    // Depth-first over "the schema at this target uses these references";
    // a target met again while still being walked is a cycle.
    enum class Mark { Walking, Done };
    std::map<const rapidjson::Value *, Mark> marks;
    std::function<bool(const rapidjson::Value &)> walk = [&](const rapidjson::Value &ref) -> bool {
        const rapidjson::Value *target = refTarget(doc, ref);
        const std::string text(ref.GetString(), ref.GetStringLength());
        if (!target) {
            problem = "\"$ref\": \"" + text.substr(0, 80) + "\" points to nothing in this schema";
            return false;
        }
        const auto it = marks.find(target);
        if (it != marks.end()) {
            if (it->second == Mark::Done)
                return true;
            problem = "\"$ref\": \"" + text.substr(0, 80)
                      + "\" leads back to itself; a flow's schema cannot be recursive";
            return false;
        }
        marks[target] = Mark::Walking;
        std::vector<const rapidjson::Value *> inner;
        collectRefs(*target, inner, problem);
        if (!problem.empty())
            return false;
        for (const rapidjson::Value *r : inner) {
            if (!walk(*r))
                return false;
        }
        marks[target] = Mark::Done;
        return true;
    };
    for (const rapidjson::Value *r : all) {
        if (!walk(*r))
            break;
    }
    return problem;
}

} // namespace

struct PayloadSchema::Impl {
    rapidjson::Document schemaDoc;
    valijson::Schema schema;
};

PayloadSchema::PayloadSchema() : d(std::make_unique<Impl>()) {}
PayloadSchema::~PayloadSchema() = default;

std::shared_ptr<const PayloadSchema> PayloadSchema::compile(const std::string &schemaJson, std::string *problem)
{
    const auto refuse = [&](std::string why) -> std::shared_ptr<const PayloadSchema> {
        if (problem)
            *problem = std::move(why);
        return nullptr;
    };
    std::shared_ptr<PayloadSchema> s(new PayloadSchema());
    const std::string text = schemaJson.empty() ? std::string("{}") : schemaJson;
    if (jsonNestsDeeperThan(text))
        return refuse("nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    auto &doc = s->d->schemaDoc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str(), text.size());
    if (doc.HasParseError())
        return refuse("not JSON");
    if (!doc.IsObject())
        return refuse("not a JSON object");
    if (std::string why = referenceProblem(doc); !why.empty())
        return refuse(std::move(why));
    renameKeywords(doc, doc.GetAllocator());
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
        parser.addConstraintBuilder(kFormatKey, new FormatBuilder);
        parser.addConstraintBuilder(kPatternKey, new PatternBuilder);
        valijson::adapters::RapidJsonAdapter adapter(doc);
        parser.populateSchema(adapter, s->d->schema);
    } catch (const std::exception &e) {
        const std::string what = e.what();
        return refuse(what.empty() ? std::string("it cannot be compiled") : what);
    }
    return s;
}

std::shared_ptr<const PayloadSchema> PayloadSchema::cached(const std::string &schemaJson, std::string *problem)
{
    static std::mutex mutex;
    static std::map<std::string, std::weak_ptr<const PayloadSchema>> compiled;
    {
        std::lock_guard<std::mutex> lock(mutex);
        const auto it = compiled.find(schemaJson);
        if (it != compiled.end()) {
            if (auto alive = it->second.lock())
                return alive;
        }
    }
    auto fresh = compile(schemaJson, problem);
    if (!fresh)
        return nullptr;
    std::lock_guard<std::mutex> lock(mutex);
    for (auto it = compiled.begin(); it != compiled.end();) {
        if (it->second.expired())
            it = compiled.erase(it);
        else
            ++it;
    }
    auto &slot = compiled[schemaJson];
    if (auto alive = slot.lock())
        return alive;
    slot = fresh;
    return fresh;
}

std::vector<Violation> PayloadSchema::validate(const std::string &payloadJson, const std::string &language) const
{
    std::vector<Violation> out;
    if (jsonNestsDeeperThan(payloadJson)) {
        out.push_back({"", localized("tooDeep", language, std::to_string(kMaxJsonDepth))});
        return out;
    }
    rapidjson::Document doc;
    if (doc.Parse<rapidjson::kParseValidateEncodingFlag>(payloadJson.c_str(), payloadJson.size()).HasParseError()) {
        out.push_back({"", localized("notJson", language, rapidjson::GetParseError_En(doc.GetParseError()),
                                     std::to_string(doc.GetErrorOffset()))});
        return out;
    }
    if (const auto twice = duplicateMember(doc)) {
        out.push_back({*twice, localized("duplicate", language)});
        return out;
    }
    valijson::ValidationResults results;
    bool valid = false;
    try {
        valijson::Validator validator(valijson::Validator::kStrongTypes);
        valijson::adapters::RapidJsonAdapter target(doc);
        // Without a place for results, valijson stops at the first problem
        // and words none: the common case, a valid payload, takes that path;
        // a refused one is checked again for every problem.
        valid = validator.validate(d->schema, target, nullptr) || validator.validate(d->schema, target, &results);
    } catch (const std::exception &) {
        out.push_back({"", localized("rule", language)});
        return out;
    }
    if (valid)
        return out;
    std::set<std::pair<std::string, std::string>> seen;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        const auto found = classify(e);
        if (!found)
            continue;
        const auto &[field, problem] = *found;
        std::string kind = problem.kind;
        if (kind == "type") {
            // Name the kind of value the field wants when the schema says one.
            std::string wanted;
            const rapidjson::Value *node = &d->schemaDoc;
            for (std::size_t i = 1; node && i < e.context.size(); ++i) {
                const std::string token = e.context[i].size() >= 2 ? e.context[i].substr(1, e.context[i].size() - 2)
                                                                   : e.context[i];
                const rapidjson::Value *next = nullptr;
                if (node->IsObject()) {
                    const auto props = node->FindMember("properties");
                    const auto items = node->FindMember("items");
                    if (props != node->MemberEnd() && props->value.IsObject() && props->value.HasMember(token.c_str()))
                        next = &props->value[token.c_str()];
                    else if (items != node->MemberEnd() && items->value.IsObject())
                        next = &items->value;
                }
                node = next;
            }
            if (node && node->IsObject()) {
                const auto t = node->FindMember("type");
                if (t != node->MemberEnd() && t->value.IsString())
                    wanted = t->value.GetString();
            }
            if (!wanted.empty() && messageTable().count("type:" + wanted))
                kind = "type:" + wanted;
        }
        std::string text = localized(kind, language, problem.arg);
        if (seen.insert({field, text}).second)
            out.push_back({field, std::move(text)});
    }
    if (out.empty())
        out.push_back({"", localized("rule", language)});
    return out;
}

std::string payloadProblemsText(std::size_t count, const std::string &language)
{
    return count == 1 ? localized("problem", language) : localized("problems", language, std::to_string(count));
}

} // namespace flowdesk::backend
