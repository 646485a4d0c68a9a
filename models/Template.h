#pragma once

#include "models/ConnectionProfile.h"
#include "models/CreateDesktopRequest.h"
#include "models/ValidationContext.h"
#include "models/ValidationIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * A saved template (`*.deskwiz.json`, DESIGN.md "Files"):
 * `{"deskwiz_template": 1, "name", "description", "context": {"os_type", "domain_type"},
 *   "connection": {"region", "endpoint", "project_id", "auth", "iam_endpoint", "iam_user",
 *   "iam_domain", "ak"}, "request": {...the API body...}}`.
 *
 * A template never holds a secret (token, password, SK): toJson() refuses one and fromJson()
 * drops one with a warning. Members this version does not know are kept at every level.
 */
struct TemplateProblem;
struct TemplateReadResult;
struct TemplateWriteResult;

class Template
{
    Q_DECLARE_TR_FUNCTIONS(Template)
public:
    /** The format version this build writes; older versions are migrated on reading. */
    static constexpr int kFormatVersion = 1;
    /** The member that marks a JSON object as a template and carries its format version. */
    static const QLatin1String kFormatKey;

    /** The validation context of a template: unset members fall back to the caller's. */
    struct Context
    {
        std::optional<ValidationContext::OsType> osType; ///< os_type
        std::optional<ValidationContext::DomainType> domainType; ///< domain_type
        QJsonObject unknown;

        /** `base` with the members this context sets replaced. */
        ValidationContext appliedTo(ValidationContext base) const;
        /** True when it sets os_type or domain_type. */
        bool isSet() const { return osType || domainType; }
        /**
         * Reads a "context" object (a template's, a test case's): a member that is not one of
         * the words it allows adds an issue to `errors`, with its pointer into `object`
         * ("/os_type"). Members it does not know are kept in `unknown`.
         */
        static Context fromJson(const QJsonObject &object, ValidationIssues &errors);
        bool operator==(const Context &other) const;
        bool operator!=(const Context &other) const { return !(*this == other); }
    };

    using Problem = TemplateProblem;
    using ReadResult = TemplateReadResult;
    using WriteResult = TemplateWriteResult;

    QString name;
    QString description;
    Context context;
    ConnectionSettings connection;
    CreateDesktopRequest request;
    QJsonObject unknown; ///< top-level members this version does not know

    /**
     * Serialises the template. Refuses (errors, no bytes) when the name is empty or when any
     * member anywhere in it looks like a secret (token, password, sk, secret_key,
     * security_token, ...).
     */
    WriteResult toJson() const;

    /**
     * Parses `text` as a template; `path` only names the file in problems. A JSON syntax error is
     * reported with line and column; so is a member of the wrong type, where it can be found.
     * A document from a newer format version is refused with a message naming both versions;
     * older versions are migrated step by step. Secret-looking members are dropped with a warning.
     */
    static ReadResult fromJson(const QByteArray &text, const QString &path = QString());

    /** True when `document` is marked as a template (has "deskwiz_template"), valid or not. */
    static bool isTemplateDocument(const QJsonObject &document);

    /**
     * Upgrades a template document of format `version` to kFormatVersion, one version at a time.
     * Returns false with `error` set when `version` is not one this build knows how to upgrade.
     */
    static bool migrate(QJsonObject &document, int version, QString *error);

    /**
     * True when a JSON member called `key` would hold a secret (token, password, SK, ...), however
     * the name is spelled: snake_case, camelCase, PascalCase or with dashes ("auth_token",
     * "authToken", "SecretAccessKey", "X-Auth-Token"). The one rule for saving and loading.
     */
    static bool isSecretKey(const QString &key);
    /** The JSON pointers of the secret-looking members (isSecretKey) at any depth of `value`. */
    static QStringList secretPointers(const QJsonValue &value);

    /**
     * The request without per-run data: `desktops` (the users) and `desktop_ips` removed, for an
     * operator who saves "without users". Everything else is kept.
     */
    static CreateDesktopRequest withoutPerRunData(const CreateDesktopRequest &request);

    bool operator==(const Template &other) const;
    bool operator!=(const Template &other) const { return !(*this == other); }
};

/** Where a problem in a template file is: for the message "path:line:column: text". */
struct TemplateProblem
{
    QString path; ///< the file, or empty when reading from memory
    int line = 0; ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based; 0 when unknown
    QString pointer; ///< JSON pointer of the member concerned ("" = the whole document)
    QString message; ///< translated; says what is wrong and what would be right

    /** "path:line:column: message" (parts that are unknown left out). */
    QString toString() const;
};

/** What Template::fromJson() read. */
struct TemplateReadResult
{
    std::optional<Template> value; ///< set when the document is a usable template
    QList<TemplateProblem> errors; ///< why it is not (a broken file); empty when value is set
    QList<TemplateProblem> warnings; ///< e.g. a secret that was dropped
    /**
     * When the document is a template of a known version but some members are wrong: what could
     * be read, the members in error left unset (so that the request can still be judged).
     */
    std::optional<Template> partial;
    bool ok() const { return value.has_value(); }
    /** The errors joined, one per line. */
    QString errorString() const;
};

/** What Template::toJson() wrote. */
struct TemplateWriteResult
{
    QByteArray bytes; ///< the indented JSON text; empty on error
    QList<TemplateProblem> errors; ///< e.g. a secret-looking member, which is never written
    bool ok() const { return errors.isEmpty(); }
    QString errorString() const;
};
