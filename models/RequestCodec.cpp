#include "models/RequestCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace {

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * Reads the members of one JSON object strictly: each known member is taken out of the object
 * when it has the right type, and whatever is left over is what the model does not know.
 */
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, const QString &pointer, ValidationIssues &errors)
        : m_rest(object)
        , m_pointer(pointer)
        , m_errors(errors)
    {
    }

    QString pointerOf(const QString &key) const
    {
        return m_pointer + QLatin1Char('/') + escapeJsonPointerToken(key);
    }

    void typeError(const QString &pointer, const QString &expected, const QJsonValue &found)
    {
        ValidationIssue issue;
        issue.pointer = pointer;
        issue.message = QCoreApplication::translate("RequestCodec", "Must be %1; found %2")
                            .arg(expected, describe(found));
        m_errors.append(issue);
    }

    static QString describe(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return QCoreApplication::translate("RequestCodec", "null");
        case QJsonValue::Bool:
            return QCoreApplication::translate("RequestCodec", "the boolean %1")
                .arg(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        case QJsonValue::Double:
            return QCoreApplication::translate("RequestCodec", "the number %1")
                .arg(RequestCodec::numberText(value));
        case QJsonValue::String:
            return QCoreApplication::translate("RequestCodec", "the string \"%1\"")
                .arg(value.toString());
        case QJsonValue::Array:
            return QCoreApplication::translate("RequestCodec", "a list");
        case QJsonValue::Object:
            return QCoreApplication::translate("RequestCodec", "an object");
        case QJsonValue::Undefined:
            break;
        }
        return QCoreApplication::translate("RequestCodec", "nothing");
    }

    /** Takes `key` out of the object; Undefined when absent. */
    QJsonValue take(const QString &key)
    {
        const auto it = m_rest.find(key);
        if (it == m_rest.end())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue value = it.value();
        m_rest.erase(it);
        return value;
    }

    void readString(const QString &key, std::optional<QString> &target)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return;
        if (value.isString())
            target = value.toString();
        else
            typeError(pointerOf(key), QCoreApplication::translate("RequestCodec", "a string"),
                      value);
    }

    void readInt(const QString &key, std::optional<int> &target)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return;
        const RequestCodec::Integer number = RequestCodec::readInteger(value);
        switch (number.status) {
        case RequestCodec::Integer::Status::Ok:
            target = number.value;
            return;
        case RequestCodec::Integer::Status::TooSmall:
        case RequestCodec::Integer::Status::TooLarge:
            rangeError(pointerOf(key), number.status, value);
            return;
        case RequestCodec::Integer::Status::NotANumber:
        case RequestCodec::Integer::Status::NotWhole:
            break;
        }
        typeError(pointerOf(key), QCoreApplication::translate("RequestCodec", "a whole number"),
                  value);
    }

    /** A whole number too large or too small to read: says the range that would be right. */
    void rangeError(const QString &pointer, RequestCodec::Integer::Status status,
                    const QJsonValue &found)
    {
        const QString number = RequestCodec::numberText(found);
        ValidationIssue issue;
        issue.pointer = pointer;
        issue.message =
            (status == RequestCodec::Integer::Status::TooLarge
                 ? QCoreApplication::translate("RequestCodec",
                                               "Must be a whole number from %1 to %2; %3 is "
                                               "too large")
                 : QCoreApplication::translate("RequestCodec",
                                               "Must be a whole number from %1 to %2; %3 is "
                                               "too small"))
                .arg(QString::number(std::numeric_limits<int>::min()),
                     QString::number(std::numeric_limits<int>::max()), number);
        m_errors.append(issue);
    }

    void readBool(const QString &key, std::optional<bool> &target)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return;
        if (value.isBool())
            target = value.toBool();
        else
            typeError(pointerOf(key), QCoreApplication::translate("RequestCodec", "true or false"),
                      value);
    }

    void readStringList(const QString &key, std::optional<QStringList> &target)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            typeError(pointerOf(key),
                      QCoreApplication::translate("RequestCodec", "a list of strings"), value);
            return;
        }
        const QJsonArray array = value.toArray();
        QStringList list;
        bool allStrings = true;
        for (int i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (item.isString()) {
                list.append(item.toString());
            } else {
                allStrings = false;
                typeError(pointerOf(key) + QLatin1Char('/') + QString::number(i),
                          QCoreApplication::translate("RequestCodec", "a string"), item);
            }
        }
        if (allStrings)
            target = list;
    }

    /** Reads an object member with `readPart(object, pointer, errors)`. */
    template<typename Part, typename ReadPart>
    void readObject(const QString &key, std::optional<Part> &target, ReadPart readPart)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return;
        if (!value.isObject()) {
            typeError(pointerOf(key), QCoreApplication::translate("RequestCodec", "an object"),
                      value);
            return;
        }
        target = readPart(value.toObject(), pointerOf(key), m_errors);
    }

    /** Reads a list of objects, each with `readPart`. */
    template<typename Part, typename ReadPart>
    void readObjectList(const QString &key, std::optional<QList<Part>> &target, ReadPart readPart)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            typeError(pointerOf(key),
                      QCoreApplication::translate("RequestCodec", "a list of objects"), value);
            return;
        }
        const QJsonArray array = value.toArray();
        QList<Part> parts;
        parts.reserve(array.size());
        bool allObjects = true;
        for (int i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            const QString itemPointer = pointerOf(key) + QLatin1Char('/') + QString::number(i);
            if (item.isObject()) {
                parts.append(readPart(item.toObject(), itemPointer, m_errors));
            } else {
                allObjects = false;
                typeError(itemPointer, QCoreApplication::translate("RequestCodec", "an object"),
                          item);
            }
        }
        if (allObjects)
            target = parts;
    }

    /** The members nobody took. */
    QJsonObject rest() const { return m_rest; }

