#include "models/Validator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

// The rules of API.md §3. Every rule is one entry of kRules below, in body order; every number
// and word list comes from ApiLimits (resources/api-limits.json), never from a literal here.

namespace {

/** What a rule looks at: the request, its context and the limits; `desktop` for per-desktop rules.
 */
struct RuleInput
{
    const CreateDesktopRequest &request;
    const ValidationContext &context;
    const ApiLimits &limits;
    /** The reader's errors: members that were given but could not be read into `request`. */
    const ValidationIssues &readErrors;
    int desktopIndex = -1;

    /** True when the member at `pointer` is set, or was given with a type the reader refused. */
    template<typename T>
    bool given(const std::optional<T> &member, const QString &pointer) const
    {
        return member.has_value()
            || std::any_of(readErrors.cbegin(), readErrors.cend(),
                           [&](const ValidationIssue &read) { return read.pointer == pointer; });
    }

    const Desktop &desktop() const { return request.desktops->at(desktopIndex); }
    /** The pointer of a member of the current desktop, e.g. /desktops/3/user_name. */
    QString desktopPointer(const char *member) const
    {
        return QLatin1String("/desktops/") + QString::number(desktopIndex) + QLatin1Char('/')
            + QLatin1String(member);
    }
    int maxDesktopsPerRequest() const
    {
        return context.maxDesktopsPerRequest > 0 ? context.maxDesktopsPerRequest
                                                 : limits.defaultMaxDesktopsPerRequest;
    }
};

/** Collects the issues the rules find. */
class IssueSink
{
public:
    explicit IssueSink(ValidationIssues &issues)
        : m_issues(issues)
    {
    }

    void error(QString pointer, QString message)
    {
        add(std::move(pointer), ValidationIssue::Severity::Error, std::move(message));
    }
    void warning(QString pointer, QString message)
    {
        add(std::move(pointer), ValidationIssue::Severity::Warning, std::move(message));
    }

private:
    void add(QString pointer, ValidationIssue::Severity severity, QString message)
    {
        ValidationIssue issue;
        issue.pointer = std::move(pointer);
        issue.severity = severity;
        issue.message = std::move(message);
        m_issues.append(std::move(issue));
    }

    ValidationIssues &m_issues;
};

// ---------------------------------------------------------------------------------------------
// Small helpers shared by the rules.

QString listText(const QStringList &words)
{
    return words.join(QLatin1String(", "));
}

/** Length in Unicode characters (a surrogate pair counts once). */
int characterCount(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/** The first character of `text` that is not an ASCII letter, digit or one of `punctuation`. */
std::optional<QChar> firstOutsideAscii(QStringView text, QStringView punctuation)
{
    for (const QChar c : text) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && !punctuation.contains(c))
            return c;
    }
    return std::nullopt;
}

bool isBlank(const std::optional<QString> &text)
{
    return !text || text->trimmed().isEmpty();
}

