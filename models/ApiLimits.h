#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * The numbers and word lists of the API rules (API.md §3), read from a data file
 * (resources/api-limits.json, compiled in as :/deskwiz/api-limits.json) instead of living in code.
 */
class ApiLimits
{
public:
    /** The limits shipped with deskwiz (the resource file). */
    static ApiLimits builtIn();
    /** Limits from a JSON object of the same shape as resources/api-limits.json. */
    static ApiLimits fromJson(const QJsonObject &object);

    // The members are the data file's entries; see ApiLimits.cpp and resources/api-limits.json.
    QJsonObject raw;
};