private:
    QJsonObject m_rest;
    QString m_pointer;
    ValidationIssues &m_errors;
};

Volume readVolume(const QJsonObject &object, const QString &pointer, ValidationIssues &errors)
{
    Volume volume;
    ObjectReader reader(object, pointer, errors);
    reader.readString(QStringLiteral("type"), volume.type);
    reader.readInt(QStringLiteral("size"), volume.size);
    volume.unknown = reader.rest();
    return volume;
}

Nic readNic(const QJsonObject &object, const QString &pointer, ValidationIssues &errors)
{
    Nic nic;
    ObjectReader reader(object, pointer, errors);
    reader.readString(QStringLiteral("subnet_id"), nic.subnetId);
    nic.unknown = reader.rest();
    return nic;
}

SecurityGroup readSecurityGroup(const QJsonObject &object, const QString &pointer,
                                ValidationIssues &errors)
{
    SecurityGroup group;
    ObjectReader reader(object, pointer, errors);
    reader.readString(QStringLiteral("id"), group.id);
    group.unknown = reader.rest();
    return group;
}

Desktop readDesktop(const QJsonObject &object, const QString &pointer, ValidationIssues &errors)
{
    Desktop desktop;
    ObjectReader reader(object, pointer, errors);
    reader.readString(QStringLiteral("user_name"), desktop.userName);
    reader.readString(QStringLiteral("user_email"), desktop.userEmail);
    reader.readString(QStringLiteral("user_phone"), desktop.userPhone);
    reader.readString(QStringLiteral("user_group"), desktop.userGroup);
    reader.readString(QStringLiteral("computer_name"), desktop.computerName);
    reader.readString(QStringLiteral("os_host_name"), desktop.osHostName);
    reader.readString(QStringLiteral("desktop_name_prefix"), desktop.desktopNamePrefix);
    desktop.unknown = reader.rest();
    return desktop;
}

Tag readTag(const QJsonObject &object, const QString &pointer, ValidationIssues &errors)
{
    Tag tag;
    ObjectReader reader(object, pointer, errors);
    reader.readString(QStringLiteral("key"), tag.key);
    reader.readString(QStringLiteral("value"), tag.value);
    tag.unknown = reader.rest();
    return tag;
}

