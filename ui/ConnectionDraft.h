#pragma once

#include "api/Connection.h"
#include "models/ValidationIssue.h"

#include <QObject>

#include <functional>

/**
 * The connection the wizard's first page edits: an api Connection (secrets in memory only) and
 * the catalogue region chosen for it. Its issues use pointers named after the inputs:
 * "/endpoint", "/iam_endpoint", "/project_id", "/token", "/iam_domain", "/iam_user", "/password",
 * "/access_key", "/secret_key", "/security_token" (optional: never an issue).
 */
class ConnectionDraft : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionDraft(QObject *parent = nullptr);
    ~ConnectionDraft() override;

    const Connection &connection() const { return m_connection; }
    /** The catalogue region chosen, or empty for a custom endpoint. */
    QString regionId() const { return m_regionId; }

    void update(const std::function<void(Connection &)> &change);
    void setConnection(const Connection &connection);
    void setRegionId(const QString &regionId);

    /** What is missing or unusable, each at the pointer of its input. */
    ValidationIssues issues() const;
    ValidationIssues issuesUnder(const QString &pointer) const;

Q_SIGNALS:
    void changed();

private:
    Connection m_connection;
    QString m_regionId;
};
