#include "models/Template.h"

#include "models/Logging.h"
#include "models/RequestCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <array>
#include <utility>

const QLatin1String Template::kFormatKey("deskwiz_template");

namespace {

const QLatin1String kName("name");
const QLatin1String kDescription("description");
const QLatin1String kContext("context");
const QLatin1String kConnection("connection");
const QLatin1String kRequest("request");
const QLatin1String kOsType("os_type");
const QLatin1String kDomainType("domain_type");

// --- Finding a JSON pointer in the text, for line and column in messages ----------------------

class JsonTextLocator
{
public:
    explicit JsonTextLocator(const QByteArray &text)
        : m_text(text)
    {
    }

    /** The byte offset of the value at `pointer`, or -1 when it cannot be found. */
    qsizetype locate(const QString &pointer)
    {
        m_pos = 0;
        skipSpace();
        if (pointer.isEmpty())
            return m_pos < m_text.size() ? m_pos : -1;
        const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
        for (QString token : tokens) {
            token.replace(QLatin1String("~1"), QLatin1String("/"));
            token.replace(QLatin1String("~0"), QLatin1String("~"));
            if (!enter(token))
                return -1;
        }
        return m_pos;
    }

private:
    char current() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text.at(m_pos)))
            ++m_pos;
    }

    bool skipString()
    {
        if (current() != '"')
            return false;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            if (m_text.at(m_pos) == '\\') {
                ++m_pos;
            } else if (m_text.at(m_pos) == '"') {
                ++m_pos;
                return true;
            }
        }
        return false;
    }

    bool skipValue()
    {
        skipSpace();
        if (current() == '"')
            return skipString();
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char c = current();
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return true;
                if (--depth == 0) {
                    ++m_pos;
                    return true;
                }
            } else if (c == ',' && depth == 0) {
                return true;
            }
            ++m_pos;
        }
        return depth == 0;
    }

    bool enter(const QString &token)
    {
        skipSpace();
        if (current() == '{') {
            ++m_pos;
            for (;;) {
                skipSpace();
                const qsizetype keyStart = m_pos;
                if (!skipString())
                    return false;
                const QByteArray quoted = m_text.mid(keyStart, m_pos - keyStart);
                const QString key =
                    QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
                skipSpace();
                if (current() != ':')
                    return false;
                ++m_pos;
                skipSpace();
                if (key == token)
                    return true;
                if (!skipValue())
                    return false;
                skipSpace();
                if (current() != ',')
                    return false;
                ++m_pos;
            }
        }
        if (current() == '[') {
            bool isIndex = false;
            const int index = token.toInt(&isIndex);
            if (!isIndex || index < 0)
                return false;
            ++m_pos;
            for (int i = 0; i < index; ++i) {
                if (!skipValue())
                    return false;
                skipSpace();
                if (current() != ',')
                    return false;
                ++m_pos;
            }
            skipSpace();
            return current() != ']' && m_pos < m_text.size();
        }
        return false;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

Template::Problem problemAt(const QByteArray &text, const QString &path, const QString &pointer,
                            const QString &message)
{
    Template::Problem problem;
    problem.path = path;
    problem.pointer = pointer;
    problem.message = message;
    const qsizetype offset = JsonTextLocator(text).locate(pointer);
    if (offset >= 0) {
        const auto [line, column] = RequestCodec::lineAndColumn(text, offset);
        problem.line = line;
        problem.column = column;
    }
    return problem;
}

QString escapePointerToken(QString token)
{
    token.replace(QLatin1String("~"), QLatin1String("~0"));
    token.replace(QLatin1String("/"), QLatin1String("~1"));
    return token;
}

/** Removes every secret-looking member below `value`; returns the pointers of those removed. */
QStringList removeSecrets(QJsonValue &value, const QString &pointer)
{
    QStringList removed;
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        const QStringList keys = object.keys();
        for (const QString &key : keys) {
            const QString childPointer = pointer + QLatin1Char('/') + escapePointerToken(key);
            if (Template::isSecretKey(key)) {
                object.remove(key);
                removed.append(childPointer);
                continue;
            }
            QJsonValue child = object.value(key);
            const QStringList below = removeSecrets(child, childPointer);
            if (!below.isEmpty()) {
                object.insert(key, child);
                removed += below;
            }
        }
        value = object;
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue child = array.at(i);
            const QStringList below =
                removeSecrets(child, pointer + QLatin1Char('/') + QString::number(i));
            if (!below.isEmpty()) {
                array.replace(i, child);
                removed += below;
            }
        }
        value = array;
    }
    return removed;
}