Eip readEip(const QJsonObject &object, const QString &pointer, ValidationIssues &errors)
{
    Eip eip;
    ObjectReader reader(object, pointer, errors);
    reader.readString(QStringLiteral("id"), eip.id);
    reader.readString(QStringLiteral("type"), eip.type);
    reader.readString(QStringLiteral("charge_mode"), eip.chargeMode);
    reader.readInt(QStringLiteral("bandwidth_size"), eip.bandwidthSize);
    eip.unknown = reader.rest();
    return eip;
}

SharedVpcParam readSharedVpc(const QJsonObject &object, const QString &pointer,
                             ValidationIssues &errors)
{
    SharedVpcParam param;
    ObjectReader reader(object, pointer, errors);
    reader.readString(QStringLiteral("address"), param.address);
    reader.readInt(QStringLiteral("port"), param.port);
    reader.readStringList(QStringLiteral("availability_zone"), param.availabilityZones);
    param.unknown = reader.rest();
    return param;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Writes set members into a JSON object that starts as the part's unknown members. */
class ObjectWriter
{
public:
    explicit ObjectWriter(const QJsonObject &unknown)
        : m_object(unknown)
    {
    }

    template<typename Value>
    void write(const QString &key, const std::optional<Value> &value)
    {
        if (value)
            m_object.insert(key, QJsonValue(*value));
    }

    void write(const QString &key, const std::optional<QStringList> &list)
    {
        if (list)
            m_object.insert(key, QJsonArray::fromStringList(*list));
    }

    template<typename Part, typename WritePart>
    void writeObject(const QString &key, const std::optional<Part> &part, WritePart writePart)
    {
        if (part)
            m_object.insert(key, writePart(*part));
    }

    template<typename Part, typename WritePart>
    void writeObjectList(const QString &key, const std::optional<QList<Part>> &parts,
                         WritePart writePart)
    {
        if (!parts)
            return;
        QJsonArray array;
        for (const Part &part : *parts)
            array.append(writePart(part));
        m_object.insert(key, array);
    }

    QJsonObject object() const { return m_object; }

private:
    QJsonObject m_object;
};

QJsonObject writeVolume(const Volume &volume)
{
    ObjectWriter writer(volume.unknown);
    writer.write(QStringLiteral("type"), volume.type);
    writer.write(QStringLiteral("size"), volume.size);
    return writer.object();
}

QJsonObject writeNic(const Nic &nic)
{
    ObjectWriter writer(nic.unknown);
    writer.write(QStringLiteral("subnet_id"), nic.subnetId);
    return writer.object();
}

QJsonObject writeSecurityGroup(const SecurityGroup &group)
{
    ObjectWriter writer(group.unknown);
    writer.write(QStringLiteral("id"), group.id);
    return writer.object();
}

QJsonObject writeDesktop(const Desktop &desktop)
{
    ObjectWriter writer(desktop.unknown);
    writer.write(QStringLiteral("user_name"), desktop.userName);
    writer.write(QStringLiteral("user_email"), desktop.userEmail);
    writer.write(QStringLiteral("user_phone"), desktop.userPhone);
    writer.write(QStringLiteral("user_group"), desktop.userGroup);
    writer.write(QStringLiteral("computer_name"), desktop.computerName);
    writer.write(QStringLiteral("os_host_name"), desktop.osHostName);
    writer.write(QStringLiteral("desktop_name_prefix"), desktop.desktopNamePrefix);
    return writer.object();
}

QJsonObject writeTag(const Tag &tag)
{
    ObjectWriter writer(tag.unknown);
    writer.write(QStringLiteral("key"), tag.key);
    writer.write(QStringLiteral("value"), tag.value);
    return writer.object();
}

QJsonObject writeEip(const Eip &eip)
{
    ObjectWriter writer(eip.unknown);
    writer.write(QStringLiteral("id"), eip.id);
    writer.write(QStringLiteral("type"), eip.type);
    writer.write(QStringLiteral("charge_mode"), eip.chargeMode);
    writer.write(QStringLiteral("bandwidth_size"), eip.bandwidthSize);
    return writer.object();
}

QJsonObject writeSharedVpc(const SharedVpcParam &param)
{
    ObjectWriter writer(param.unknown);
    writer.write(QStringLiteral("address"), param.address);
    writer.write(QStringLiteral("port"), param.port);
    writer.write(QStringLiteral("availability_zone"), param.availabilityZones);
    return writer.object();
}

} // namespace