bool isIpv4Address(QStringView text)
{
    const QList<QStringView> parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        if (part.size() > 1 && part.front() == QLatin1Char('0'))
            return false;
        for (const QChar c : part) {
            if (!isAsciiDigit(c))
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return address.match(text).hasMatch();
}

/** A required, non-empty string of at most stringMaxLength characters. */
void checkRequiredString(IssueSink &sink, const RuleInput &in, const QString &pointer,
                         const std::optional<QString> &value, const QString &label)
{
    if (isBlank(value)) {
        sink.error(
            pointer,
            QCoreApplication::translate("Validator", "%1 is required; give a non-empty value")
                .arg(label));
        return;
    }
    if (characterCount(*value) > in.limits.stringMaxLength) {
        sink.error(
            pointer,
            QCoreApplication::translate("Validator", "%1 must be at most %2 characters; it has %3")
                .arg(label)
                .arg(in.limits.stringMaxLength)
                .arg(characterCount(*value)));
    }
}

/** An optional string of at most stringMaxLength characters. */
void checkOptionalString(IssueSink &sink, const RuleInput &in, const QString &pointer,
                         const std::optional<QString> &value, const QString &label)
{
    if (value && characterCount(*value) > in.limits.stringMaxLength) {
        sink.error(
            pointer,
            QCoreApplication::translate("Validator", "%1 must be at most %2 characters; it has %3")
                .arg(label)
                .arg(in.limits.stringMaxLength)
                .arg(characterCount(*value)));
    }
}

/** A required word from `allowed` (case matters: the API compares exactly). */
void checkRequiredWord(IssueSink &sink, const QString &pointer, const std::optional<QString> &value,
                       const QStringList &allowed, const QString &label)
{
    if (!value) {
        sink.error(pointer,
                   QCoreApplication::translate("Validator", "%1 is required; one of: %2")
                       .arg(label, listText(allowed)));
        return;
    }
    if (!allowed.contains(*value)) {
        sink.error(pointer,
                   QCoreApplication::translate("Validator", "%1 must be one of %2; \"%3\" is not")
                       .arg(label, listText(allowed), *value));
    }
}

void checkCount(IssueSink &sink, const QString &pointer, qsizetype count, int max,
                const QString &label)
{
    if (count > max) {
        sink.error(pointer,
                   QCoreApplication::translate("Validator", "At most %1 %2 are allowed; %3 given")
                       .arg(max)
                       .arg(label)
                       .arg(count));
    }
}

void checkVolume(IssueSink &sink, const RuleInput &in, const QString &pointer, const Volume &volume,
                 const IntRange &sizes, const QString &label)
{
    checkRequiredWord(sink, pointer + QLatin1String("/type"), volume.type, in.limits.volumeTypes,
                      QCoreApplication::translate("Validator", "%1 type").arg(label));
    const QString sizePointer = pointer + QLatin1String("/size");
    if (!volume.size) {
        sink.error(sizePointer,
                   QCoreApplication::translate(
                       "Validator", "%1 size is required: a multiple of %2 between %3 and %4 GB")
                       .arg(label)
                       .arg(sizes.step)
                       .arg(sizes.min)
                       .arg(sizes.max));
    } else if (!sizes.contains(*volume.size)) {
        sink.error(
            sizePointer,
            QCoreApplication::translate(
                "Validator", "%1 size must be a multiple of %2 between %3 and %4 GB; %5 is not")
                .arg(label)
                .arg(sizes.step)
                .arg(sizes.min)
                .arg(sizes.max)
                .arg(*volume.size));
    }
}

/** The tag key/value character rule: letters (any script), digits, the allowed punctuation. */
void checkTagText(IssueSink &sink, const RuleInput &in, const QString &pointer, const QString &text,
                  const QString &label)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const QString character = text.mid(i, width);
        if (in.limits.tagForbiddenCharacters.contains(character)) {
            sink.error(pointer,
                       QCoreApplication::translate(
                           "Validator", "%1 must not contain any of %2; \"%3\" contains \"%4\"")
                           .arg(label, in.limits.tagForbiddenCharacters, text, character));
            return;
        }
        if (!QChar::isLetterOrNumber(codePoint)
            && !in.limits.tagAllowedPunctuation.contains(character)) {
            sink.error(pointer,
                       QCoreApplication::translate("Validator",
                                                   "%1 may contain only letters, digits and %2; "
                                                   "\"%3\" contains \"%4\"")
                           .arg(label, in.limits.tagAllowedPunctuation, text, character));
            return;
        }
        i += width - 1;
    }
}

// ---------------------------------------------------------------------------------------------
// The rules on the body.

void ruleDesktopType(const RuleInput &in, IssueSink &sink)
{
    checkRequiredWord(sink, QStringLiteral("/desktop_type"), in.request.desktopType,
                      in.limits.desktopTypes,
                      QCoreApplication::translate("Validator", "Desktop type"));
}

void ruleAvailabilityZone(const RuleInput &in, IssueSink &sink)
{
    const QString pointer = QStringLiteral("/availability_zone");
    const std::optional<QString> &zone = in.request.availabilityZone;
    // Only a zone left out means the service's default; an empty name is no zone at all.
    if (zone && zone->trimmed().isEmpty()) {
        sink.error(pointer,
                   QCoreApplication::translate("Validator",
                                               "Availability zone must not be empty: leave it out "
                                               "for the service's default zone, or name a zone "
                                               "such as cn-north-4a"));
        return;
    }
    checkOptionalString(sink, in, pointer, zone,
                        QCoreApplication::translate("Validator", "Availability zone"));
}

void ruleProductFitsOs(const RuleInput &in, IssueSink &sink)
{
    const std::optional<ValidationContext::OsType> &productOs = in.context.productOsType;
    if (!productOs || *productOs == in.context.osType || !in.request.productId
        || in.request.productId->trimmed().isEmpty())
        return;
    const QString osName = ValidationContext::osTypeName(in.context.osType);
    sink.error(QStringLiteral("/product_id"),
               QCoreApplication::translate("Validator",
                                           "The package %1 is for %2 but the image is %3: choose "
                                           "a %3 package.")
                   .arg(*in.request.productId, ValidationContext::osTypeName(*productOs), osName));
}

void ruleProductId(const RuleInput &in, IssueSink &sink)
{
    checkRequiredString(sink, in, QStringLiteral("/product_id"), in.request.productId,
                        QCoreApplication::translate("Validator", "Product ID"));
    ruleProductFitsOs(in, sink); // the package must be for the OS of the image
}

