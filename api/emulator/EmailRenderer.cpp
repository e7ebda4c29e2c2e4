#include "EmailRenderer.h"

#include <QRegularExpression>
#include <QString>

#include <cctype>
#include <map>
#include <stdexcept>
#include <vector>

namespace hexclave::emulator {

namespace {

// A build error at an offset of a file, worded like esbuild's (which the server's bundler is).
struct BuildError : std::runtime_error
{
    BuildError(std::size_t offset, const std::string &message)
        : std::runtime_error(message)
        , offset(offset)
    {
    }
    std::size_t offset;
};

std::string located(const std::string &source, const char *file, std::size_t offset, const std::string &message)
{
    int line = 1;
    int column = 0;
    for (std::size_t i = 0; i < offset && i < source.size(); ++i) {
        if (source[i] == '\n') {
            ++line;
            column = 0;
        } else {
            ++column;
        }
    }
    return "Build failed with 1 error:\nvirtual:/" + std::string(file) + ":" + std::to_string(line) + ":"
        + std::to_string(column) + ": ERROR: " + message;
}

// Braces, parentheses and brackets must pair up (strings are not told apart from JSX text, whose
// apostrophes would look like quotes; a bracket inside a string literal is rare in emails).
void checkBalance(const std::string &source)
{
    std::vector<std::pair<char, std::size_t>> open;
    for (std::size_t i = 0; i < source.size(); ++i) {
        const char c = source[i];
        if (c == '{' || c == '(' || c == '[') {
            open.emplace_back(c, i);
        } else if (c == '}' || c == ')' || c == ']') {
            const char expected = c == '}' ? '{' : c == ')' ? '(' : '[';
            if (open.empty() || open.back().first != expected)
                throw BuildError(i, std::string("Unexpected \"") + c + "\"");
            open.pop_back();
        }
    }
    if (!open.empty()) {
        const char opener = open.back().first;
        const char closer = opener == '{' ? '}' : opener == '(' ? ')' : ']';
        throw BuildError(source.size(), std::string("Expected \"") + closer + "\" but found end of file");
    }
}

std::string htmlEscape(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string trim(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// JSX text: lines are trimmed and joined with a space, blank lines dropped.
std::string jsxText(const std::string &raw)
{
    if (raw.find('\n') == std::string::npos)
        return raw;
    std::string out;
    std::size_t start = 0;
    while (start <= raw.size()) {
        const auto end = raw.find('\n', start);
        const std::string line = trim(raw.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (!line.empty()) {
            if (!out.empty())
                out += ' ';
            out += line;
        }
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

bool isNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == '$';
}

// The values expressions of an email can name.
struct Scope
{
    std::map<std::string, std::string> values; // "project.displayName" → "Demo Project"
    const std::string *children = nullptr;      // a theme's content (raw HTML)
};

// Evaluates the simple expressions emails use: string and template literals, names, `+`,
// `a ? b : c`, `a && b` and parentheses. Anything else is unknown (none).
class Expression
{
public:
    static std::optional<std::string> evaluate(const std::string &text, const Scope &scope)
    {
        std::string expression = trim(text);
        while (expression.size() >= 2 && expression.front() == '(' && closingOf(expression, 0) == expression.size() - 1)
            expression = trim(expression.substr(1, expression.size() - 2));
        if (expression.empty())
            return std::nullopt;
        if (const auto question = topLevel(expression, '?'); question != std::string::npos) {
            const auto colon = topLevel(expression, ':', question + 1);
            if (colon == std::string::npos)
                return std::nullopt;
            const auto condition = evaluate(expression.substr(0, question), scope);
            const bool truthy = condition && !condition->empty();
            return evaluate(truthy ? expression.substr(question + 1, colon - question - 1) : expression.substr(colon + 1), scope);
        }
        if (const auto both = topLevelPair(expression, "&&"); both != std::string::npos) {
            const auto condition = evaluate(expression.substr(0, both), scope);
            if (!condition || condition->empty())
                return std::string();
            return evaluate(expression.substr(both + 2), scope);
        }
        if (const auto plus = topLevel(expression, '+'); plus != std::string::npos) {
            const auto left = evaluate(expression.substr(0, plus), scope);
            const auto right = evaluate(expression.substr(plus + 1), scope);
            if (!left && !right)
                return std::nullopt;
            return left.value_or(std::string()) + right.value_or(std::string());
        }
        return term(expression, scope);
    }

    // The index of the bracket closing the one at `open`, or npos.
    static std::size_t closingOf(const std::string &text, std::size_t open)
    {
        int depth = 0;
        for (std::size_t i = open; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"' || c == '\'' || c == '`') {
                i = endOfString(text, i);
                continue;
            }
            if (c == '(' || c == '{' || c == '[')
                ++depth;
            else if ((c == ')' || c == '}' || c == ']') && --depth == 0)
                return i;
        }
        return std::string::npos;
    }

    // The index of the quote closing the string literal that starts at `start` (or the end).
    static std::size_t endOfString(const std::string &text, std::size_t start)
    {
        const char quote = text[start];
        for (std::size_t i = start + 1; i < text.size(); ++i) {
            if (text[i] == '\\') {
                ++i;
            } else if (quote == '`' && text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') {
                const auto close = closingOf(text, i + 1);
                if (close == std::string::npos)
                    return text.size();
                i = close;
            } else if (text[i] == quote) {
                return i;
            }
        }
        return text.size();
    }

private:
    static std::size_t topLevel(const std::string &text, char wanted, std::size_t from = 0)
    {
        int depth = 0;
        for (std::size_t i = from; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"' || c == '\'' || c == '`') {
                i = endOfString(text, i);
                continue;
            }
            if (c == '(' || c == '{' || c == '[')
                ++depth;
            else if (c == ')' || c == '}' || c == ']')
                --depth;
            else if (depth == 0 && c == wanted)
                return i;
        }
        return std::string::npos;
    }

    static std::size_t topLevelPair(const std::string &text, const char *pair)
    {
        std::size_t from = 0;
        while (true) {
            const auto at = topLevel(text, pair[0], from);
            if (at == std::string::npos || at + 1 >= text.size())
                return std::string::npos;
            if (text[at + 1] == pair[1])
                return at;
            from = at + 1;
        }
    }

    static std::optional<std::string> term(const std::string &text, const Scope &scope)
    {
        const char first = text.front();
        if ((first == '"' || first == '\'') && endOfString(text, 0) == text.size() - 1)
            return unescape(text.substr(1, text.size() - 2));
        if (first == '`' && endOfString(text, 0) == text.size() - 1) {
            std::string out;
            for (std::size_t i = 1; i + 1 < text.size(); ++i) {
                if (text[i] == '$' && text[i + 1] == '{') {
                    const auto close = closingOf(text, i + 1);
                    out += evaluate(text.substr(i + 2, close - i - 2), scope).value_or(std::string());
                    i = close;
                } else if (text[i] == '\\' && i + 2 < text.size()) {
                    out += text[++i];
                } else {
                    out += text[i];
                }
            }
            return out;
        }
        if (std::isdigit(static_cast<unsigned char>(first)))
            return text;
        const auto value = scope.values.find(text);
        if (value != scope.values.end())
            return value->second;
        return std::nullopt;
    }

    static std::string unescape(const std::string &text)
    {
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\\' && i + 1 < text.size()) {
                const char next = text[++i];
                out += next == 'n' ? '\n' : next;
            } else {
                out += text[i];
            }
        }
        return out;
    }
};

// Reads JSX from an offset and writes it out as HTML.
class JsxWriter
{
public:
    JsxWriter(const std::string &source, const Scope &scope)
        : m_source(source)
        , m_scope(scope)
    {
    }

