#pragma once

#include "models/CreateDesktopRequest.h"
#include "models/Template.h"
#include "models/ValidationContext.h"
#include "models/ValidationIssue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * A request read from a file that is a bare API body, a deskwiz template
 * (`{"deskwiz_template": 1, ..., "context": {...}, "request": {...}}`, DESIGN.md Files) or a test
 * case of testdata/requests (`{"request": {...}, "context": {...}, "expect": {...}}`: an object
 * whose "request" is an object and which has none of the body's own members).
 * Every failure says where: the path and reason, `path:line:column: message` for malformed JSON,
 * or the JSON pointer (and in a template the line and column) of each member of the wrong type.
 * A template is read by Template::fromJson(), the one template reader.
 */
class RequestFile
{
public:
    enum class Status {
        Ok, ///< read and decoded; `request` is complete
        Unreadable, ///< the file could not be opened or read, or is too large (SmallFileReader)
        Malformed, ///< not JSON, not a JSON object, or not a usable template (no request, ...)
        Invalid, ///< JSON, but members of the wrong type or missing (see `errors`)
    };

    Status status = Status::Unreadable;
    QString path;
    /** For Unreadable and Malformed: one line that names the file and what is wrong with it. */
    QString errorMessage;
    /**
     * For Invalid: one issue per member of the wrong type. A member of the request has its JSON
     * pointer into the request body ("/root_volume/size"), as the Validator's issues do, in a
     * template too; a template's own members have their pointer into the file ("/context/os_type",
     * "/name"). A template's issues end with the line and column of the member.
     */
    ValidationIssues errors;
    /** A template's warnings, "path:line:column /pointer: message" (e.g. a secret was ignored). */
    QStringList warnings;

    enum class Kind {
        Body, ///< a bare create-desktops body
        Template, ///< a deskwiz template
        TestCase, ///< a test case: its request, judged in its context
    };
    Kind kind = Kind::Body;
    bool isTemplate() const { return kind == Kind::Template; }

    /**
     * The context a template or test case gives (os_type, domain_type); nullopt for a bare body
     * or none set. Command-line options override it.
     */
    std::optional<ValidationContext> context;
    /**
     * The request: complete when Ok; for Invalid what could be read, members of the wrong type
     * left unset; judge it with Validator::validate(request, context, errors).
     */
    CreateDesktopRequest request;
    /** The whole template (name, description, connection, ...) when the file is one and Ok. */
    std::optional<Template> fileTemplate;

    bool ok() const { return status == Status::Ok; }

    /** Reads (at most SmallFileReader::kMaxBytes) and decodes the file at `path`. */
    static RequestFile load(const QString &path);
    /** Decodes `bytes` as the contents of a file called `path` (used in messages). */
    static RequestFile parse(const QByteArray &bytes, const QString &path);

private:
    /** Reads a template document through Template::fromJson(). */
    static RequestFile parseTemplate(const QByteArray &text, const QString &path);
    /** Reads a test case's request and context. */
    static RequestFile parseTestCase(const QJsonObject &testCase, const QString &path);
};