void ruleImageType(const RuleInput &in, IssueSink &sink)
{
    const QString pointer = QStringLiteral("/image_type");
    const std::optional<QString> &type = in.request.imageType;
    if (type && in.limits.imageTypesWithWarning.contains(*type)) {
        sink.warning(pointer,
                     QCoreApplication::translate("Validator",
                                                 "Image type \"%1\" is accepted by some API "
                                                 "versions only; %2 are the documented ones")
                         .arg(*type, listText(in.limits.imageTypes)));
        return;
    }
    checkRequiredWord(sink, pointer, type, in.limits.imageTypes,
                      QCoreApplication::translate("Validator", "Image type"));
}

void ruleImageId(const RuleInput &in, IssueSink &sink)
{
    checkRequiredString(sink, in, QStringLiteral("/image_id"), in.request.imageId,
                        QCoreApplication::translate("Validator", "Image ID"));
}

void ruleRootVolume(const RuleInput &in, IssueSink &sink)
{
    if (!in.request.rootVolume) {
        sink.error(QStringLiteral("/root_volume"),
                   QCoreApplication::translate("Validator",
                                               "A root volume is required: a type (%1) and a "
                                               "size of %2 to %3 GB")
                       .arg(listText(in.limits.volumeTypes))
                       .arg(in.limits.rootVolumeSize.min)
                       .arg(in.limits.rootVolumeSize.max));
        return;
    }
    checkVolume(sink, in, QStringLiteral("/root_volume"), *in.request.rootVolume,
                in.limits.rootVolumeSize, QCoreApplication::translate("Validator", "Root volume"));
}

void ruleRootVolumeFitsImage(const RuleInput &in, IssueSink &sink)
{
    const std::optional<int> &minimum = in.context.imageMinDiskGb;
    if (!minimum || !in.request.rootVolume || !in.request.rootVolume->size)
        return;
    const int size = *in.request.rootVolume->size;
    if (!in.limits.rootVolumeSize.contains(size) || size >= *minimum)
        return; // a size outside the general range has its own message
    // The smallest size the range allows that is at least the image's minimum.
    const IntRange &sizes = in.limits.rootVolumeSize;
    const int step = qMax(1, sizes.step);
    const int fitting = qMax(sizes.min, *minimum + (step - *minimum % step) % step);
    sink.error(QStringLiteral("/root_volume/size"),
               QCoreApplication::translate("Validator",
                                           "The chosen image needs a system disk of at least %1 "
                                           "GB; make it %2 GB or more (%3 GB is too small)")
                   .arg(*minimum)
                   .arg(fitting)
                   .arg(size));
}

void ruleDataVolumes(const RuleInput &in, IssueSink &sink)
{
    if (!in.request.dataVolumes)
        return;
    const QList<Volume> &volumes = *in.request.dataVolumes;
    checkCount(sink, QStringLiteral("/data_volumes"), volumes.size(), in.limits.maxDataVolumes,
               QCoreApplication::translate("Validator", "data volumes"));
    for (int i = 0; i < volumes.size(); ++i) {
        checkVolume(sink, in, QLatin1String("/data_volumes/") + QString::number(i), volumes.at(i),
                    in.limits.dataVolumeSize,
                    QCoreApplication::translate("Validator", "Data volume %1").arg(i + 1));
    }
}

void ruleNics(const RuleInput &in, IssueSink &sink)
{
    if (!in.request.nics)
        return;
    const QList<Nic> &nics = *in.request.nics;
    checkCount(sink, QStringLiteral("/nics"), nics.size(), in.limits.maxNics,
               QCoreApplication::translate("Validator", "NICs"));
    for (int i = 0; i < nics.size(); ++i) {
        checkRequiredString(
            sink, in, QLatin1String("/nics/") + QString::number(i) + QLatin1String("/subnet_id"),
            nics.at(i).subnetId,
            QCoreApplication::translate("Validator", "The subnet ID of NIC %1").arg(i + 1));
    }
}

void ruleSecurityGroups(const RuleInput &in, IssueSink &sink)
{
    if (!in.request.securityGroups)
        return;
    const QList<SecurityGroup> &groups = *in.request.securityGroups;
    checkCount(sink, QStringLiteral("/security_groups"), groups.size(), in.limits.maxSecurityGroups,
               QCoreApplication::translate("Validator", "security groups"));
    for (int i = 0; i < groups.size(); ++i) {
        checkRequiredString(
            sink, in,
            QLatin1String("/security_groups/") + QString::number(i) + QLatin1String("/id"),
            groups.at(i).id,
            QCoreApplication::translate("Validator", "The ID of security group %1").arg(i + 1));
    }
}

void ruleDesktopsOrSize(const RuleInput &in, IssueSink &sink)
{
    const bool hasDesktops = in.given(in.request.desktops, QStringLiteral("/desktops"));
    const bool hasSize = in.given(in.request.size, QStringLiteral("/size"));
    if (hasDesktops && hasSize) {
        sink.error(QStringLiteral("/size"),
                   QCoreApplication::translate("Validator",
                                               "Give either desktops (desktops assigned to "
                                               "users) or size (an unassigned pool), not both"));
    } else if (!hasDesktops && !hasSize) {
        sink.error(QStringLiteral("/desktops"),
                   QCoreApplication::translate("Validator",
                                               "Give either desktops (desktops assigned to "
                                               "users) or size (an unassigned pool of desktops)"));
    }
}

