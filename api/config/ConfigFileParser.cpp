#include "ConfigFileFormat.h"
#include "ConfigFileJavaScript.h"
#include "ConfigFileTokenizer.h"

#include <algorithm>
#include <vector>

// A static reader for the subset of TypeScript a hexclave.config.ts uses, mirroring the official
// parseHexclaveConfigFileContent (Babel): literal values only. Hand-written on characters rather
// than tokens because the only ambiguities (regex vs. division, `<T>` vs. less-than) are refused
// anyway. Recursion is bounded by kMaxDepth, so hostile input ends in an error, not a crash.

namespace hexclave::api {

namespace {

using namespace configfile::detail;

QString notPlainObjectMessage()
{
    return Text::tr("The file must export a plain `config` object: export const config = { … };");
}

// A parsed value; nullopt is `undefined`. `height` = nesting levels below it (0 for scalars).
struct Value
{
    std::optional<Json> json;
    int height = 0;
    qsizetype start = 0;
};

class Parser : private ConfigFileTokenizer
{
public:
    using ConfigFileTokenizer::ConfigFileTokenizer;

    ConfigFile parseFile();

private:
    qsizetype findExport();
    void checkEpilogue();

    Value parseValue(int depth);
    Value parsePrimary(int depth);
    Value parseObject(int depth);
    Value parseArray(int depth);
    void refuseOperatorsAfter(const Value &value);
};

Value Parser::parseValue(int depth)
{
    skipTrivia();
    Value value = parsePrimary(depth);
    while (true) {
        skipTrivia();
        if (atWord(u"as") || atWord(u"satisfies")) {
            readIdentifier();
            skipType();
        } else if (peek() == u'!' && peek(1) != u'=') {
            ++m_pos;
        } else {
            break;
        }
    }
    refuseOperatorsAfter(value);
    return value;
}

void Parser::refuseOperatorsAfter(const Value &value)
{
    const QChar c = peek();
    if (c == u'(')
        fail(value.start, Text::tr("Unsupported config expression: function call"));
    if (c == u'`')
        fail(value.start, Text::tr("Unsupported config expression: template literal"));
    if (c == u'.' || c == u'[' || (c == u'?' && peek(1) == u'.'))
        fail(value.start, Text::tr("Unsupported config expression: property access"));
    static const QString operators = QStringLiteral("+-*/%?|&<>=^~!");
    if (!atEnd() && operators.contains(c))
        fail(value.start,
             Text::tr("Unsupported config expression: operators such as %1 cannot be used; write the value itself.")
                 .arg(u'`' + c + u'`'));
    if (atWord(u"in") || atWord(u"instanceof"))
        fail(value.start,
             Text::tr("Unsupported config expression: operators such as %1 cannot be used; write the value itself.")
                 .arg(u"`in`"));
}

Value Parser::parsePrimary(int depth)
{
    if (depth > kMaxDepth) // parentheses and wrappers count too, so that nothing recurses without end
        fail(m_pos, Text::tr("The configuration is nested too deeply (more than %1 levels).").arg(kMaxDepth));
    const qsizetype start = m_pos;
    if (atEnd())
        fail(start, Text::tr("Unexpected end of file: a value is missing."));
    const QChar c = peek();
    if (c == u'{')
        return parseObject(depth + 1);
    if (c == u'[')
        return parseArray(depth + 1);
    if (c == u'"' || c == u'\'')
        return {Json(json::toStd(readString())), 0, start};
    if (c.isDigit() || (c == u'.' && peek(1).isDigit()))
        return {numberJson(readNumber()), 0, start};
    if (c == u'-') {
        ++m_pos;
        skipTrivia();
        if (!(peek().isDigit() || (peek() == u'.' && peek(1).isDigit())))
            fail(start, Text::tr("Unsupported config expression: a minus sign is only allowed before a number."));
        return {numberJson(-readNumber()), 0, start};
    }
    if (c == u'(') {
        ++m_pos;
        skipTrivia();
        if (peek() == u')')
            fail(start, Text::tr("Unsupported config expression: function"));
        Value inner = parseValue(depth + 1);
        skipTrivia();
        if (peek() == u',')
            fail(m_pos, Text::tr("Unsupported config expression: comma operator"));
        if (peek() != u')')
            fail(m_pos, atEnd() ? Text::tr("Unexpected end of file: `)` is missing.") : Text::tr("`)` expected here."));
        ++m_pos;
        inner.start = start;
        return inner;
    }
    if (c == u'<') { // <Type>value, the old form of `value as Type`
        skipBalanced();
        Value inner = parseValue(depth + 1);
        inner.start = start;
        return inner;
    }
    if (c == u'`')
        fail(start, Text::tr("Unsupported config expression: template literal (use \"double\" or 'single' quotes)"));
    if (c == u'/')
        fail(start, Text::tr("Unsupported config expression: regular expression"));
    if (isIdentifierStart(c) || c == u'\\') {
        if (c == u'\\')
            fail(start, Text::tr("Unsupported config expression: identifier"));
        const QString word = readIdentifier();
        if (word == u"true" || word == u"false")
            return {Json(word == u"true"), 0, start};
        if (word == u"null")
            return {Json(nullptr), 0, start};
        if (word == u"undefined")
            return {std::nullopt, 0, start};
        if (word == u"new")
            fail(start, Text::tr("Unsupported config expression: `new`"));
        if (word == u"function" || word == u"class" || word == u"async")
            fail(start,
                 Text::tr("Unsupported config expression: %1")
                     .arg(word == u"class" ? QStringLiteral("class") : QStringLiteral("function")));
        if (word == u"typeof" || word == u"void" || word == u"delete" || word == u"await" || word == u"yield")
            fail(start,
                 Text::tr("Unsupported config expression: operators such as %1 cannot be used; write the value itself.")
                     .arg(u'`' + word + u'`'));
        skipTrivia();
        if (word == u"defineHexclaveConfig" || word == u"defineStackConfig") {
            if (peek() == u'<')
                skipBalanced();
            skipTrivia();
            if (peek() == u'(') {
                ++m_pos;
                Value inner = parseValue(depth + 1);
                skipTrivia();
                if (peek() == u',') {
                    ++m_pos;
                    skipTrivia();
                }
                if (peek() != u')')
                    fail(m_pos, Text::tr("%1 takes the configuration object as its only argument.").arg(word));
                ++m_pos;
                inner.start = start;
                return inner;
            }
        }
        bool member = false;
        while (peek() == u'.' || (peek() == u'?' && peek(1) == u'.')) { // a.b.c or a?.b, maybe called
            m_pos += peek() == u'.' ? 1 : 2;
            skipTrivia();
            if (!isIdentifierStart(peek()))
                break;
            readIdentifier();
            skipTrivia();
            member = true;
        }
        if (peek() == u'(')
            fail(start, Text::tr("Unsupported config expression: function call"));
        if (member)
            fail(start, Text::tr("Unsupported config expression: property access"));
        if (startsWith(u"=>"))
            fail(start, Text::tr("Unsupported config expression: function"));
        fail(start,
             Text::tr("Unsupported config expression: the variable `%1` (only literal values can be used)").arg(word));
    }
    if (c == u'+' || c == u'!' || c == u'~')
        fail(start,
             Text::tr("Unsupported config expression: operators such as %1 cannot be used; write the value itself.")
                 .arg(u'`' + c + u'`'));
    if (c == u'.' && startsWith(u"..."))
        fail(start, Text::tr("Config arrays cannot contain holes or spreads."));
    fail(start, Text::tr("Unexpected character `%1`: a value is expected here.").arg(c));
}

Value Parser::parseObject(int depth)
{
    const qsizetype start = m_pos;
    if (depth > kMaxDepth)
        fail(start, Text::tr("The configuration is nested too deeply (more than %1 levels).").arg(kMaxDepth));
    ++m_pos; // {
    struct Entry
    {
        QString key;
        Value value;
        qsizetype keyOffset;
    };
    std::vector<Entry> entries;
    QHash<QString, std::size_t> indexOf;
    while (true) {
        skipTrivia();
        if (atEnd())
            fail(m_pos, Text::tr("Unexpected end of file: the object that starts at %1 is not closed with `}`."),
                 start);
        if (peek() == u'}') {
            ++m_pos;
            break;
        }
        const qsizetype keyOffset = m_pos;
        const QChar c = peek();
        QString key;
        bool identifierKey = false;
        if (startsWith(u"..."))
            fail(keyOffset, Text::tr("Config objects cannot contain spreads."));
        if (c == u'[')
            fail(keyOffset, Text::tr("Config object keys cannot be computed."));
        if (c == u'*')
            fail(keyOffset, Text::tr("Config objects cannot contain methods."));
        if (c == u'"' || c == u'\'') {
            key = readString();
        } else if (c.isDigit() || (c == u'.' && peek(1).isDigit())) {
            key = jsNumber(readNumber());
        } else if (isIdentifierStart(c)) {
            key = readIdentifier();
            identifierKey = true;
            if (key == u"get" || key == u"set" || key == u"async") {
                skipTrivia();
                const QChar next = peek();
                if (isIdentifierStart(next) || next == u'"' || next == u'\'' || next == u'[' || next.isDigit()
                    || next == u'*')
                    fail(keyOffset, Text::tr("Config objects cannot contain methods."));
            }
        } else {
            fail(keyOffset, Text::tr("Unexpected character `%1`: a key or `}` is expected here.").arg(c));
        }
        skipTrivia();
        if (peek() == u'(' || peek() == u'<')
            fail(keyOffset, Text::tr("Config objects cannot contain methods."));
        if (peek() != u':') {
            if (identifierKey && (peek() == u',' || peek() == u'}' || peek() == u'='))
                fail(keyOffset,
                     Text::tr("Unsupported config expression: the variable `%1` (write `%1: value`)").arg(key));
            fail(m_pos,
                 atEnd() ? Text::tr("Unexpected end of file: `:` and a value are missing after the key.")
                         : Text::tr("`:` expected after the key \"%1\".").arg(key));
        }
        ++m_pos;
        if (key == u"__proto__")
            fail(keyOffset, Text::tr("`__proto__` cannot be used as a key."));
        Value value = parseValue(depth);
        if (const auto it = indexOf.constFind(key); it != indexOf.constEnd()) {
            entries[*it].value = std::move(value); // later wins, in the place of the first (as in JavaScript)
            entries[*it].keyOffset = keyOffset;
        } else {
            indexOf.insert(key, entries.size());
            entries.push_back({key, std::move(value), keyOffset});
        }
        skipTrivia();
        if (peek() == u',') {
            ++m_pos;
        } else if (peek() != u'}') {
            if (atEnd())
                fail(m_pos, Text::tr("Unexpected end of file: the object that starts at %1 is not closed with `}`."),
                     start);
            fail(m_pos, Text::tr("`,` or `}` expected here."));
        }
    }

    // JavaScript's key order (array indexes first), then the CLI's normalize(): keys with fewer
    // dots first, dotted keys expanded into nested objects, null values dropped.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const auto ia = arrayIndex(a.key);
        const auto ib = arrayIndex(b.key);
        if (ia && ib)
            return *ia < *ib;
        return ia.has_value() && !ib.has_value();
    });
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.key.count(u'.') < b.key.count(u'.'); });
    Json result = Json::object();
    int height = 1;
    for (Entry &entry : entries) {
        if (!entry.value.json)
            continue; // undefined: JSON.stringify leaves the key out
        const QStringList segments = entry.key.split(u'.');
        const int entryHeight = int(segments.size()) + entry.value.height;
        if (depth - 1 + entryHeight > kMaxDepth)
            fail(entry.keyOffset,
                 Text::tr("The configuration is nested too deeply (more than %1 levels).").arg(kMaxDepth));
        height = std::max(height, entryHeight);
        Json *node = &result;
        QString prefix;
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            prefix = prefix.isEmpty() ? segments[i] : prefix + u'.' + segments[i];
            Json &child = (*node)[json::toStd(segments[i])];
            if (child.is_null())
                child = Json::object();
            else if (!child.is_object())
                fail(entry.keyOffset,
                     Text::tr("The key \"%1\" sets a value inside \"%2\", but \"%2\" is not an object here.")
                         .arg(entry.key, prefix));
            node = &child;
        }
        const std::string last = json::toStd(segments.last());
        Json &value = *entry.value.json;
        if (value.is_null()) {
            node->erase(last);
            continue;
        }
        const auto existing = node->find(last);
        if (value.is_object() && existing != node->end() && existing->is_object()) {
            // Both already normalized: merge without recursion limits to worry about (depth checked above).
            std::vector<std::pair<Json *, Json *>> pending{{&*existing, &value}};
            while (!pending.empty()) {
                auto [target, source] = pending.back();
                pending.pop_back();
                for (auto &[childKey, childValue] : source->items()) {
                    Json &slot = (*target)[childKey];
                    if (childValue.is_object() && slot.is_object())
                        pending.emplace_back(&slot, &childValue);
                    else
                        slot = std::move(childValue);
                }
            }
        } else {
            (*node)[last] = std::move(value);
        }
    }
    return {std::move(result), height, start};
}

