#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QHttpServerRequest;

using SandboxHeaders = QList<QPair<QByteArray, QByteArray>>;

/** One request as the sandbox's routes see it: a copy of what arrived, bytes untouched. */
struct SandboxRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QUrl url; ///< as QHttpServerRequest::url() gives it
    SandboxHeaders headers; ///< names and values as received, in order
    QByteArray body;

    static SandboxRequest fromHttp(const QHttpServerRequest &request);
    /** The first header named `name` (any case); empty when absent. */
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QString path() const { return url.path(); }
    QUrlQuery query() const { return QUrlQuery(url); }
};

/** One answer: status, body and the headers beyond Content-Type, Content-Length, X-Request-Id. */
struct SandboxReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    SandboxHeaders headers;

    static SandboxReply json(int status, const QJsonObject &body);
    /** `{"error_code","error_msg","error_detail"}`, the Workspace and API gateway error shape. */
    static SandboxReply error(int status, const QString &code, const QString &message,
                              const QString &detail = {});
    /** `{"error":{"code","message","title"}}`, the IAM error shape. */
    static SandboxReply iamError(int status, const QString &title, const QString &message);
    /** 400 WKS.0001 naming the query parameter that is wrong. */
    static SandboxReply badParameter(const QString &name, const QString &message);
};