    std::optional<std::string> subject;
    std::optional<std::string> notificationCategory;

    // The element starting at `offset` (a '<'), as HTML.
    std::string element(std::size_t &offset)
    {
        std::string out;
        writeElement(offset, out);
        return out;
    }

private:
    struct Attribute
    {
        std::string name;
        std::optional<std::string> value;
    };

    [[noreturn]] void fail(std::size_t offset, const std::string &message) const { throw BuildError(offset, message); }

    char at(std::size_t offset) const { return offset < m_source.size() ? m_source[offset] : '\0'; }

    void skipSpace(std::size_t &offset) const
    {
        while (offset < m_source.size() && std::isspace(static_cast<unsigned char>(m_source[offset])))
            ++offset;
    }

    std::string name(std::size_t &offset) const
    {
        const std::size_t start = offset;
        while (offset < m_source.size() && isNameChar(m_source[offset]))
            ++offset;
        return m_source.substr(start, offset - start);
    }

    // `{…}` at offset: its inside; offset moves past the closing brace.
    std::string braced(std::size_t &offset) const
    {
        const auto close = Expression::closingOf(m_source, offset);
        if (close == std::string::npos)
            fail(m_source.size(), "Expected \"}\" but found end of file");
        std::string inside = m_source.substr(offset + 1, close - offset - 1);
        offset = close + 1;
        return inside;
    }