void ruleDesktopCount(const RuleInput &in, IssueSink &sink)
{
    if (!in.request.desktops)
        return;
    const qsizetype count = in.request.desktops->size();
    const int max = in.maxDesktopsPerRequest();
    if (count < 1) {
        sink.error(QStringLiteral("/desktops"),
                   QCoreApplication::translate("Validator",
                                               "A request must have 1 to %1 desktops; it has none: "
                                               "add a user, or give size instead for an "
                                               "unassigned pool")
                       .arg(max));
    } else if (count > max) {
        sink.error(QStringLiteral("/desktops"),
                   QCoreApplication::translate("Validator",
                                               "A request must have 1 to %1 desktops; it has %2 "
                                               "(deskwiz submit sends a larger one as several "
                                               "requests of %1)")
                       .arg(max)
                       .arg(count));
    }
}

// Per desktop (run for each entry of `desktops`, in order).

void ruleUserName(const RuleInput &in, IssueSink &sink)
{
    const QString pointer = in.desktopPointer("user_name");
    const std::optional<QString> &name = in.desktop().userName;
    const int maxLength = in.limits.userNameMaxLength(in.context);
    const bool digitFirst = in.limits.userNameMayStartWithDigit(in.context);
    const QString context = ValidationContext::domainTypeName(in.context.domainType)
        + QLatin1Char('/') + ValidationContext::osTypeName(in.context.osType);
    if (!name || name->isEmpty()) {
        sink.error(pointer,
                   QCoreApplication::translate("Validator",
                                               "User name is required: 1 to %1 letters, digits, "
                                               "%2")
                       .arg(maxLength)
                       .arg(in.limits.userNameAllowedPunctuation));
        return;
    }
    if (name->size() > maxLength) {
        sink.error(pointer,
                   QCoreApplication::translate("Validator",
                                               "User name must be at most %1 characters with %2; "
                                               "\"%3\" has %4")
                       .arg(maxLength)
                       .arg(context, *name)
                       .arg(name->size()));
        return;
    }
    if (const std::optional<QChar> bad =
            firstOutsideAscii(*name, in.limits.userNameAllowedPunctuation)) {
        sink.error(pointer,
                   QCoreApplication::translate("Validator",
                                               "User name may contain only letters, digits and "
                                               "%1; \"%2\" contains \"%3\"")
                       .arg(in.limits.userNameAllowedPunctuation, *name, QString(*bad)));
        return;
    }
    const QChar first = name->front();
    if (digitFirst ? !(isAsciiLetter(first) || isAsciiDigit(first)) : !isAsciiLetter(first)) {
        sink.error(pointer,
                   digitFirst ? QCoreApplication::translate("Validator",
                                                            "User name must start with a letter "
                                                            "or a digit with %1; \"%2\" does not")
                                    .arg(context, *name)
                              : QCoreApplication::translate("Validator",
                                                            "User name must start with a letter "
                                                            "with %1; \"%2\" does not")
                                    .arg(context, *name));
    }
}

void ruleUserEmail(const RuleInput &in, IssueSink &sink)
{
    const std::optional<QString> &email = in.desktop().userEmail;
    if (!email)
        return;
    if (!isEmailAddress(*email) || email->size() > in.limits.stringMaxLength) {
        sink.error(in.desktopPointer("user_email"),
                   QCoreApplication::translate("Validator",
                                               "E-mail must be an address like "
                                               "name@example.com; \"%1\" is not")
                       .arg(*email));
    }
}

void ruleUserPhone(const RuleInput &in, IssueSink &sink)
{
    const std::optional<QString> &phone = in.desktop().userPhone;
    if (!phone)
        return;
    QStringView digits(*phone);
    if (digits.startsWith(QLatin1Char('+')))
        digits = digits.mid(1);
    bool onlyDigits = !digits.isEmpty();
    for (const QChar c : digits)
        onlyDigits = onlyDigits && isAsciiDigit(c);
    if (!onlyDigits || digits.size() < in.limits.userPhoneMinDigits
        || digits.size() > in.limits.userPhoneMaxDigits) {
        sink.error(in.desktopPointer("user_phone"),
                   QCoreApplication::translate("Validator",
                                               "Phone must be a mobile number of %1 to %2 digits, "
                                               "optionally starting with +; \"%3\" is not")
                       .arg(in.limits.userPhoneMinDigits)
                       .arg(in.limits.userPhoneMaxDigits)
                       .arg(*phone));
    }
}

