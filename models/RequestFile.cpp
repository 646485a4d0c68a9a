#include "models/RequestFile.h"

#include "models/RequestCodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

const QLatin1String kTemplateMarker("deskwiz_template");

ValidationIssue contextError(const QString &pointer, const QString &message)
{
    ValidationIssue issue;
    issue.pointer = pointer;
    issue.message = message;
    return issue;
}

} // namespace

RequestFile RequestFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RequestFile result;
        result.path = path;
        result.status = Status::Unreadable;
        result.errorMessage = QCoreApplication::translate("RequestFile", "%1: cannot read: %2")
                                  .arg(path, file.errorString());
        return result;
    }
    return parse(file.readAll(), path);
}

std::pair<int, int> RequestFile::lineAndColumn(const QByteArray &utf8, qsizetype byteOffset)
{
    const qsizetype end = std::min(byteOffset, utf8.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            // Continuation bytes belong to the character their lead byte started.
            ++column;
        }
    }
    return {line, column};
}

RequestFile RequestFile::parse(const QByteArray &bytes, const QString &path)
{
    RequestFile result;
    result.path = path;
    result.status = Status::Malformed;

    // Editors on Windows like to start UTF-8 files with a byte order mark; JSON has no use for it.
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(text, parseError.offset);
        result.errorMessage = QStringLiteral("%1:%2:%3: %4")
                                  .arg(path)
                                  .arg(line)
                                  .arg(column)
                                  .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.errorMessage =
            QCoreApplication::translate("RequestFile",
                                        "%1: the file must hold a JSON object (a request body "
                                        "or a deskwiz template), not %2")
                .arg(path,
                     document.isArray() ? QCoreApplication::translate("RequestFile", "a list")
                                        : QCoreApplication::translate("RequestFile", "a value"));
        return result;
    }

    QJsonObject body = document.object();
    if (body.contains(kTemplateMarker)) {
        result.isTemplate = true;
        const QJsonObject file = body;
        const QJsonValue request = file.value(QLatin1String("request"));
        if (!request.isObject()) {
            result.errorMessage = QCoreApplication::translate("RequestFile",
                                                              "%1: the template has no \"request\" "
                                                              "object")
                                      .arg(path);
            return result;
        }
        body = request.toObject();
        const QJsonValue context = file.value(QLatin1String("context"));
        if (context.isObject()) {
            ValidationContext templateContext;
            const QJsonObject contextObject = context.toObject();
            const QJsonValue os = contextObject.value(QLatin1String("os_type"));
            if (!os.isUndefined()) {
                if (const auto osType = ValidationContext::parseOsType(os.toString()))
                    templateContext.osType = *osType;
                else
                    result.errors.append(
                        contextError(QStringLiteral("/context/os_type"),
                                     QCoreApplication::translate(
                                         "RequestFile", "OS type must be Windows or Linux")));
            }
            const QJsonValue domain = contextObject.value(QLatin1String("domain_type"));
            if (!domain.isUndefined()) {
                if (const auto domainType = ValidationContext::parseDomainType(domain.toString()))
                    templateContext.domainType = *domainType;
                else
                    result.errors.append(
                        contextError(QStringLiteral("/context/domain_type"),
                                     QCoreApplication::translate("RequestFile",
                                                                 "Domain type must be LITE_AD or "
                                                                 "LOCAL_AD")));
            }
            result.context = templateContext;
        }
    }

    RequestCodec::ReadResult read = RequestCodec::fromJson(body);
    result.request = read.request;
    result.errors.append(read.errors);
    result.status = result.errors.isEmpty() ? Status::Ok : Status::Invalid;
    return result;
}