RequestCodec::Integer RequestCodec::readInteger(const QJsonValue &value)
{
    Integer result;
    if (!value.isDouble())
        return result;
    const double number = value.toDouble();
    if (number > double(std::numeric_limits<int>::max()))
        result.status = Integer::Status::TooLarge;
    else if (number < double(std::numeric_limits<int>::min()))
        result.status = Integer::Status::TooSmall;
    else if (std::trunc(number) != number) // also NaN
        result.status = Integer::Status::NotWhole;
    else
        result = Integer {Integer::Status::Ok, int(number)};
    return result;
}

QString RequestCodec::numberText(const QJsonValue &value)
{
    // Qt keeps a whole number that fits in 64 bits exactly; the double would round it.
    if (value.toVariant().typeId() == QMetaType::LongLong)
        return QString::number(value.toInteger());
    return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
}

QString RequestCodec::syntaxErrorMessage(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::NoError:
        break;
    case QJsonParseError::UnterminatedObject:
        return QCoreApplication::translate(
            "RequestCodec",
            "expected ',' between two members or '}' to close the object (member names go "
            "in double quotes)");
    case QJsonParseError::MissingNameSeparator:
        return QCoreApplication::translate("RequestCodec",
                                           "expected ':' between a member name and its value");
    case QJsonParseError::UnterminatedArray:
        return QCoreApplication::translate(
            "RequestCodec", "expected ',' between two items or ']' to close the list");
    case QJsonParseError::MissingValueSeparator:
        return QCoreApplication::translate("RequestCodec",
                                           "expected ',' between two items of the list");
    case QJsonParseError::IllegalValue:
        return QCoreApplication::translate(
            "RequestCodec",
            "expected a value: a \"string\" in double quotes, a number, true, false, null, "
            "an object {...} or a list [...]");
    case QJsonParseError::TerminationByNumber:
        return QCoreApplication::translate(
            "RequestCodec",
            "expected more after this number: the file ends too early (is a closing '}' "
            "or ']' missing?)");
    case QJsonParseError::IllegalNumber:
        return QCoreApplication::translate(
            "RequestCodec",
            "expected a number such as 80, -3 or 2.5 (no '+' sign, no leading zeros; text "
            "goes in double quotes)");
    case QJsonParseError::IllegalEscapeSequence:
        return QCoreApplication::translate(
            "RequestCodec",
            "expected \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX after a backslash "
            "in a string");
    case QJsonParseError::IllegalUTF8String:
        return QCoreApplication::translate(
            "RequestCodec", "expected UTF-8 text in the string: save the file as UTF-8");
    case QJsonParseError::UnterminatedString:
        return QCoreApplication::translate("RequestCodec",
                                           "expected a closing '\"' at the end of the string");
    case QJsonParseError::MissingObject:
        return QCoreApplication::translate(
            "RequestCodec",
            "expected a value after ':' or ',' (JSON allows no comma before '}' or ']')");
    case QJsonParseError::DeepNesting:
        return QCoreApplication::translate("RequestCodec",
                                           "expected fewer objects and lists inside each other");
    case QJsonParseError::DocumentTooLarge:
        return QCoreApplication::translate(
            "RequestCodec", "expected a smaller file: this one is too large to read as JSON");
    case QJsonParseError::GarbageAtEnd:
        return QCoreApplication::translate(
            "RequestCodec",
            "expected the end of the file after the last '}' (is there an extra bracket "
            "or text after it?)");
    }
    return QJsonParseError {0, error}.errorString();
}

std::pair<int, int> RequestCodec::lineAndColumn(const QByteArray &utf8, qsizetype byteOffset)
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