void ruleUserGroup(const RuleInput &in, IssueSink &sink)
{
    const std::optional<QString> &group = in.desktop().userGroup;
    if (!group)
        return;
    const QStringList &allowed = in.limits.userGroups(in.context.osType);
    if (!allowed.contains(*group)) {
        sink.error(
            in.desktopPointer("user_group"),
            QCoreApplication::translate("Validator",
                                        "User group must be one of %1 on %2; \"%3\" is not")
                .arg(listText(allowed), ValidationContext::osTypeName(in.context.osType), *group));
    }
}

void ruleComputerName(const RuleInput &in, IssueSink &sink)
{
    const std::optional<QString> &name = in.desktop().computerName;
    if (!name)
        return;
    const QString pointer = in.desktopPointer("computer_name");
    const int maxLength = in.limits.computerNameMaxLength;
    const QString rule = QCoreApplication::translate("Validator",
                                                     "Computer name must be 1 to %1 letters, "
                                                     "digits or -, start with a letter or digit "
                                                     "and not end with -")
                             .arg(maxLength);
    const bool valid = !name->isEmpty() && name->size() <= maxLength
        && !firstOutsideAscii(*name, u"-")
        && (isAsciiLetter(name->front()) || isAsciiDigit(name->front()))
        && name->back() != QLatin1Char('-');
    if (!valid) {
        sink.error(pointer,
                   QCoreApplication::translate("Validator", "%1; \"%2\" is not").arg(rule, *name));
        return;
    }
    const QList<Desktop> &desktops = *in.request.desktops;
    for (int i = 0; i < in.desktopIndex; ++i) {
        const std::optional<QString> &earlier = desktops.at(i).computerName;
        if (earlier && earlier->compare(*name, Qt::CaseInsensitive) == 0) {
            sink.error(pointer,
                       QCoreApplication::translate("Validator",
                                                   "Computer names must be unique; \"%1\" is "
                                                   "already used by desktop %2")
                           .arg(*name)
                           .arg(i + 1));
            return;
        }
    }
}

void ruleOsHostName(const RuleInput &in, IssueSink &sink)
{
    const std::optional<QString> &name = in.desktop().osHostName;
    if (!name)
        return;
    const int length = characterCount(*name);
    if (length < 1 || length > in.limits.osHostNameMaxLength) {
        sink.error(in.desktopPointer("os_host_name"),
                   QCoreApplication::translate("Validator",
                                               "OS host name must be 1 to %1 characters; \"%2\" "
                                               "has %3")
                       .arg(in.limits.osHostNameMaxLength)
                       .arg(*name)
                       .arg(length));
    }
}

void ruleDesktopNamePrefix(const RuleInput &in, IssueSink &sink)
{
    checkOptionalString(sink, in, in.desktopPointer("desktop_name_prefix"),
                        in.desktop().desktopNamePrefix,
                        QCoreApplication::translate("Validator", "Desktop name prefix"));
}

// Back on the body.

void ruleDesktopName(const RuleInput &in, IssueSink &sink)
{
    const std::optional<QString> &name = in.request.desktopName;
    if (!name)
        return;
    const QString pointer = QStringLiteral("/desktop_name");
    if (in.request.desktops && !in.given(in.request.size, QStringLiteral("/size"))) {
        sink.warning(pointer,
                     QCoreApplication::translate("Validator",
                                                 "The desktop name \"%1\" only names an "
                                                 "unassigned pool (given with size); desktops "
                                                 "assigned to users are named by their "
                                                 "computer_name or desktop_name_prefix, so it is "
                                                 "ignored")
                         .arg(*name));
        return;
    }
    const int length = characterCount(*name);
    if (in.request.size && *in.request.size > 1) {
        const int max = in.limits.poolNamePrefixMaxLength;
        if (length < 1 || length > max) {
            sink.error(pointer,
                       QCoreApplication::translate("Validator",
                                                   "With a pool of %1 desktops the desktop name "
                                                   "is a prefix of 1 to %2 characters; \"%3\" has "
                                                   "%4")
                           .arg(*in.request.size)
                           .arg(max)
                           .arg(*name)
                           .arg(length));
        }
        return;
    }
    const int max = in.limits.poolNameSingleMaxLength;
    if (length < 1 || length > max) {
        sink.error(pointer,
                   QCoreApplication::translate("Validator",
                                               "Desktop name must be 1 to %1 characters; \"%2\" "
                                               "has %3")
                       .arg(max)
                       .arg(*name)
                       .arg(length));
    }
}

