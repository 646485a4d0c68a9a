#pragma once

#include "models/CreateDesktopRequest.h"
#include "models/ValidationContext.h"
#include "models/ValidationIssue.h"

#include <QByteArray>
#include <QString>

#include <optional>

/**
 * A request read from a file that is either a bare API body or a deskwiz template
 * (`{"deskwiz_template": 1, ..., "context": {...}, "request": {...}}`, DESIGN.md Files).
 * Every failure says where: the path and reason, `path:line:column: message` for malformed JSON,
 * or the JSON pointer of each member of the wrong type.
 */
class RequestFile
{
public:
    enum class Status {
        Ok, ///< read and decoded; `request` is complete
        Unreadable, ///< the file could not be opened or read
        Malformed, ///< not JSON, or not a JSON object where one is needed
        Invalid, ///< JSON, but members of the wrong type (see `errors`)
    };

    Status status = Status::Unreadable;
    QString path;
    /** For Unreadable and Malformed: one line that names the file and what is wrong with it. */
    QString errorMessage;
    /** For Invalid: one issue per member of the wrong type, pointers into the request body. */
    ValidationIssues errors;

    bool isTemplate = false;
    /** A template's own context (os_type, domain_type); nullopt for a bare body. */
    std::optional<ValidationContext> context;
    CreateDesktopRequest request;

    bool ok() const { return status == Status::Ok; }

    /** Reads and decodes the file at `path`. */
    static RequestFile load(const QString &path);
    /** Decodes `bytes` as the contents of a file called `path` (used in messages). */
    static RequestFile parse(const QByteArray &bytes, const QString &path);

    /** The 1-based line and column (in Unicode characters) of a byte offset into UTF-8 text. */
    static std::pair<int, int> lineAndColumn(const QByteArray &utf8, qsizetype byteOffset);
};
