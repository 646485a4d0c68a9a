#include "sandbox/SandboxMessage.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMetaEnum>

SandboxRequest SandboxRequest::fromHttp(const QHttpServerRequest &request)
{
    SandboxRequest copy;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    copy.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    copy.url = request.url();
    copy.headers = request.headers();
    copy.body = request.body();
    return copy;
}

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

bool SandboxRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

SandboxReply SandboxReply::json(int status, const QJsonObject &body)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::error(int status, const QString &code, const QString &message,
                                 const QString &detail)
{
    QJsonObject body {{QStringLiteral("error_code"), code}, {QStringLiteral("error_msg"), message}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("error_detail"), detail);
    return json(status, body);
}

SandboxReply SandboxReply::iamError(int status, const QString &title, const QString &message)
{
    const QJsonObject error {{QStringLiteral("code"), status},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("title"), title}};
    return json(status, QJsonObject {{QStringLiteral("error"), error}});
}

SandboxReply SandboxReply::badParameter(const QString &name, const QString &message)
{
    return error(
        400, QStringLiteral("WKS.0001"),
        QCoreApplication::translate("SandboxReply", "Invalid query parameter %1.").arg(name),
        name + QStringLiteral(": ") + message);
}