namespace {

bool isJsonSpace(char byte)
{
    return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';
}

bool isAsciiLetterByte(char byte)
{
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
}

bool isNumberByte(char byte)
{
    return (byte >= '0' && byte <= '9') || byte == '-' || byte == '+' || byte == '.' || byte == 'e'
        || byte == 'E';
}

/**
 * The byte offset of the culprit of `error`. Qt reports where its parser stood: past the token it
 * read and found wrong (a '"' where ',' was due, the first byte of a bad word), or past a number
 * it could not convert. At the end of the text there is no token to step back to.
 */
qsizetype culpritOffset(const QByteArray &utf8, const QJsonParseError &error)
{
    const qsizetype size = utf8.size();
    qsizetype offset = std::clamp<qsizetype>(error.offset, 0, size);
    const bool readAByte = offset > 0 && !isJsonSpace(utf8.at(offset - 1));
    switch (error.error) {
    case QJsonParseError::MissingObject: // always after reading the '}' or ']'
        return offset > 0 ? offset - 1 : offset;
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
        return offset < size && readAByte ? offset - 1 : offset;
    case QJsonParseError::IllegalValue:
        // After the first byte of the value, or further into a word such as "tru".
        if (!readAByte)
            return offset;
        --offset;
        while (offset > 0 && isAsciiLetterByte(utf8.at(offset))
               && isAsciiLetterByte(utf8.at(offset - 1)))
            --offset;
        return offset;
    case QJsonParseError::IllegalNumber:
        while (offset > 0 && isNumberByte(utf8.at(offset - 1)))
            --offset;
        return offset;
    default:
        return offset;
    }
}

/** True when `text` is a number as JSON writes it (RFC 8259), whatever its size. */
bool isJsonNumber(const QByteArray &text)
{
    static const QRegularExpression number(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return number.match(QString::fromLatin1(text)).hasMatch();
}

RequestCodec::SyntaxError syntaxErrorIn(const QByteArray &utf8, const QJsonParseError &error)
{
    RequestCodec::SyntaxError result;
    const qsizetype culprit = culpritOffset(utf8, error);
    std::tie(result.line, result.column) = RequestCodec::lineAndColumn(utf8, culprit);
    const QByteArray number = utf8.mid(culprit, std::max<qsizetype>(0, error.offset - culprit));
    if (error.error == QJsonParseError::IllegalNumber && isJsonNumber(number)) {
        result.message = QCoreApplication::translate(
                             "RequestCodec",
                             "The number %1 is out of range: too large, or too close to zero, to "
                             "be read (the numbers of a request are whole numbers such as 80).")
                             .arg(QString::fromLatin1(number));
    } else {
        result.message = QCoreApplication::translate("RequestCodec", "This is not valid JSON: %1.")
                             .arg(RequestCodec::syntaxErrorMessage(error.error));
    }
    return result;
}

} // namespace

RequestCodec::ParsedText RequestCodec::parseText(const QByteArray &utf8)
{
    ParsedText result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError) {
        result.value =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        return result;
    }
    if (error.error == QJsonParseError::IllegalValue) {
        // Qt 6.4 takes only an object or a list as a whole text; inside a list, a single number,
        // string, boolean or null is read as JSON reads it.
        QJsonParseError wrappedError;
        const QJsonArray wrapped = QJsonDocument::fromJson('[' + utf8 + ']', &wrappedError).array();
        if (wrappedError.error == QJsonParseError::NoError && wrapped.size() == 1) {
            result.value = wrapped.first();
            return result;
        }
        if (wrappedError.error == QJsonParseError::IllegalNumber) {
            wrappedError.offset -= 1; // the '[' put in front
            result.error = syntaxErrorIn(utf8, wrappedError);
            return result;
        }
    }
    result.error = syntaxErrorIn(utf8, error);
    return result;
}