Value Parser::parseArray(int depth)
{
    const qsizetype start = m_pos;
    if (depth > kMaxDepth)
        fail(start, Text::tr("The configuration is nested too deeply (more than %1 levels).").arg(kMaxDepth));
    ++m_pos; // [
    Json result = Json::array();
    int height = 1;
    while (true) {
        skipTrivia();
        if (atEnd())
            fail(m_pos, Text::tr("Unexpected end of file: the array that starts at %1 is not closed with `]`."), start);
        if (peek() == u']') {
            ++m_pos;
            break;
        }
        if (peek() == u',' || startsWith(u"..."))
            fail(m_pos, Text::tr("Config arrays cannot contain holes or spreads."));
        Value element = parseValue(depth);
        height = std::max(height, element.height + 1);
        result.push_back(element.json ? std::move(*element.json) : Json(nullptr)); // JSON.stringify: undefined → null
        skipTrivia();
        if (peek() == u',') {
            ++m_pos;
        } else if (peek() != u']') {
            if (atEnd())
                fail(m_pos, Text::tr("Unexpected end of file: the array that starts at %1 is not closed with `]`."),
                     start);
            fail(m_pos, Text::tr("`,` or `]` expected here."));
        }
    }
    return {std::move(result), height, start};
}

// The offset of `export const config` (outside comments and strings), or -1.
qsizetype Parser::findExport()
{
    m_pos = 0;
    while (!atEnd()) {
        skipTrivia();
        if (atEnd())
            break;
        const QChar c = peek();
        if (c == u'"' || c == u'\'') {
            const qsizetype save = m_pos;
            try {
                readString();
            } catch (const Failure &) {
                m_pos = save + 1; // an odd quote in some other statement: not our concern
            }
        } else if (c == u'`') {
            const qsizetype end = m_text.indexOf(u'`', m_pos + 1);
            m_pos = end < 0 ? m_text.size() : end + 1;
        } else if (isIdentifierStart(c)) {
            const qsizetype start = m_pos;
            if (readIdentifier() != u"export")
                continue;
            skipTrivia();
            if (!(atWord(u"const") || atWord(u"let") || atWord(u"var")))
                continue;
            readIdentifier();
            skipTrivia();
            if (!atWord(u"config"))
                continue;
            readIdentifier();
            skipTrivia();
            if (peek() == u':' || peek() == u'=')
                return start;
        } else {
            ++m_pos;
        }
    }
    return -1;
}

