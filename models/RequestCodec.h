#pragma once

#include "models/CreateDesktopRequest.h"
#include "models/ValidationIssue.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

/**
 * Between CreateDesktopRequest and the exact API JSON: unset fields omitted, integers as integers,
 * booleans as booleans, unknown members kept. Reading is strict about types: a wrong type is an
 * error at its JSON pointer (e.g. a size given as "80" is an error at /root_volume/size).
 */
class RequestCodec
{
public:
    struct ReadResult
    {
        CreateDesktopRequest request; ///< what could be read; fields with a wrong type stay unset
        ValidationIssues errors; ///< one per member of the wrong type
        bool ok() const { return errors.isEmpty(); }
    };

    static QJsonObject toJson(const CreateDesktopRequest &request);
    static QByteArray toBytes(const CreateDesktopRequest &request,
                              QJsonDocument::JsonFormat format = QJsonDocument::Compact);
    static ReadResult fromJson(const QJsonObject &body);
};