QString joinProblems(const QList<Template::Problem> &problems)
{
    QStringList lines;
    for (const Template::Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Template::tr("null");
    case QJsonValue::Bool:
        return Template::tr("a boolean");
    case QJsonValue::Double:
        return Template::tr("a number");
    case QJsonValue::String:
        return Template::tr("a string");
    case QJsonValue::Array:
        return Template::tr("an array");
    case QJsonValue::Object:
        return Template::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Template::tr("nothing");
}

// One step per format version: kMigrations[v - 1] turns format v into format v + 1. Format 1 is
// the first format, so the list is empty; format 2 adds the function that upgrades 1 to 2.
using MigrationStep = void (*)(QJsonObject &document);
const std::array<MigrationStep, Template::kFormatVersion - 1> kMigrations = {};

} // namespace

// --- Template::Context ---------------------------------------------------------------------

ValidationContext Template::Context::appliedTo(ValidationContext base) const
{
    if (osType)
        base.osType = *osType;
    if (domainType)
        base.domainType = *domainType;
    return base;
}

Template::Context Template::Context::fromJson(const QJsonObject &object, ValidationIssues &errors)
{
    auto fail = [&errors](QLatin1String member, const QString &message) {
        ValidationIssue error;
        error.pointer = QLatin1Char('/') + member;
        error.message = message;
        errors.append(error);
    };
    Context context;
    QJsonObject rest = object;
    const QJsonValue osValue = rest.take(kOsType);
    if (!osValue.isUndefined()) {
        context.osType = ValidationContext::parseOsType(osValue.toString());
        if (!context.osType)
            fail(kOsType, tr("\"os_type\" must be \"Windows\" or \"Linux\"."));
    }
    const QJsonValue domainValue = rest.take(kDomainType);
    if (!domainValue.isUndefined()) {
        context.domainType = ValidationContext::parseDomainType(domainValue.toString());
        if (!context.domainType)
            fail(kDomainType, tr("\"domain_type\" must be \"LITE_AD\" or \"LOCAL_AD\"."));
    }
    context.unknown = rest;
    return context;
}

bool Template::Context::operator==(const Context &other) const
{
    return osType == other.osType && domainType == other.domainType && unknown == other.unknown;
}

// --- Problems --------------------------------------------------------------------------------

QString TemplateProblem::toString() const
{
    QString location = path;
    if (line > 0) {
        if (!location.isEmpty())
            location += QLatin1Char(':');
        location += QString::number(line) + QLatin1Char(':') + QString::number(column);
    }
    if (!pointer.isEmpty())
        location += (location.isEmpty() ? QString() : QStringLiteral(" ")) + pointer;
    return location.isEmpty() ? message : location + QLatin1String(": ") + message;
}

QString TemplateReadResult::errorString() const
{
    return joinProblems(errors);
}

QString TemplateWriteResult::errorString() const
{
    return joinProblems(errors);
}

// --- Writing -----------------------------------------------------------------------------------

Template::WriteResult Template::toJson() const
{
    WriteResult result;
    if (name.trimmed().isEmpty()) {
        Problem problem;
        problem.pointer = QLatin1Char('/') + kName;
        problem.message = tr("A template needs a name; give it one before saving.");
        result.errors.append(problem);
    }

    QJsonObject contextJson = context.unknown;
    if (context.osType)
        contextJson.insert(kOsType, ValidationContext::osTypeName(*context.osType));
    if (context.domainType)
        contextJson.insert(kDomainType, ValidationContext::domainTypeName(*context.domainType));

    QJsonObject document = unknown;
    document.insert(kFormatKey, kFormatVersion);
    document.insert(kName, name);
    document.insert(kDescription, description);
    document.insert(kContext, contextJson);
    document.insert(kConnection, connection.toJson());
    document.insert(kRequest, RequestCodec::toJson(request));

    QJsonValue scanned = document;
    const QStringList secrets = removeSecrets(scanned, QString());
    for (const QString &pointer : secrets) {
        Problem problem;
        problem.pointer = pointer;
        problem.message = tr("A template never holds a secret (token, password or SK); remove "
                             "this member. Secrets belong in the keychain or the environment.");
        result.errors.append(problem);
    }
    if (result.errors.isEmpty())
        result.bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    return result;
}