    std::vector<Attribute> attributes(std::size_t &offset, bool &selfClosing, const std::string &tag)
    {
        std::vector<Attribute> result;
        while (true) {
            skipSpace(offset);
            const char c = at(offset);
            if (c == '\0')
                fail(offset, "Expected \">\" but found end of file");
            if (c == '/' && at(offset + 1) == '>') {
                offset += 2;
                selfClosing = true;
                return result;
            }
            if (c == '>') {
                ++offset;
                selfClosing = false;
                return result;
            }
            if (c == '{') { // {...spread}
                braced(offset);
                continue;
            }
            Attribute attribute;
            attribute.name = name(offset);
            if (attribute.name.empty())
                fail(offset, std::string("Expected \">\" but found \"") + c + "\" in <" + tag + ">");
            skipSpace(offset);
            if (at(offset) == '=') {
                ++offset;
                skipSpace(offset);
                const char quote = at(offset);
                if (quote == '"' || quote == '\'') {
                    const auto end = m_source.find(quote, offset + 1);
                    if (end == std::string::npos)
                        fail(m_source.size(), "Unterminated string literal");
                    attribute.value = m_source.substr(offset + 1, end - offset - 1);
                    offset = end + 1;
                } else if (quote == '{') {
                    attribute.value = Expression::evaluate(braced(offset), m_scope);
                } else {
                    fail(offset, "Expected attribute value");
                }
            }
            result.push_back(std::move(attribute));
        }
    }

    static const std::string *find(const std::vector<Attribute> &attributes, const char *name)
    {
        for (const Attribute &attribute : attributes) {
            if (attribute.name == name && attribute.value)
                return &*attribute.value;
        }
        return nullptr;
    }

    // A few Tailwind classes the built-in emails use, as inline styles.
    static std::string styleOf(const std::vector<Attribute> &attributes, const std::string &tag)
    {
        const std::string *classes = find(attributes, "className");
        if (!classes)
            return {};
        std::string style;
        static const QRegularExpression background(QStringLiteral(R"(\bbg-\[(#[0-9a-fA-F]{3,8})\])"));
        const auto match = background.match(QString::fromStdString(*classes));
        if (match.hasMatch())
            style += "background-color:" + match.captured(1).toStdString() + ";";
        const auto has = [classes](const char *name) {
            return (" " + *classes + " ").find(std::string(" ") + name + " ") != std::string::npos;
        };
        if (has("text-white"))
            style += "color:#ffffff;";
        if (has("text-center"))
            style += "text-align:center;";
        if (has("font-bold"))
            style += "font-weight:bold;";
        if (has("font-mono"))
            style += "font-family:monospace;";
        if (tag == "Container")
            style += "max-width:600px;margin:0 auto;padding:45px;border-radius:8px;";
        if (tag == "Button")
            style += "display:inline-block;padding:12px 20px;border-radius:4px;background-color:#f0f0f0;color:#000000;text-decoration:none;";
        return style;
    }

    // The HTML element a JSX element becomes; empty: only its children.
    static std::string htmlTag(const std::string &tag, const std::vector<Attribute> &attributes)
    {
        static const std::map<std::string, std::string> components = {
            {"Html", "html"}, {"Body", "body"}, {"Container", "div"}, {"Section", "div"}, {"Row", "div"},
            {"Column", "div"}, {"Text", "p"}, {"Button", "a"}, {"Link", "a"}, {"Hr", "hr"}, {"Img", "img"},
            {"Heading", "h2"}, {"Tailwind", ""}, {"Preview", ""}};
        if (tag == "Heading") {
            const std::string *as = find(attributes, "as");
            return as && as->size() == 2 && (*as)[0] == 'h' ? *as : std::string("h2");
        }
        const auto known = components.find(tag);
        if (known != components.end())
            return known->second;
        if (!tag.empty() && std::islower(static_cast<unsigned char>(tag.front())))
            return tag;
        return {};
    }

    static bool isVoid(const std::string &tag) { return tag == "hr" || tag == "br" || tag == "img"; }

