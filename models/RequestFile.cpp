#include "models/RequestFile.h"

#include "models/RequestCodec.h"
#include "models/SmallFileReader.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace {

/** True for a problem that makes the whole document unusable rather than one member wrong. */
bool isDocumentProblem(const Template::Problem &problem)
{
    if (problem.pointer.isEmpty() || problem.pointer == QLatin1Char('/') + Template::kFormatKey)
        return true;
    // "request" missing or not an object: there is no request to judge.
    return problem.pointer == QLatin1String("/request");
}

const QLatin1String kRequestKey("request");

/** "a list", "a number", ...: what a file holds that is no object. */
QString valueKind(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return QCoreApplication::translate("RequestFile", "a list");
    case QJsonValue::Double:
        return QCoreApplication::translate("RequestFile", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("RequestFile", "a string");
    case QJsonValue::Bool:
        return QCoreApplication::translate("RequestFile", "true or false");
    case QJsonValue::Null:
        return QCoreApplication::translate("RequestFile", "null");
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("RequestFile", "a value");
}

/**
 * A create-desktops body never carries a secret: each secret-looking member (Template::isSecretKey)
 * is an error, so that deskwiz never sends one in a body.
 */
void refuseSecrets(const QJsonObject &body, ValidationIssues &errors)
{
    for (const QString &pointer : Template::secretPointers(body)) {
        errors.append({pointer, ValidationIssue::Severity::Error,
                       QCoreApplication::translate(
                           "RequestFile",
                           "A request body never holds a secret (token, password or SK): remove "
                           "this member; deskwiz takes secrets from the environment or the "
                           "keychain only")});
    }
}

/** A test case: its "request" is an object, and it has none of the body's own members. */
bool isTestCase(const QJsonObject &document)
{
    return document.value(kRequestKey).isObject() && !RequestCodec::hasBodyMember(document);
}

} // namespace

RequestFile RequestFile::parseTemplate(const QByteArray &text, const QString &path)
{
    RequestFile result;
    result.path = path;
    result.kind = Kind::Template;
    const Template::ReadResult read = Template::fromJson(text, path);
    for (const Template::Problem &warning : read.warnings)
        result.warnings.append(warning.toString());
    if (read.ok()) {
        const Template &value = *read.value;
        if (value.context.isSet())
            result.context = value.context.appliedTo(ValidationContext());
        result.request = value.request;
        result.fileTemplate = value;
        result.status = Status::Ok;
        return result;
    }
    if (std::any_of(read.errors.cbegin(), read.errors.cend(), isDocumentProblem)) {
        QStringList lines;
        for (const Template::Problem &problem : read.errors) {
            // Always "path...: message", even when the problem has no line (a missing member).
            if (problem.line > 0 || problem.pointer.isEmpty())
                lines.append(problem.toString());
            else
                lines.append(path + QLatin1String(": ") + problem.pointer + QLatin1String(": ")
                             + problem.message);
        }
        result.errorMessage = lines.join(QLatin1Char('\n'));
        result.status = Status::Malformed;
        return result;
    }
    // The request's members are named by their pointer into the body, as the Validator names
    // them, so that Validator::validate(request, context, errors) can tell which it covers.
    const QString requestPointer = QStringLiteral("/request");
    for (const Template::Problem &problem : read.errors) {
        ValidationIssue issue;
        issue.pointer = isPointerAtOrBelow(problem.pointer, requestPointer)
            ? problem.pointer.mid(requestPointer.size())
            : problem.pointer;
        issue.message = problem.line > 0
            ? QCoreApplication::translate("RequestFile", "%1 (line %2, column %3)")
                  .arg(problem.message)
                  .arg(problem.line)
                  .arg(problem.column)
            : problem.message;
        result.errors.append(issue);
    }
    if (read.partial) {
        if (read.partial->context.isSet())
            result.context = read.partial->context.appliedTo(ValidationContext());
        result.request = read.partial->request;
    }
    result.status = Status::Invalid;
    return result;
}

RequestFile RequestFile::parseTestCase(const QJsonObject &testCase, const QString &path)
{
    RequestFile result;
    result.path = path;
    result.kind = Kind::TestCase;
    const QJsonObject body = testCase.value(kRequestKey).toObject();
    const RequestCodec::ReadResult read = RequestCodec::fromJson(body);
    result.request = read.request;
    result.errors = read.errors; // pointers into the body, as the case's "expect" has them
    refuseSecrets(body, result.errors);

    const QJsonValue contextValue = testCase.value(QLatin1String("context"));
    if (contextValue.isObject()) {
        ValidationIssues contextErrors;
        const Template::Context context =
            Template::Context::fromJson(contextValue.toObject(), contextErrors);
        for (ValidationIssue error : std::as_const(contextErrors)) {
            error.pointer.prepend(QLatin1String("/context"));
            result.errors.append(error);
        }
        if (context.isSet())
            result.context = context.appliedTo(ValidationContext());
    } else if (!contextValue.isUndefined()) {
        ValidationIssue error;
        error.pointer = QStringLiteral("/context");
        error.message = QCoreApplication::translate("RequestFile",
                                                    "\"context\" must be an object such as "
                                                    "{\"os_type\": \"Windows\", "
                                                    "\"domain_type\": \"LITE_AD\"}");
        result.errors.append(error);
    }
    result.status = result.errors.isEmpty() ? Status::Ok : Status::Invalid;
    return result;
}

RequestFile RequestFile::load(const QString &path)
{
    const SmallFileReader::Result read = SmallFileReader::read(path);
    if (!read.ok()) {
        RequestFile result;
        result.path = path;
        result.status = Status::Unreadable;
        result.errorMessage =
            QCoreApplication::translate("RequestFile", "%1: cannot read: %2").arg(path, read.error);
        return result;
    }
    return parse(read.bytes, path);
}

RequestFile RequestFile::parse(const QByteArray &bytes, const QString &path)
{
    RequestFile result;
    result.path = path;
    result.status = Status::Malformed;

    // Editors on Windows like to start UTF-8 files with a byte order mark; JSON has no use for it.
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const RequestCodec::ParsedText parsed = RequestCodec::parseText(text);
    if (parsed.error) {
        result.errorMessage = QStringLiteral("%1:%2:%3: %4")
                                  .arg(path)
                                  .arg(parsed.error->line)
                                  .arg(parsed.error->column)
                                  .arg(parsed.error->message);
        return result;
    }
    if (!parsed.value.isObject()) {
        result.errorMessage =
            QCoreApplication::translate("RequestFile",
                                        "%1: the file holds %2, not a JSON object (a request "
                                        "body, a deskwiz template or a test case)")
                .arg(path, valueKind(parsed.value));
        return result;
    }

    const QJsonObject body = parsed.value.toObject();
    if (Template::isTemplateDocument(body))
        return parseTemplate(text, path);
    if (isTestCase(body))
        return parseTestCase(body, path);

    const RequestCodec::ReadResult read = RequestCodec::fromJson(body);
    result.request = read.request;
    result.errors.append(read.errors);
    refuseSecrets(body, result.errors);
    result.status = result.errors.isEmpty() ? Status::Ok : Status::Invalid;
    return result;
}
