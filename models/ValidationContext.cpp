#include "models/ValidationContext.h"

std::optional<ValidationContext::OsType> ValidationContext::parseOsType(const QString &text)
{
    if (text.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0)
        return OsType::Windows;
    if (text.compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0)
        return OsType::Linux;
    return std::nullopt;
}

std::optional<ValidationContext::DomainType> ValidationContext::parseDomainType(const QString &text)
{
    // The seed page says LITE_AD; the API's enum spells the same thing LITE_AS.
    if (text.compare(QLatin1String("LITE_AD"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("LITE_AS"), Qt::CaseInsensitive) == 0) {
        return DomainType::LiteAd;
    }
    if (text.compare(QLatin1String("LOCAL_AD"), Qt::CaseInsensitive) == 0)
        return DomainType::LocalAd;
    return std::nullopt;
}

QString ValidationContext::osTypeName(OsType type)
{
    switch (type) {
    case OsType::Windows:
        return QStringLiteral("Windows");
    case OsType::Linux:
        return QStringLiteral("Linux");
    }
    return QString();
}

QString ValidationContext::domainTypeName(DomainType type)
{
    switch (type) {
    case DomainType::LiteAd:
        return QStringLiteral("LITE_AD");
    case DomainType::LocalAd:
        return QStringLiteral("LOCAL_AD");
    }
    return QString();
}

bool ValidationContext::operator==(const ValidationContext &other) const
{
    return osType == other.osType && domainType == other.domainType
        && maxDesktopsPerRequest == other.maxDesktopsPerRequest
        && imageMinDiskGb == other.imageMinDiskGb && productOsType == other.productOsType;
}