    void writeElement(std::size_t &offset, std::string &out)
    {
        const std::size_t start = offset;
        ++offset; // '<'
        const std::string tag = name(offset);
        bool selfClosing = false;
        const std::vector<Attribute> attrs = tag.empty() ? std::vector<Attribute>{} : attributes(offset, selfClosing, tag);
        if (tag.empty()) {
            if (at(offset) != '>')
                fail(offset, "Expected identifier but found \"" + std::string(1, at(offset)) + "\"");
            ++offset;
        }
        if (tag == "Subject" || tag == "NotificationCategory") {
            const std::string *value = find(attrs, "value");
            (tag == "Subject" ? subject : notificationCategory) = value ? *value : std::string();
        }
        const bool silent = tag == "Subject" || tag == "NotificationCategory" || tag == "Head" || tag == "ProjectLogo";
        const std::string html = silent ? std::string() : htmlTag(tag, attrs);
        if (tag == "Head")
            out += "<head><meta charset=\"utf-8\"></head>";
        if (!html.empty()) {
            out += '<' + html;
            const std::string style = styleOf(attrs, tag);
            if (!style.empty())
                out += " style=\"" + htmlEscape(style) + '"';
            for (const char *kept : {"href", "src", "alt"}) {
                if (const std::string *value = find(attrs, kept))
                    out += std::string(" ") + kept + "=\"" + htmlEscape(*value) + '"';
            }
            out += '>';
        }
        if (!selfClosing)
            writeChildren(offset, out, tag, start);
        if (!html.empty() && !isVoid(html))
            out += "</" + html + '>';
    }

    void writeChildren(std::size_t &offset, std::string &out, const std::string &tag, std::size_t openedAt)
    {
        std::string text;
        const auto flushText = [&] {
            out += htmlEscape(jsxText(text));
            text.clear();
        };
        while (true) {
            const char c = at(offset);
            if (c == '\0')
                fail(openedAt, "Unexpected end of file before a closing \"" + tag + "\" tag");
            if (c == '<' && at(offset + 1) == '/') {
                flushText();
                std::size_t closeAt = offset + 2;
                const std::string closing = name(closeAt);
                skipSpace(closeAt);
                if (at(closeAt) != '>')
                    fail(closeAt, "Expected \">\" but found \"" + std::string(1, at(closeAt)) + "\"");
                if (closing != tag)
                    fail(offset, "Unexpected closing \"" + closing + "\" tag does not match opening \"" + tag + "\" tag");
                offset = closeAt + 1;
                return;
            }
            if (c == '<') {
                flushText();
                writeElement(offset, out);
                continue;
            }
            if (c == '{') {
                flushText();
                writeExpression(braced(offset), out);
                continue;
            }
            text += c;
            ++offset;
        }
    }

    // A child expression: the theme's {children}, a value, or JSX behind a condition.
    void writeExpression(const std::string &expression, std::string &out)
    {
        const std::string trimmed = trim(expression);
        if (trimmed.empty() || trimmed.rfind("/*", 0) == 0)
            return;
        if (trimmed == "children") {
            if (m_scope.children)
                out += *m_scope.children;
            return;
        }
        const auto jsx = trimmed.find('<');
        if (jsx != std::string::npos && jsx + 1 < trimmed.size() && std::isalpha(static_cast<unsigned char>(trimmed[jsx + 1]))) {
            const auto condition = trimmed.find("&&");
            if (condition != std::string::npos && condition < jsx) {
                const auto value = Expression::evaluate(trimmed.substr(0, condition), m_scope);
                if (!value || value->empty())
                    return;
            }
            JsxWriter inner(trimmed, m_scope);
            std::size_t offset = jsx;
            out += inner.element(offset);
            if (inner.subject)
                subject = inner.subject;
            if (inner.notificationCategory)
                notificationCategory = inner.notificationCategory;
            return;
        }
        if (const auto value = Expression::evaluate(trimmed, m_scope))
            out += htmlEscape(*value);
    }