void Parser::checkEpilogue()
{
    while (true) {
        skipTrivia();
        if (atEnd())
            return;
        const qsizetype start = m_pos;
        bool ok = atWord(u"export");
        if (ok) {
            readIdentifier();
            skipTrivia();
            ok = atWord(u"default");
        }
        if (ok) {
            readIdentifier();
            skipTrivia();
            ok = atWord(u"config");
        }
        if (ok) {
            readIdentifier();
            skipTrivia();
            if (peek() == u';')
                ++m_pos;
            continue;
        }
        fail(start, Text::tr("Only comments and `export default config;` may follow the `config` export."));
    }
}

ConfigFile Parser::parseFile()
{
    const qsizetype exportStart = findExport();
    if (exportStart < 0) {
        if (m_text.trimmed().isEmpty() || m_text.trimmed() == QString(QChar(0xFEFF)))
            return ConfigFile::empty(); // an empty file is an empty configuration, as for the official parser
        fail(0, notPlainObjectMessage());
    }
    ConfigFile file;
    file.preamble = m_text.left(exportStart);
    m_pos = exportStart;
    readIdentifier(); // export
    skipTrivia();
    readIdentifier(); // const
    skipTrivia();
    readIdentifier(); // config
    skipTrivia();
    if (peek() == u':') {
        ++m_pos;
        skipTrivia();
        const qsizetype typeStart = m_pos;
        skipType();
        file.typeName = m_text.mid(typeStart, m_tokenEnd - typeStart).trimmed();
        skipTrivia();
        if (peek() != u'=')
            fail(m_pos, Text::tr("`=` expected after the type of `config`."));
    }
    ++m_pos; // =
    skipTrivia();
    const Value value = parseValue(0);
    Json config = Json::object();
    if (value.json && value.json->is_object())
        config = *value.json;
    else if (value.json && value.json->is_string() && value.json->get_ref<const std::string &>() == "show-onboarding")
        file.showOnboarding = true;
    else
        fail(value.start, notPlainObjectMessage());
    skipTrivia();
    if (peek() == u';')
        ++m_pos;
    const qsizetype end = m_pos;
    checkEpilogue();
    const QString rest = m_text.mid(end);
    if (!rest.trimmed().isEmpty())
        file.epilogue = rest;
    orderKeysLikeJavaScript(config);
    file.config
        = ConfigTree::fromJsonText(QString::fromStdString(config.dump(-1, ' ', false, Json::error_handler_t::replace)));
    return file;
}

} // namespace

namespace configfile {

std::optional<ConfigFile> parse(const QString &text, ConfigFileError *error)
{
    try {
        Parser parser(text);
        return parser.parseFile();
    } catch (const Failure &failure) {
        if (error)
            *error = errorAt(text, failure);
    } catch (const std::exception &exception) {
        if (error)
            *error = {1, 1, Text::tr("The file cannot be read: %1").arg(QString::fromLocal8Bit(exception.what()))};
    }
    return std::nullopt;
}

} // namespace configfile
} // namespace hexclave::api