void ruleDesktopIps(const RuleInput &in, IssueSink &sink)
{
    if (!in.request.desktopIps)
        return;
    const QStringList &addresses = *in.request.desktopIps;
    checkCount(sink, QStringLiteral("/desktop_ips"), addresses.size(), in.limits.maxDesktopIps,
               QCoreApplication::translate("Validator", "desktop IP addresses"));
    for (int i = 0; i < addresses.size(); ++i) {
        if (!isIpv4Address(addresses.at(i))) {
            sink.error(QLatin1String("/desktop_ips/") + QString::number(i),
                       QCoreApplication::translate("Validator",
                                                   "Desktop IP must be an IPv4 address like "
                                                   "192.168.0.10; \"%1\" is not")
                           .arg(addresses.at(i)));
        }
    }
}

void ruleSize(const RuleInput &in, IssueSink &sink)
{
    if (!in.request.size)
        return;
    const IntRange &range = in.limits.poolSize;
    if (!range.contains(*in.request.size)) {
        sink.error(QStringLiteral("/size"),
                   QCoreApplication::translate("Validator",
                                               "Pool size must be %1 to %2 desktops; %3 is not")
                       .arg(range.min)
                       .arg(range.max)
                       .arg(*in.request.size));
    }
}

void ruleEnterpriseProjectId(const RuleInput &in, IssueSink &sink)
{
    const std::optional<QString> &id = in.request.enterpriseProjectId;
    if (!id)
        return;
    if (id->size() > in.limits.enterpriseProjectIdMaxLength
        || !in.limits.enterpriseProjectIdPattern.match(*id).hasMatch()) {
        sink.error(QStringLiteral("/enterprise_project_id"),
                   QCoreApplication::translate("Validator",
                                               "Enterprise project ID must be 1 to %1 letters, "
                                               "digits, - or _ (\"0\" is the default project); "
                                               "\"%2\" is not")
                       .arg(in.limits.enterpriseProjectIdMaxLength)
                       .arg(*id));
    }
}

void ruleTags(const RuleInput &in, IssueSink &sink)
{
    if (!in.request.tags)
        return;
    const QList<Tag> &tags = *in.request.tags;
    checkCount(sink, QStringLiteral("/tags"), tags.size(), in.limits.maxTags,
               QCoreApplication::translate("Validator", "tags"));
    for (int i = 0; i < tags.size(); ++i) {
        const Tag &tag = tags.at(i);
        const QString pointer = QLatin1String("/tags/") + QString::number(i);
        const QString keyPointer = pointer + QLatin1String("/key");
        const QString keyLabel = QCoreApplication::translate("Validator", "Tag key");
        if (!tag.key || tag.key->isEmpty()) {
            sink.error(keyPointer,
                       QCoreApplication::translate("Validator",
                                                   "Tag key is required: 1 to %1 letters, digits, "
                                                   "%2")
                           .arg(in.limits.tagKeyMaxLength)
                           .arg(in.limits.tagAllowedPunctuation));
        } else if (characterCount(*tag.key) > in.limits.tagKeyMaxLength) {
            sink.error(keyPointer,
                       QCoreApplication::translate("Validator",
                                                   "Tag key must be at most %1 characters; \"%2\" "
                                                   "has %3")
                           .arg(in.limits.tagKeyMaxLength)
                           .arg(*tag.key)
                           .arg(characterCount(*tag.key)));
        } else {
            checkTagText(sink, in, keyPointer, *tag.key, keyLabel);
            for (int j = 0; j < i; ++j) {
                if (tags.at(j).key == tag.key) {
                    sink.error(keyPointer,
                               QCoreApplication::translate("Validator",
                                                           "Tag keys must be unique; \"%1\" is "
                                                           "already tag %2")
                                   .arg(*tag.key)
                                   .arg(j + 1));
                    break;
                }
            }
        }
        if (tag.value) {
            const QString valuePointer = pointer + QLatin1String("/value");
            if (characterCount(*tag.value) > in.limits.tagValueMaxLength) {
                sink.error(valuePointer,
                           QCoreApplication::translate("Validator",
                                                       "Tag value must be at most %1 characters; "
                                                       "\"%2\" has %3")
                               .arg(in.limits.tagValueMaxLength)
                               .arg(*tag.value)
                               .arg(characterCount(*tag.value)));
            } else {
                checkTagText(sink, in, valuePointer, *tag.value,
                             QCoreApplication::translate("Validator", "Tag value"));
            }
        }
    }
}

void ruleSharedVpc(const RuleInput &in, IssueSink &sink)
{
    if (!in.request.sharedVpc)
        return;
    const SharedVpcParam &param = *in.request.sharedVpc;
    checkOptionalString(sink, in, QStringLiteral("/apply_shared_vpc_dedicated_param/address"),
                        param.address, QCoreApplication::translate("Validator", "Address"));
    const IntRange &ports = in.limits.sharedVpcPort;
    if (param.port && !ports.contains(*param.port)) {
        sink.error(QStringLiteral("/apply_shared_vpc_dedicated_param/port"),
                   QCoreApplication::translate("Validator", "Port must be %1 to %2; %3 is not")
                       .arg(ports.min)
                       .arg(ports.max)
                       .arg(*param.port));
    }
    if (param.availabilityZones) {
        checkCount(sink, QStringLiteral("/apply_shared_vpc_dedicated_param/availability_zone"),
                   param.availabilityZones->size(), in.limits.sharedVpcMaxAvailabilityZones,
                   QCoreApplication::translate("Validator", "availability zones"));
    }
}

