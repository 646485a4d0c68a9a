#pragma once

#include "models/ValidationContext.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

/** An inclusive whole-number range with a step: min, min + step, ..., up to max. */
struct IntRange
{
    int min = 0;
    int max = 0;
    int step = 1;

    /** True when `value` lies in [min, max] and is a multiple of step. */
    bool contains(int value) const;
};

/**
 * The numbers and word lists of the API rules (API.md §3), read from a data file
 * (resources/api-limits.json, compiled in as :/deskwiz/api-limits.json) instead of living in code.
 * The members mirror the data file's entries one to one.
 */
class ApiLimits
{
public:
    /** The limits shipped with deskwiz (the resource file), loaded once. */
    static ApiLimits builtIn();
    /** Limits from a JSON object of the same shape as resources/api-limits.json. */
    static ApiLimits fromJson(const QJsonObject &object);

    /** The entries the data file lacked or had of the wrong type (empty when complete). */
    QStringList problems;

    int stringMaxLength = 0; ///< any free string (availability_zone, product_id, ...)
    int defaultMaxDesktopsPerRequest = 0;

    QStringList desktopTypes;
    QStringList imageTypes;
    QStringList imageTypesWithWarning; ///< accepted, but with a warning (e.g. market)
    QStringList volumeTypes;
    IntRange rootVolumeSize; ///< GB
    IntRange dataVolumeSize; ///< GB
    int maxDataVolumes = 0;
    int maxNics = 0;
    int maxSecurityGroups = 0;
    int maxTags = 0;

    int tagKeyMaxLength = 0; ///< in Unicode characters
    int tagValueMaxLength = 0;
    QString tagForbiddenCharacters; ///< never allowed in a key or value
    QString tagAllowedPunctuation; ///< besides letters and digits

    QStringList eipTypes;
    QStringList eipChargeModes;
    IntRange eipBandwidthSize; ///< Mbit/s

    IntRange poolSize; ///< size
    int poolNameSingleMaxLength = 0; ///< desktop_name when size is 1
    int poolNamePrefixMaxLength = 0; ///< desktop_name when size is more than 1
    int maxDesktopIps = 0;

    QString userNameAllowedPunctuation; ///< besides letters and digits
    int userNameMaxLengthLiteAd = 0;
    int userNameMaxLengthLocalAd = 0;
    bool userNameLiteAdMayStartWithDigit = false;
    bool userNameLocalAdMayStartWithDigit = false;
    int userNameMaxLengthWindows = 0;
    int userNameMaxLengthLinux = 0;
    QStringList userGroupsWindows;
    QStringList userGroupsLinux;
    int userPhoneMinDigits = 0;
    int userPhoneMaxDigits = 0;

    int computerNameMaxLength = 0;
    int osHostNameMaxLength = 0;

    IntRange sharedVpcPort;
    int sharedVpcMaxAvailabilityZones = 0;

    QRegularExpression enterpriseProjectIdPattern; ///< compiled once from the data file
    int enterpriseProjectIdMaxLength = 0;

    /** The longest user_name allowed for the context's domain type and OS together. */
    int userNameMaxLength(const ValidationContext &context) const;
    /** Whether a user_name may start with a digit under the context's domain type. */
    bool userNameMayStartWithDigit(const ValidationContext &context) const;
    /** The user groups of the context's OS. */
    const QStringList &userGroups(ValidationContext::OsType osType) const;
};