// --- Reading -----------------------------------------------------------------------------------

bool Template::isTemplateDocument(const QJsonObject &document)
{
    return document.contains(kFormatKey);
}

bool Template::migrate(QJsonObject &document, int version, QString *error)
{
    if (version < 1 || version > kFormatVersion) {
        if (error)
            *error = tr("Template format %1 is unknown; this deskwiz reads formats 1 to %2.")
                         .arg(version)
                         .arg(kFormatVersion);
        return false;
    }
    for (int step = version; step < kFormatVersion; ++step) {
        kMigrations[step - 1](document);
        qCDebug(lcModels) << "migrated a template from format" << step << "to" << step + 1;
    }
    document.insert(kFormatKey, kFormatVersion);
    return true;
}

Template::ReadResult Template::fromJson(const QByteArray &text, const QString &path)
{
    ReadResult result;
    auto fail = [&](const QString &pointer, const QString &message) {
        result.errors.append(problemAt(text, path, pointer, message));
    };

    const RequestCodec::ParsedText parsed = RequestCodec::parseText(text);
    if (parsed.error) {
        Problem problem;
        problem.path = path;
        problem.line = parsed.error->line;
        problem.column = parsed.error->column;
        problem.message = tr("%1 A template is a JSON object such as "
                             "{\"deskwiz_template\": 1, \"name\": \"...\", \"request\": {...}}.")
                              .arg(parsed.error->message);
        result.errors.append(problem);
        return result;
    }
    if (!parsed.value.isObject()) {
        fail(QString(),
             tr("This is not a template: the document is %1; a template is a JSON object with "
                "\"deskwiz_template\": %2.")
                 .arg(jsonTypeName(parsed.value))
                 .arg(kFormatVersion));
        return result;
    }
    QJsonObject root = parsed.value.toObject();
    if (!root.contains(kFormatKey)) {
        fail(QString(),
             tr("This is not a template: it has no \"deskwiz_template\" member. A "
                "template starts with {\"deskwiz_template\": %1, ...}.")
                 .arg(kFormatVersion));
        return result;
    }
    const QString versionPointer = QLatin1Char('/') + kFormatKey;
    const RequestCodec::Integer versionNumber = RequestCodec::readInteger(root.value(kFormatKey));
    if (!versionNumber.ok() || versionNumber.value < 1) {
        fail(versionPointer,
             tr("\"deskwiz_template\" must be the format version, a whole number "
                "from 1 to %1.")
                 .arg(kFormatVersion));
        return result;
    }
    const int version = versionNumber.value;
    if (version > kFormatVersion) {
        fail(versionPointer,
             tr("This template was written by a newer deskwiz (template format "
                "%1); this deskwiz reads format %2 and older. Update deskwiz to "
                "open it.")
                 .arg(version)
                 .arg(kFormatVersion));
        return result;
    }

    QJsonValue scanned = root;
    const QStringList secrets = removeSecrets(scanned, QString());
    for (const QString &pointer : secrets) {
        result.warnings.append(problemAt(text, path, pointer,
                                         tr("A secret-looking member was ignored: templates never "
                                            "hold a token, password or SK. Remove it from the "
                                            "file.")));
    }
    root = scanned.toObject();

    QString migrationError;
    if (!migrate(root, version, &migrationError)) {
        fail(versionPointer, migrationError);
        return result;
    }

    Template value;
    const QJsonValue nameValue = root.value(kName);
    if (!nameValue.isString() || nameValue.toString().trimmed().isEmpty()) {
        fail(QLatin1Char('/') + kName,
             nameValue.isUndefined()
                 ? tr("The template has no \"name\"; add \"name\": \"a name\".")
                 : tr("\"name\" must be a non-empty string, not %1.").arg(jsonTypeName(nameValue)));
    } else {
        value.name = nameValue.toString();
    }
    const QJsonValue descriptionValue = root.value(kDescription);
    if (descriptionValue.isString())
        value.description = descriptionValue.toString();
    else if (!descriptionValue.isUndefined())
        fail(QLatin1Char('/') + kDescription,
             tr("\"description\" must be a string, not %1.").arg(jsonTypeName(descriptionValue)));

    const QJsonValue contextValue = root.value(kContext);
    if (contextValue.isObject()) {
        ValidationIssues contextErrors;
        value.context = Context::fromJson(contextValue.toObject(), contextErrors);
        for (const ValidationIssue &error : std::as_const(contextErrors))
            fail(QLatin1Char('/') + kContext + error.pointer, error.message);
    } else if (!contextValue.isUndefined()) {
        fail(QLatin1Char('/') + kContext,
             tr("\"context\" must be an object, not %1.").arg(jsonTypeName(contextValue)));
    }

    const QJsonValue connectionValue = root.value(kConnection);
    if (connectionValue.isObject()) {
        QStringList connectionErrors;
        value.connection =
            ConnectionSettings::fromJson(connectionValue.toObject(), &connectionErrors);
        for (const QString &message : connectionErrors)
            fail(QLatin1Char('/') + kConnection, message);
    } else if (!connectionValue.isUndefined()) {
        fail(QLatin1Char('/') + kConnection,
             tr("\"connection\" must be an object, not %1.").arg(jsonTypeName(connectionValue)));
    }

    const QJsonValue requestValue = root.value(kRequest);
    if (requestValue.isObject()) {
        const RequestCodec::ReadResult request = RequestCodec::fromJson(requestValue.toObject());
        for (const ValidationIssue &issue : request.errors)
            fail(QLatin1Char('/') + kRequest + issue.pointer, issue.message);
        value.request = request.request;
    } else {
        fail(QLatin1Char('/') + kRequest,
             requestValue.isUndefined()
                 ? tr("The template has no \"request\"; add \"request\": {...} with the body "
                      "of the create-desktops call.")
                 : tr("\"request\" must be an object, not %1.").arg(jsonTypeName(requestValue)));
    }

    for (QLatin1String known : {kFormatKey, kName, kDescription, kContext, kConnection, kRequest})
        root.remove(known);
    value.unknown = root;

    if (result.errors.isEmpty())
        result.value = value;
    else
        result.partial = value;
    return result;
}

