#pragma once

#include <QString>

#include <optional>

/** What a request is judged against besides its body (API.md §3). */
struct ValidationContext
{
    enum class OsType { Windows, Linux };
    enum class DomainType { LiteAd, LocalAd };

    OsType osType = OsType::Windows;
    DomainType domainType = DomainType::LiteAd;
    int maxDesktopsPerRequest = 50;
    /**
     * The smallest system disk the chosen image allows (its min_disk in GB), when known: the
     * wizard sets it from the images look-up; unset, the image's minimum is not checked.
     */
    std::optional<int> imageMinDiskGb;
    /**
     * The OS the chosen product (package) is for, when known: the wizard sets it from the products
     * look-up; unset (e.g. a typed product the look-up does not know), it is not checked.
     */
    std::optional<OsType> productOsType;

    /** "Windows"/"Linux" (any case) → OsType; nullopt for anything else. */
    static std::optional<OsType> parseOsType(const QString &text);
    /** "LITE_AD", "LITE_AS" → LiteAd; "LOCAL_AD" → LocalAd (any case); nullopt otherwise. */
    static std::optional<DomainType> parseDomainType(const QString &text);
    static QString osTypeName(OsType type); ///< "Windows" / "Linux"
    static QString domainTypeName(DomainType type); ///< "LITE_AD" / "LOCAL_AD"

    bool operator==(const ValidationContext &other) const;
    bool operator!=(const ValidationContext &other) const { return !(*this == other); }
};