void ruleEip(const RuleInput &in, IssueSink &sink)
{
    if (!in.request.eip)
        return;
    const Eip &eip = *in.request.eip;
    if (in.given(eip.id, QStringLiteral("/eip/id"))) {
        checkRequiredString(sink, in, QStringLiteral("/eip/id"), eip.id,
                            QCoreApplication::translate("Validator", "EIP ID"));
        if (eip.id && (eip.type || eip.chargeMode || eip.bandwidthSize)) {
            sink.warning(QStringLiteral("/eip"),
                         QCoreApplication::translate("Validator",
                                                     "The existing EIP \"%1\" is bound; its type, "
                                                     "charge mode and bandwidth are ignored: give "
                                                     "either an ID or a new EIP's settings")
                             .arg(*eip.id));
        }
        return;
    }
    checkRequiredWord(sink, QStringLiteral("/eip/type"), eip.type, in.limits.eipTypes,
                      QCoreApplication::translate("Validator", "EIP type"));
    if (eip.chargeMode && !in.limits.eipChargeModes.contains(*eip.chargeMode)) {
        sink.error(QStringLiteral("/eip/charge_mode"),
                   QCoreApplication::translate("Validator",
                                               "EIP charge mode must be one of %1; \"%2\" is not")
                       .arg(listText(in.limits.eipChargeModes), *eip.chargeMode));
    }
    const IntRange &bandwidth = in.limits.eipBandwidthSize;
    if (!eip.bandwidthSize) {
        sink.error(QStringLiteral("/eip/bandwidth_size"),
                   QCoreApplication::translate("Validator",
                                               "A new EIP needs a bandwidth of %1 to %2 Mbit/s")
                       .arg(bandwidth.min)
                       .arg(bandwidth.max));
    } else if (!bandwidth.contains(*eip.bandwidthSize)) {
        sink.error(QStringLiteral("/eip/bandwidth_size"),
                   QCoreApplication::translate("Validator",
                                               "EIP bandwidth must be %1 to %2 Mbit/s; %3 is not")
                       .arg(bandwidth.min)
                       .arg(bandwidth.max)
                       .arg(*eip.bandwidthSize));
    }
}

void ruleDesktopNamePolicy(const RuleInput &in, IssueSink &sink)
{
    const QString pointer = QStringLiteral("/desktop_name_policy_id");
    checkOptionalString(sink, in, pointer, in.request.desktopNamePolicyId,
                        QCoreApplication::translate("Validator", "Desktop name policy ID"));
    if (!in.request.desktopNamePolicyId)
        return;
    // An explicit name wins over the policy (API.md §3): say which names the policy will not make.
    const QList<Desktop> desktops = in.request.desktops.value_or(QList<Desktop>());
    const qsizetype named =
        std::count_if(desktops.cbegin(), desktops.cend(),
                      [](const Desktop &desktop) { return desktop.computerName.has_value(); });
    if (named > 0) {
        sink.warning(pointer,
                     QCoreApplication::translate("Validator",
                                                 "%1 of %2 desktops have a computer_name, which "
                                                 "wins over the desktop name policy: the policy "
                                                 "names only the others")
                         .arg(named)
                         .arg(desktops.size()));
    } else if (in.request.desktopName && in.request.size) {
        sink.warning(pointer,
                     QCoreApplication::translate("Validator",
                                                 "The desktop name \"%1\" wins over the desktop "
                                                 "name policy: the pool is named by it, not by "
                                                 "the policy")
                         .arg(*in.request.desktopName));
    }
}

void ruleHourPackage(const RuleInput &in, IssueSink &sink)
{
    const std::optional<QString> &product = in.request.hourPackageProductId;
    const std::optional<QString> &offering = in.request.hourPackageOfferingId;
    if (product.has_value() == offering.has_value()) {
        checkOptionalString(sink, in, QStringLiteral("/hour_package_product_id"), product,
                            QCoreApplication::translate("Validator", "Hour package product ID"));
        checkOptionalString(sink, in, QStringLiteral("/hour_package_offering_id"), offering,
                            QCoreApplication::translate("Validator", "Hour package offering ID"));
        return;
    }
    if (product) {
        sink.error(QStringLiteral("/hour_package_offering_id"),
                   QCoreApplication::translate("Validator",
                                               "An hour package needs both a product ID and an "
                                               "offering ID; the offering ID is missing"));
    } else {
        sink.error(QStringLiteral("/hour_package_product_id"),
                   QCoreApplication::translate("Validator",
                                               "An hour package needs both a product ID and an "
                                               "offering ID; the product ID is missing"));
    }
}