    const std::string &m_source;
    const Scope &m_scope;
};

// Where the exported component `name` is and the first JSX element it returns.
struct ComponentStart
{
    bool exported = false;
    std::size_t jsx = std::string::npos; // npos: it returns no JSX
};

ComponentStart componentStart(const std::string &source, const char *component)
{
    const QRegularExpression exported(QStringLiteral(R"(export\s+(default\s+)?(function\s+|const\s+)%1\b)")
                                          .arg(QString::fromLatin1(component)));
    const QString text = QString::fromStdString(source);
    const auto match = exported.match(text);
    if (!match.hasMatch())
        return {};
    const auto from = std::size_t(QStringView(text).left(match.capturedEnd()).toUtf8().size());
    const auto returned = source.find("return", from);
    return {true, returned == std::string::npos ? std::string::npos : source.find('<', returned)};
}

// EmailTemplate.PreviewVariables = { key: "value", … }: what previews fill variables with.
void addPreviewVariables(const std::string &source, Scope &scope)
{
    const auto at = source.find("EmailTemplate.PreviewVariables");
    if (at == std::string::npos)
        return;
    const auto open = source.find('{', at);
    const auto close = open == std::string::npos ? std::string::npos : Expression::closingOf(source, open);
    if (close == std::string::npos)
        return;
    static const QRegularExpression pair(QStringLiteral(R"(([A-Za-z_$][\w$]*)\s*:\s*("[^"]*"|'[^']*'|\d+(?:\.\d+)?))"));
    auto matches = pair.globalMatch(QString::fromStdString(source.substr(open + 1, close - open - 1)));
    while (matches.hasNext()) {
        const auto match = matches.next();
        QString value = match.captured(2);
        if (value.startsWith(u'"') || value.startsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        scope.values["variables." + match.captured(1).toStdString()] = value.toStdString();
    }
}

std::string missingExport(const char *file, const char *name, int line)
{
    return "Build failed with 1 error:\nvirtual:/render.tsx:" + std::to_string(line) + ":9: ERROR: No matching export in \"virtual:/"
        + file + "\" for import \"" + name + "\"";
}

// The content of a template or theme; throws the build error as text.
std::string writeComponent(const std::string &source, const char *file, const char *component, int importLine,
                           const Scope &scope, JsxWriter *&writerOut, std::optional<JsxWriter> &holder)
{
    try {
        checkBalance(source);
    } catch (const BuildError &error) {
        throw std::runtime_error(located(source, file, error.offset, error.what()));
    }
    const ComponentStart start = componentStart(source, component);
    if (!start.exported)
        throw std::runtime_error(missingExport(file, component, importLine));
    holder.emplace(source, scope);
    writerOut = &*holder;
    if (start.jsx == std::string::npos)
        return {};
    try {
        std::size_t offset = start.jsx;
        return holder->element(offset);
    } catch (const BuildError &error) {
        throw std::runtime_error(located(source, file, error.offset, error.what()));
    }
}

Scope scopeOf(const EmailRenderer::Values &values)
{
    Scope scope;
    scope.values["project.displayName"] = values.projectDisplayName;
    scope.values["user.displayName"] = values.userDisplayName;
    scope.values["unsubscribeLink"] = "https://example.com/unsubscribe";
    return scope;
}

// The whole page: the content in the theme (or in a bare page without one). Throws the theme's
// build error as text.
std::string page(const std::string &content, const std::optional<std::string> &themeSource, const Scope &scope)
{
    if (!themeSource)
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + content + "</body></html>";
    Scope themeScope = scope;
    themeScope.children = &content;
    JsxWriter *themeWriter = nullptr;
    std::optional<JsxWriter> themeHolder;
    std::string html = writeComponent(*themeSource, "theme.tsx", "EmailTheme", 9, themeScope, themeWriter, themeHolder);
    if (html.rfind("<html", 0) != 0)
        html = "<html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>";
    return "<!DOCTYPE html>" + html;
}

} // namespace

EmailRenderer::Result EmailRenderer::render(const std::string &templateSource, const std::optional<std::string> &themeSource,
                                            const Values &values)
{
    Result result;
    Scope scope = scopeOf(values);
    addPreviewVariables(templateSource, scope);
    try {
        JsxWriter *writer = nullptr;
        std::optional<JsxWriter> holder;
        const std::string content = writeComponent(templateSource, "template.tsx", "EmailTemplate", 8, scope, writer, holder);
        result.subject = writer->subject;
        result.notificationCategory = writer->notificationCategory;
        result.html = page(content, themeSource, scope);
    } catch (const std::runtime_error &error) {
        result = Result();
        result.error = error.what();
    }
    return result;
}

EmailRenderer::Result EmailRenderer::wrap(const std::string &contentHtml, const std::optional<std::string> &themeSource,
                                          const Values &values)
{
    Result result;
    try {
        result.html = page(contentHtml, themeSource, scopeOf(values));
    } catch (const std::runtime_error &error) {
        result.error = error.what();
    }
    return result;
}

std::optional<std::string> EmailRenderer::themeProblem(const std::string &themeSource)
{
    const std::string preview = "export function EmailTemplate() {\n  return <p>Preview</p>;\n}\n";
    return render(preview, themeSource, {"Project", "User"}).error;
}

} // namespace hexclave::emulator
