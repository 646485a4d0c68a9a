#include "models/ApiLimits.h"

#include "models/Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

// The resource object library of a static deskwiz_models is initialised from here, so that
// linking the library is enough for :/deskwiz/api-limits.json to exist.
static void initModelsResources()
{
    Q_INIT_RESOURCE(deskwiz_models_data);
}

bool IntRange::contains(int value) const
{
    if (value < min || value > max)
        return false;
    return step <= 1 || (value - min) % step == 0;
}

namespace {

/** Reads the entries of the data file, recording every one that is missing or of the wrong type. */
class LimitsReader
{
public:
    LimitsReader(const QJsonObject &root, QStringList &problems)
        : m_root(root)
        , m_problems(problems)
    {
    }

    QJsonValue value(const QString &path) const
    {
        QJsonValue current = m_root;
        const QStringList parts = path.split(QLatin1Char('/'));
        for (const QString &part : parts) {
            if (!current.isObject())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toObject().value(part);
        }
        return current;
    }

    int integer(const QString &path) const
    {
        const QJsonValue found = value(path);
        if (!found.isDouble()) {
            m_problems.append(path);
            return 0;
        }
        return found.toInt();
    }

    bool boolean(const QString &path) const
    {
        const QJsonValue found = value(path);
        if (!found.isBool()) {
            m_problems.append(path);
            return false;
        }
        return found.toBool();
    }

    QString string(const QString &path) const
    {
        const QJsonValue found = value(path);
        if (!found.isString()) {
            m_problems.append(path);
            return QString();
        }
        return found.toString();
    }

    QStringList strings(const QString &path) const
    {
        const QJsonValue found = value(path);
        QStringList list;
        if (!found.isArray()) {
            m_problems.append(path);
            return list;
        }
        const QJsonArray array = found.toArray();
        for (const QJsonValue &item : array)
            list.append(item.toString());
        return list;
    }

    IntRange range(const QString &path) const
    {
        IntRange result;
        result.min = integer(path + QLatin1String("/min"));
        result.max = integer(path + QLatin1String("/max"));
        result.step = std::max(1, integer(path + QLatin1String("/step")));
        return result;
    }

private:
    QJsonObject m_root;
    QStringList &m_problems;
};

} // namespace

ApiLimits ApiLimits::builtIn()
{
    static const ApiLimits limits = [] {
        initModelsResources();
        const QString path = QStringLiteral(":/deskwiz/api-limits.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcModels) << "cannot read the built-in API limits" << path
                                 << file.errorString();
            return ApiLimits();
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isObject()) {
            qCCritical(lcModels) << "the built-in API limits are not a JSON object:"
                                 << error.errorString();
            return ApiLimits();
        }
        ApiLimits loaded = fromJson(document.object());
        if (!loaded.problems.isEmpty())
            qCCritical(lcModels) << "the built-in API limits lack" << loaded.problems;
        return loaded;
    }();
    return limits;
}