QJsonObject RequestCodec::toJson(const CreateDesktopRequest &request)
{
    ObjectWriter writer(request.unknown);
    writer.write(QStringLiteral("desktop_type"), request.desktopType);
    writer.write(QStringLiteral("availability_zone"), request.availabilityZone);
    writer.write(QStringLiteral("product_id"), request.productId);
    writer.write(QStringLiteral("image_type"), request.imageType);
    writer.write(QStringLiteral("image_id"), request.imageId);
    writer.writeObject(QStringLiteral("root_volume"), request.rootVolume, writeVolume);
    writer.writeObjectList(QStringLiteral("data_volumes"), request.dataVolumes, writeVolume);
    writer.writeObjectList(QStringLiteral("nics"), request.nics, writeNic);
    writer.writeObjectList(QStringLiteral("security_groups"), request.securityGroups,
                           writeSecurityGroup);
    writer.writeObjectList(QStringLiteral("desktops"), request.desktops, writeDesktop);
    writer.write(QStringLiteral("desktop_name"), request.desktopName);
    writer.write(QStringLiteral("desktop_ips"), request.desktopIps);
    writer.write(QStringLiteral("size"), request.size);
    writer.write(QStringLiteral("email_notification"), request.emailNotification);
    writer.write(QStringLiteral("enterprise_project_id"), request.enterpriseProjectId);
    writer.writeObjectList(QStringLiteral("tags"), request.tags, writeTag);
    writer.writeObject(QStringLiteral("apply_shared_vpc_dedicated_param"), request.sharedVpc,
                       writeSharedVpc);
    writer.writeObject(QStringLiteral("eip"), request.eip, writeEip);
    writer.write(QStringLiteral("desktop_name_policy_id"), request.desktopNamePolicyId);
    writer.write(QStringLiteral("hour_package_product_id"), request.hourPackageProductId);
    writer.write(QStringLiteral("hour_package_offering_id"), request.hourPackageOfferingId);
    return writer.object();
}

QByteArray RequestCodec::toBytes(const CreateDesktopRequest &request,
                                 QJsonDocument::JsonFormat format)
{
    return QJsonDocument(toJson(request)).toJson(format);
}

RequestCodec::ReadResult RequestCodec::fromJson(const QJsonObject &body)
{
    ReadResult result;
    CreateDesktopRequest &request = result.request;
    ObjectReader reader(body, QString(), result.errors);
    reader.readString(QStringLiteral("desktop_type"), request.desktopType);
    reader.readString(QStringLiteral("availability_zone"), request.availabilityZone);
    reader.readString(QStringLiteral("product_id"), request.productId);
    reader.readString(QStringLiteral("image_type"), request.imageType);
    reader.readString(QStringLiteral("image_id"), request.imageId);
    reader.readObject(QStringLiteral("root_volume"), request.rootVolume, readVolume);
    reader.readObjectList(QStringLiteral("data_volumes"), request.dataVolumes, readVolume);
    reader.readObjectList(QStringLiteral("nics"), request.nics, readNic);
    reader.readObjectList(QStringLiteral("security_groups"), request.securityGroups,
                          readSecurityGroup);
    reader.readObjectList(QStringLiteral("desktops"), request.desktops, readDesktop);
    reader.readString(QStringLiteral("desktop_name"), request.desktopName);
    reader.readStringList(QStringLiteral("desktop_ips"), request.desktopIps);
    reader.readInt(QStringLiteral("size"), request.size);
    reader.readBool(QStringLiteral("email_notification"), request.emailNotification);
    reader.readString(QStringLiteral("enterprise_project_id"), request.enterpriseProjectId);
    reader.readObjectList(QStringLiteral("tags"), request.tags, readTag);
    reader.readObject(QStringLiteral("apply_shared_vpc_dedicated_param"), request.sharedVpc,
                      readSharedVpc);
    reader.readObject(QStringLiteral("eip"), request.eip, readEip);
    reader.readString(QStringLiteral("desktop_name_policy_id"), request.desktopNamePolicyId);
    reader.readString(QStringLiteral("hour_package_product_id"), request.hourPackageProductId);
    reader.readString(QStringLiteral("hour_package_offering_id"), request.hourPackageOfferingId);
    request.unknown = reader.rest();
    return result;
}

bool RequestCodec::hasBodyMember(const QJsonObject &object)
{
    // The reader is the one list of the body's members: whatever it leaves is not one of them.
    return fromJson(object).request.unknown.size() < object.size();
}