// ---------------------------------------------------------------------------------------------
// The rules table, in body order. `EachDesktop` rules run once per entry of `desktops`, all of
// them for desktop 0, then desktop 1, ...

enum class RuleScope { Body, EachDesktop };

struct Rule
{
    RuleScope scope;
    const char *pointer; ///< where its issues go ("*" stands for any index)
    void (*check)(const RuleInput &, IssueSink &);
};

const Rule kRules[] = {
    {RuleScope::Body, "/desktop_type", ruleDesktopType},
    {RuleScope::Body, "/availability_zone", ruleAvailabilityZone},
    {RuleScope::Body, "/product_id", ruleProductId},
    {RuleScope::Body, "/image_type", ruleImageType},
    {RuleScope::Body, "/image_id", ruleImageId},
    {RuleScope::Body, "/root_volume", ruleRootVolume},
    {RuleScope::Body, "/root_volume/size", ruleRootVolumeFitsImage},
    {RuleScope::Body, "/data_volumes", ruleDataVolumes},
    {RuleScope::Body, "/nics", ruleNics},
    {RuleScope::Body, "/security_groups", ruleSecurityGroups},
    {RuleScope::Body, "/desktops|/size", ruleDesktopsOrSize},
    {RuleScope::Body, "/desktops", ruleDesktopCount},
    {RuleScope::EachDesktop, "/desktops/*/user_name", ruleUserName},
    {RuleScope::EachDesktop, "/desktops/*/user_email", ruleUserEmail},
    {RuleScope::EachDesktop, "/desktops/*/user_phone", ruleUserPhone},
    {RuleScope::EachDesktop, "/desktops/*/user_group", ruleUserGroup},
    {RuleScope::EachDesktop, "/desktops/*/computer_name", ruleComputerName},
    {RuleScope::EachDesktop, "/desktops/*/os_host_name", ruleOsHostName},
    {RuleScope::EachDesktop, "/desktops/*/desktop_name_prefix", ruleDesktopNamePrefix},
    {RuleScope::Body, "/desktop_name", ruleDesktopName},
    {RuleScope::Body, "/desktop_ips", ruleDesktopIps},
    {RuleScope::Body, "/size", ruleSize},
    {RuleScope::Body, "/enterprise_project_id", ruleEnterpriseProjectId},
    {RuleScope::Body, "/tags", ruleTags},
    {RuleScope::Body, "/apply_shared_vpc_dedicated_param", ruleSharedVpc},
    {RuleScope::Body, "/eip", ruleEip},
    {RuleScope::Body, "/desktop_name_policy_id", ruleDesktopNamePolicy},
    {RuleScope::Body, "/hour_package_product_id|/hour_package_offering_id", ruleHourPackage},
};

} // namespace

Validator::Validator(ApiLimits limits)
    : m_limits(std::move(limits))
{
}

ValidationIssues Validator::validate(const CreateDesktopRequest &request,
                                     const ValidationContext &context) const
{
    return validate(request, context, {});
}

ValidationIssues Validator::validate(const CreateDesktopRequest &request,
                                     const ValidationContext &context,
                                     const ValidationIssues &readErrors) const
{
    ValidationIssues issues = readErrors;
    ValidationIssues ruleIssues;
    IssueSink sink(ruleIssues);
    RuleInput input {request, context, m_limits, readErrors};
    const Rule *const end = std::end(kRules);
    for (const Rule *rule = std::begin(kRules); rule != end; ++rule) {
        if (rule->scope == RuleScope::Body) {
            input.desktopIndex = -1;
            rule->check(input, sink);
            continue;
        }
        // A run of per-desktop rules: every rule of the run for each desktop in turn.
        const Rule *runEnd = rule;
        while (runEnd != end && runEnd->scope == RuleScope::EachDesktop)
            ++runEnd;
        const int desktopCount = request.desktops ? int(request.desktops->size()) : 0;
        for (int i = 0; i < desktopCount; ++i) {
            input.desktopIndex = i;
            for (const Rule *desktopRule = rule; desktopRule != runEnd; ++desktopRule)
                desktopRule->check(input, sink);
        }
        rule = runEnd - 1;
    }
    for (const ValidationIssue &issue : std::as_const(ruleIssues)) {
        const bool reported =
            std::any_of(readErrors.cbegin(), readErrors.cend(), [&](const ValidationIssue &read) {
                return isPointerAtOrBelow(issue.pointer, read.pointer);
            });
        if (!reported)
            issues.append(issue);
    }
    return issues;
}

QStringList Validator::rulePointers()
{
    QStringList pointers;
    for (const Rule &rule : kRules)
        pointers.append(QString::fromLatin1(rule.pointer));
    return pointers;
}