// --- Secrets and per-run data ----------------------------------------------------------------

bool Template::isSecretKey(const QString &key)
{
    // One spelling for every way of writing a member name: lower-case words, without the
    // separators and the capitals that mark where they start ("X-Auth-Token", "x_auth_token",
    // "xAuthToken" and "XAuthToken" are all x, auth, token).
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (!c.isLetterOrNumber()) {
            if (!word.isEmpty())
                words.append(std::exchange(word, QString()));
            continue;
        }
        const bool startsWord = c.isUpper() && !word.isEmpty()
            && (!key.at(i - 1).isUpper()
                || (i + 1 < key.size() && key.at(i + 1).isLower())); // "XAuth": X, Auth
        if (startsWord)
            words.append(std::exchange(word, QString()));
        word += c.toLower();
    }
    if (!word.isEmpty())
        words.append(word);
    if (words.isEmpty())
        return false;
    // The SK only as a word of its own ("sk", "user_sk", "userSK"), never inside one ("disk").
    if (words.constLast() == QLatin1String("sk"))
        return true;
    const QString joined = words.join(QString());
    static const QStringList secretEndings = {
        QStringLiteral("token"), // token, authToken, X-Subject-Token, security_token
        QStringLiteral("password"),   QStringLiteral("passwd"),
        QStringLiteral("pwd"),
        QStringLiteral("secret"), // client_secret
        QStringLiteral("secretkey"),  QStringLiteral("secretaccesskey"),
        QStringLiteral("privatekey"), QStringLiteral("apikey"),
        QStringLiteral("credential"), QStringLiteral("credentials"),
    };
    return std::any_of(secretEndings.cbegin(), secretEndings.cend(),
                       [&joined](const QString &ending) { return joined.endsWith(ending); });
}

QStringList Template::secretPointers(const QJsonValue &value)
{
    QJsonValue copy = value;
    return removeSecrets(copy, QString());
}

CreateDesktopRequest Template::withoutPerRunData(const CreateDesktopRequest &request)
{
    CreateDesktopRequest stripped = request;
    stripped.desktops.reset();
    stripped.desktopIps.reset();
    return stripped;
}

bool Template::operator==(const Template &other) const
{
    return name == other.name && description == other.description && context == other.context
        && connection == other.connection && request == other.request && unknown == other.unknown;
}
