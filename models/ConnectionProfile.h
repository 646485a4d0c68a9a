#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Where and how to connect (API.md §1–2), never with a secret: the region and endpoint, the
 * project, the login kind, the IAM user and domain, and the access key (AK). The secret that goes
 * with it (token, password or SK) lives in the OS keychain (api/SecretStore) or the environment.
 *
 * The same value is the "connection" of a template and the body of a named ConnectionProfile.
 */
struct ConnectionSettings
{
    /** How the operator logs in (API.md §2). */
    enum class LoginKind { Token, Password, AkSk };

    std::optional<QString> region; ///< e.g. "cn-north-4"
    std::optional<QString> endpoint; ///< the Workspace endpoint URL
    std::optional<QString> projectId; ///< project_id
    std::optional<LoginKind> loginKind; ///< auth: "token", "password", "aksk"
    std::optional<QString> iamEndpoint; ///< iam_endpoint (password login)
    std::optional<QString> iamUser; ///< iam_user (password login)
    std::optional<QString> iamDomain; ///< iam_domain (password login)
    std::optional<QString> accessKey; ///< ak (AK/SK login; the AK is not a secret, the SK is)
    QJsonObject unknown; ///< members this version does not know, kept for a round trip

    /** "token" / "password" / "aksk". */
    static QString loginKindName(LoginKind kind);
    /** "token", "password", "aksk" (any case) → LoginKind; nullopt otherwise. */
    static std::optional<LoginKind> parseLoginKind(const QString &text);

    /** The JSON object of a template's "connection" (unset members omitted, unknown kept). */
    QJsonObject toJson() const;
    /**
     * Reads a "connection" object. Members of the wrong type are left unset and described in
     * `errors` (one line each, naming the member and what would be right), if given.
     */
    static ConnectionSettings fromJson(const QJsonObject &json, QStringList *errors = nullptr);

    bool isEmpty() const;
    bool operator==(const ConnectionSettings &other) const;
    bool operator!=(const ConnectionSettings &other) const { return !(*this == other); }
};

/** A named ConnectionSettings the operator saved (see ConnectionProfileStore). */
struct ConnectionProfile
{
    QString name;
    ConnectionSettings settings;

    bool operator==(const ConnectionProfile &other) const;
    bool operator!=(const ConnectionProfile &other) const { return !(*this == other); }
};