ApiLimits ApiLimits::fromJson(const QJsonObject &object)
{
    ApiLimits limits;
    const LimitsReader read(object, limits.problems);
    limits.stringMaxLength = read.integer(QStringLiteral("string_max_length"));
    limits.defaultMaxDesktopsPerRequest =
        read.integer(QStringLiteral("default_max_desktops_per_request"));
    limits.desktopTypes = read.strings(QStringLiteral("desktop_types"));
    limits.imageTypes = read.strings(QStringLiteral("image_types"));
    limits.imageTypesWithWarning = read.strings(QStringLiteral("image_types_with_warning"));
    limits.volumeTypes = read.strings(QStringLiteral("volume_types"));
    limits.rootVolumeSize = read.range(QStringLiteral("root_volume_size"));
    limits.dataVolumeSize = read.range(QStringLiteral("data_volume_size"));
    limits.maxDataVolumes = read.integer(QStringLiteral("max_data_volumes"));
    limits.maxNics = read.integer(QStringLiteral("max_nics"));
    limits.maxSecurityGroups = read.integer(QStringLiteral("max_security_groups"));
    limits.maxTags = read.integer(QStringLiteral("max_tags"));
    limits.tagKeyMaxLength = read.integer(QStringLiteral("tag/key_max_length"));
    limits.tagValueMaxLength = read.integer(QStringLiteral("tag/value_max_length"));
    limits.tagForbiddenCharacters = read.string(QStringLiteral("tag/forbidden_characters"));
    limits.tagAllowedPunctuation = read.string(QStringLiteral("tag/allowed_punctuation"));
    limits.eipTypes = read.strings(QStringLiteral("eip/types"));
    limits.eipChargeModes = read.strings(QStringLiteral("eip/charge_modes"));
    limits.eipBandwidthSize = read.range(QStringLiteral("eip/bandwidth_size"));
    limits.poolSize = read.range(QStringLiteral("pool_size"));
    limits.poolNameSingleMaxLength = read.integer(QStringLiteral("pool_name/single_max_length"));
    limits.poolNamePrefixMaxLength = read.integer(QStringLiteral("pool_name/prefix_max_length"));
    limits.maxDesktopIps = read.integer(QStringLiteral("max_desktop_ips"));
    limits.userNameAllowedPunctuation =
        read.string(QStringLiteral("user_name/allowed_punctuation"));
    limits.userNameMaxLengthLiteAd =
        read.integer(QStringLiteral("user_name/domain_types/LITE_AD/max_length"));
    limits.userNameMaxLengthLocalAd =
        read.integer(QStringLiteral("user_name/domain_types/LOCAL_AD/max_length"));
    const QString digitAllowed = QStringLiteral("letter_or_digit");
    limits.userNameLiteAdMayStartWithDigit =
        read.string(QStringLiteral("user_name/domain_types/LITE_AD/first_character"))
        == digitAllowed;
    limits.userNameLocalAdMayStartWithDigit =
        read.string(QStringLiteral("user_name/domain_types/LOCAL_AD/first_character"))
        == digitAllowed;
    limits.userNameMaxLengthWindows =
        read.integer(QStringLiteral("user_name/os_types/Windows/max_length"));
    limits.userNameMaxLengthLinux =
        read.integer(QStringLiteral("user_name/os_types/Linux/max_length"));
    limits.userGroupsWindows = read.strings(QStringLiteral("user_groups/Windows"));
    limits.userGroupsLinux = read.strings(QStringLiteral("user_groups/Linux"));
    limits.userPhoneMinDigits = read.integer(QStringLiteral("user_phone/min_digits"));
    limits.userPhoneMaxDigits = read.integer(QStringLiteral("user_phone/max_digits"));
    limits.computerNameMaxLength = read.integer(QStringLiteral("computer_name_max_length"));
    limits.osHostNameMaxLength = read.integer(QStringLiteral("os_host_name_max_length"));
    limits.sharedVpcPort = read.range(QStringLiteral("shared_vpc/port"));
    limits.sharedVpcMaxAvailabilityZones =
        read.integer(QStringLiteral("shared_vpc/max_availability_zones"));
    limits.enterpriseProjectIdPattern =
        QRegularExpression(read.string(QStringLiteral("enterprise_project_id/pattern")));
    if (!limits.enterpriseProjectIdPattern.isValid())
        limits.problems.append(QStringLiteral("enterprise_project_id/pattern"));
    limits.enterpriseProjectIdMaxLength =
        read.integer(QStringLiteral("enterprise_project_id/max_length"));
    return limits;
}

int ApiLimits::userNameMaxLength(const ValidationContext &context) const
{
    const int byDomain = context.domainType == ValidationContext::DomainType::LiteAd
        ? userNameMaxLengthLiteAd
        : userNameMaxLengthLocalAd;
    const int byOs = context.osType == ValidationContext::OsType::Windows ? userNameMaxLengthWindows
                                                                          : userNameMaxLengthLinux;
    return std::min(byDomain, byOs);
}

bool ApiLimits::userNameMayStartWithDigit(const ValidationContext &context) const
{
    return context.domainType == ValidationContext::DomainType::LiteAd
        ? userNameLiteAdMayStartWithDigit
        : userNameLocalAdMayStartWithDigit;
}

const QStringList &ApiLimits::userGroups(ValidationContext::OsType osType) const
{
    return osType == ValidationContext::OsType::Windows ? userGroupsWindows : userGroupsLinux;
}
