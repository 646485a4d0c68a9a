#pragma once

#include "models/CreateDesktopRequest.h"
#include "models/ValidationIssue.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>

#include <optional>
#include <utility>

/**
 * Between CreateDesktopRequest and the exact API JSON: unset fields omitted, integers as integers,
 * booleans as booleans, unknown members kept. Reading is strict about types: a wrong type is an
 * error at its JSON pointer (e.g. a size given as "80" is an error at /root_volume/size).
 *
 * It also reads the JSON text a person wrote (a request or template file): what a syntax error
 * means in plain words, and the line and column of an offset or a member.
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

    /** How a JSON value reads as an int: the one reading of whole numbers from JSON. */
    struct Integer
    {
        enum class Status {
            Ok, ///< `value` holds the number
            NotANumber, ///< a string, a boolean, null, ...
            NotWhole, ///< a number with a fraction, e.g. 80.5
            TooSmall, ///< a number below the int range, e.g. -1e300
            TooLarge, ///< a number above the int range, e.g. 1e300 or 9007199254740993
        };
        Status status = Status::NotANumber;
        int value = 0;
        bool ok() const { return status == Status::Ok; }
    };

    /**
     * Reads `value` as an int. The range is decided from the number's magnitude as a double, so a
     * number beyond 2^53, whose last digits JSON cannot keep, is still judged the same way.
     */
    static Integer readInteger(const QJsonValue &value);
    /** A JSON number as its file would show it: 80.5, 1e+300, 9007199254740993. */
    static QString numberText(const QJsonValue &value);

    /**
     * What would be right where QJsonDocument::fromJson() gave up, in words a person understands
     * (e.g. "expected ',' between two members or '}' to close the object"); the one mapping of
     * QJsonParseError::ParseError to a message. Starts in lower case, no full stop.
     */
    static QString syntaxErrorMessage(QJsonParseError::ParseError error);
    /** The 1-based line and column (in Unicode characters) of a byte offset into UTF-8 text. */
    static std::pair<int, int> lineAndColumn(const QByteArray &utf8, qsizetype byteOffset);

    /** Where a JSON text stops being JSON, as a person should read it. */
    struct SyntaxError
    {
        /**
         * The line and column of the culprit: the '"' where a ',' is missing, the start of a
         * word or number that is wrong, or the end of a text that ends too early (where
         * python3's json module points, which Qt's offsets often pass by one).
         */
        int line = 0;
        int column = 0;
        /**
         * A sentence: "This is not valid JSON: " and what would be right there
         * (syntaxErrorMessage()), or why a number cannot be read.
         */
        QString message;
    };

    /** What a whole JSON text holds. */
    struct ParsedText
    {
        /** An object, a list, or a single number, string, boolean or null. */
        QJsonValue value {QJsonValue::Undefined};
        std::optional<SyntaxError> error; ///< set (and `value` undefined) when it is not JSON
        bool ok() const { return !error; }
    };

    /**
     * Parses a whole JSON text (a request or template file). Unlike Qt 6.4's QJsonDocument it
     * also takes a text that holds a single value, so that a file holding just 123 can be said
     * to hold a number rather than to be broken; a number too large or too close to zero to
     * read is said to be out of range.
     */
    static ParsedText parseText(const QByteArray &utf8);

    static QJsonObject toJson(const CreateDesktopRequest &request);
    static QByteArray toBytes(const CreateDesktopRequest &request,
                              QJsonDocument::JsonFormat format = QJsonDocument::Compact);
    static ReadResult fromJson(const QJsonObject &body);
    /** True when `object` has a member of the create-desktops body (desktop_type, size, ...). */
    static bool hasBodyMember(const QJsonObject &object);
};
