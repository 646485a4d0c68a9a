#include "models/RequestCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QStringList pointersOf(const ValidationIssues &issues)
{
    QStringList pointers;
    for (const ValidationIssue &issue : issues)
        pointers.append(issue.pointer);
    return pointers;
}

} // namespace

class TestRequestCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongTypesAreErrorsAtTheirPointer_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("size as string")
            << QByteArray(R"({"root_volume":{"type":"SAS","size":"80"}})")
            << QStringLiteral("/root_volume/size");
        QTest::newRow("size not integral") << QByteArray(R"({"root_volume":{"size":80.5}})")
                                           << QStringLiteral("/root_volume/size");
        QTest::newRow("size beyond int")
            << QByteArray(R"({"size":3000000000})") << QStringLiteral("/size");
        QTest::newRow("size bool") << QByteArray(R"({"size":true})") << QStringLiteral("/size");
        QTest::newRow("string as number")
            << QByteArray(R"({"product_id":5})") << QStringLiteral("/product_id");
        QTest::newRow("null string")
            << QByteArray(R"({"image_id":null})") << QStringLiteral("/image_id");
        QTest::newRow("bool as string") << QByteArray(R"({"email_notification":"true"})")
                                        << QStringLiteral("/email_notification");
        QTest::newRow("object as list")
            << QByteArray(R"({"root_volume":[]})") << QStringLiteral("/root_volume");
        QTest::newRow("list as object")
            << QByteArray(R"({"desktops":{}})") << QStringLiteral("/desktops");
        QTest::newRow("list item not object")
            << QByteArray(R"({"desktops":[{"user_name":"a"},"b"]})")
            << QStringLiteral("/desktops/1");
        QTest::newRow("desktop member")
            << QByteArray(R"({"desktops":[{"user_name":"a"},{"user_name":7}]})")
            << QStringLiteral("/desktops/1/user_name");
        QTest::newRow("ip not string")
            << QByteArray(R"({"desktop_ips":["10.0.0.1",10]})") << QStringLiteral("/desktop_ips/1");
        QTest::newRow("tag value")
            << QByteArray(R"({"tags":[{"key":"k","value":1}]})") << QStringLiteral("/tags/0/value");
        QTest::newRow("eip bandwidth") << QByteArray(R"({"eip":{"bandwidth_size":"5"}})")
                                       << QStringLiteral("/eip/bandwidth_size");
        QTest::newRow("shared vpc zones")
            << QByteArray(R"({"apply_shared_vpc_dedicated_param":{"availability_zone":"a"}})")
            << QStringLiteral("/apply_shared_vpc_dedicated_param/availability_zone");
        QTest::newRow("nic subnet")
            << QByteArray(R"({"nics":[{"subnet_id":{}}]})") << QStringLiteral("/nics/0/subnet_id");
        QTest::newRow("security group") << QByteArray(R"({"security_groups":[{"id":[]}]})")
                                        << QStringLiteral("/security_groups/0/id");
        QTest::newRow("data volume")
            << QByteArray(R"({"data_volumes":[{"type":"SAS","size":10},{"type":1}]})")
            << QStringLiteral("/data_volumes/1/type");
    }

    void wrongTypesAreErrorsAtTheirPointer()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        const RequestCodec::ReadResult read =
            RequestCodec::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!read.ok());
        QCOMPARE(pointersOf(read.errors), QStringList {pointer});
        QVERIFY(read.errors.first().isError());
        QVERIFY(!read.errors.first().message.isEmpty());
    }

    void wrongTypeLeavesTheFieldUnset()
    {
        const RequestCodec::ReadResult read = RequestCodec::fromJson(
            parse(R"({"root_volume":{"type":"SAS","size":"80"},"size":"2"})"));
        QCOMPARE(read.errors.size(), 2);
        QVERIFY(read.request.rootVolume);
        QCOMPARE(read.request.rootVolume->type, QStringLiteral("SAS"));
        QVERIFY(!read.request.rootVolume->size);
        QVERIFY(!read.request.size);
    }

    void integralDoubleIsAnInteger()
    {
        const RequestCodec::ReadResult read = RequestCodec::fromJson(parse(R"({"size":3.0})"));
        QVERIFY(read.ok());
        QCOMPARE(read.request.size, 3);
    }

    void readInteger_data()
    {
        using Status = RequestCodec::Integer::Status;
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<Status>("status");
        QTest::addColumn<int>("value");
        QTest::newRow("whole") << QByteArray("80") << Status::Ok << 80;
        QTest::newRow("whole as double") << QByteArray("3.0") << Status::Ok << 3;
        QTest::newRow("int max") << QByteArray("2147483647") << Status::Ok << 2147483647;
        QTest::newRow("int min") << QByteArray("-2147483648") << Status::Ok << (-2147483647 - 1);
        QTest::newRow("fraction") << QByteArray("80.5") << Status::NotWhole << 0;
        QTest::newRow("one above int") << QByteArray("2147483648") << Status::TooLarge << 0;
        QTest::newRow("one below int") << QByteArray("-2147483649") << Status::TooSmall << 0;
        QTest::newRow("1e300") << QByteArray("1e300") << Status::TooLarge << 0;
        QTest::newRow("-1e300") << QByteArray("-1e300") << Status::TooSmall << 0;
        // Beyond 2^53 a double cannot hold every integer: still too large, whatever it rounds to.
        QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << Status::TooLarge << 0;
        QTest::newRow("fraction beyond int") << QByteArray("3000000000.5") << Status::TooLarge << 0;
        QTest::newRow("string") << QByteArray("\"80\"") << Status::NotANumber << 0;
        QTest::newRow("boolean") << QByteArray("true") << Status::NotANumber << 0;
        QTest::newRow("null") << QByteArray("null") << Status::NotANumber << 0;
    }

    void readInteger()
    {
        QFETCH(QByteArray, number);
        QFETCH(RequestCodec::Integer::Status, status);
        QFETCH(int, value);
        const QJsonValue json = QJsonDocument::fromJson("[" + number + "]").array().at(0);
        QVERIFY2(!json.isUndefined(), number.constData());
        const RequestCodec::Integer read = RequestCodec::readInteger(json);
        QCOMPARE(read.status, status);
        if (status == RequestCodec::Integer::Status::Ok)
            QCOMPARE(read.value, value);
    }

    void outOfRangeSaysTheRangeNotWholeNumber_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("1e300") << QByteArray(R"({"root_volume":{"type":"SAS","size":1e300}})")
                               << QStringLiteral("/root_volume/size") << QStringLiteral("1e+300")
                               << QStringLiteral("too large");
        QTest::newRow("2^53 + 1") << QByteArray(R"({"size":9007199254740993})")
                                  << QStringLiteral("/size") << QStringLiteral("9007199254740993")
                                  << QStringLiteral("too large");
        QTest::newRow("negative") << QByteArray(R"({"eip":{"bandwidth_size":-1e300}})")
                                  << QStringLiteral("/eip/bandwidth_size")
                                  << QStringLiteral("-1e+300") << QStringLiteral("too small");
    }

    void outOfRangeSaysTheRangeNotWholeNumber()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        QFETCH(QString, shown);
        QFETCH(QString, verdict);
        const RequestCodec::ReadResult read =
            RequestCodec::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(pointersOf(read.errors), QStringList {pointer});
        const QString message = read.errors.first().message;
        QVERIFY2(message.contains(QStringLiteral("from -2147483648 to 2147483647")),
                 qPrintable(message));
        QVERIFY2(message.contains(shown + QLatin1String(" is ") + verdict), qPrintable(message));
    }

    void fractionIsNotAWholeNumber()
    {
        const RequestCodec::ReadResult read =
            RequestCodec::fromJson(parse(R"({"root_volume":{"size":80.123456789}})"));
        QCOMPARE(pointersOf(read.errors), QStringList {QStringLiteral("/root_volume/size")});
        const QString message = read.errors.first().message;
        QVERIFY2(message.contains(QStringLiteral("whole number")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("80.123456789")),
                 qPrintable(message)); // as written
        QVERIFY2(!message.contains(QStringLiteral("too")), qPrintable(message));
    }

    void lineAndColumnCountCharactersNotBytes()
    {
        const QByteArray text = QStringLiteral("ab\ncé€d").toUtf8();
        QCOMPARE(RequestCodec::lineAndColumn(text, 0), std::make_pair(1, 1));
        QCOMPARE(RequestCodec::lineAndColumn(text, 2), std::make_pair(1, 3));
        QCOMPARE(RequestCodec::lineAndColumn(text, 3), std::make_pair(2, 1));
        // "c" (1 byte) + "é" (2 bytes) + "€" (3 bytes): "d" is the 4th character of line 2.
        QCOMPARE(RequestCodec::lineAndColumn(text, 3 + 1 + 2 + 3), std::make_pair(2, 4));
    }

    void syntaxErrorPointsAtTheCulprit_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // Where python3's json module points: json.loads(text) raises JSONDecodeError with this
        // lineno and colno (columns count characters, so CJK text before the culprit counts one
        // a character).
        QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3;
        QTest::newRow("missing comma after an object")
            << QByteArray("{\"a\": {\"b\": 1}\n \"c\": 2}") << 2 << 2;
        QTest::newRow("missing comma in a list") << QByteArray("[1, 2 3]") << 1 << 7;
        QTest::newRow("unquoted name") << QByteArray("{a: 1}") << 1 << 2;
        QTest::newRow("unquoted name after a comma") << QByteArray("{\"a\": 1, b: 2}") << 1 << 10;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 1 << 6;
        QTest::newRow("trailing comma") << QByteArray("{\n  \"a\": 1,\n}") << 3 << 1;
        QTest::newRow("trailing comma in a list") << QByteArray("[1,]") << 1 << 4;
        QTest::newRow("misspelt word") << QByteArray("{\"a\": tru}") << 1 << 7;
        QTest::newRow("misspelt word, longer") << QByteArray("{\"a\": trux, \"b\": 1}") << 1 << 7;
        QTest::newRow("value missing") << QByteArray("{\"a\": ,}") << 1 << 7;
        QTest::newRow("not a number") << QByteArray("{\"a\": -}") << 1 << 7;
        QTest::newRow("after multibyte") << QByteArray("{\"é€\": 1,\n \"ü\": x}") << 2 << 7;
        QTest::newRow("CJK, missing comma")
            << QStringLiteral("{\n  \"名称\": \"桌面一号\" \"size\": 2\n}").toUtf8() << 2 << 16;
        QTest::newRow("CJK, unquoted CJK name")
            << QStringLiteral("{\n  \"名称\": \"桌面\", 大小: 2\n}").toUtf8() << 2 << 15;
        QTest::newRow("ends too early") << QByteArray("{\"a\": [1,") << 1 << 10;
        QTest::newRow("nothing but spaces") << QByteArray("   ") << 1 << 4;
        QTest::newRow("extra bracket") << QByteArray("{\"a\": 1}}") << 1 << 9;
    }

    void syntaxErrorPointsAtTheCulprit()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        const RequestCodec::ParsedText parsed = RequestCodec::parseText(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error->line, line);
        QCOMPARE(parsed.error->column, column);
        QVERIFY(parsed.value.isUndefined());
    }

    void aWholeTextMayBeASingleValue()
    {
        // Qt 6.4's QJsonDocument refuses these as "illegal value"; they are JSON all the same.
        QCOMPARE(RequestCodec::parseText("123").value, QJsonValue(123));
        QCOMPARE(RequestCodec::parseText(" \"hello\" ").value, QJsonValue(QStringLiteral("hello")));
        QCOMPARE(RequestCodec::parseText("true").value, QJsonValue(true));
        QCOMPARE(RequestCodec::parseText("null").value, QJsonValue(QJsonValue::Null));
        QCOMPARE(RequestCodec::parseText("[1]").value, QJsonValue(QJsonArray {1}));
        QCOMPARE(RequestCodec::parseText("{}").value, QJsonValue(QJsonObject()));
        QVERIFY(!RequestCodec::parseText("123 456").ok());
        QVERIFY(!RequestCodec::parseText("hello").ok());
    }

    void aNumberOutOfRangeIsSaidToBe_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("column");
        QTest::newRow("alone") << QByteArray("1e400") << QStringLiteral("1e400") << 1;
        QTest::newRow("a member") << QByteArray("{\"size\": 1e400}") << QStringLiteral("1e400")
                                  << 10;
        QTest::newRow("negative") << QByteArray("{\"size\":-2e308}") << QStringLiteral("-2e308")
                                  << 9;
        QTest::newRow("too close to zero")
            << QByteArray("[1, 1e-400]") << QStringLiteral("1e-400") << 5;
    }

    void aNumberOutOfRangeIsSaidToBe()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, number);
        QFETCH(int, column);
        const RequestCodec::ParsedText parsed = RequestCodec::parseText(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error->line, 1);
        QCOMPARE(parsed.error->column, column);
        QVERIFY2(parsed.error->message.contains(number + QLatin1String(" is out of range")),
                 qPrintable(parsed.error->message));
        QVERIFY2(!parsed.error->message.contains(QLatin1String("such as 80, -3")),
                 qPrintable(parsed.error->message));
        // A malformed number is not out of range: it says what a number looks like.
        const QString malformed = RequestCodec::parseText("{\"a\": -}").error->message;
        QVERIFY2(!malformed.contains(QLatin1String("out of range")), qPrintable(malformed));
    }

    void everySyntaxErrorSaysWhatWouldBeRight()
    {
        for (int code = QJsonParseError::UnterminatedObject; code <= QJsonParseError::GarbageAtEnd;
             ++code) {
            const auto error = QJsonParseError::ParseError(code);
            const QString message = RequestCodec::syntaxErrorMessage(error);
            const QString qtText = QJsonParseError {0, error}.errorString();
            QVERIFY2(message.startsWith(QLatin1String("expected ")), qPrintable(message));
            QVERIFY2(!message.contains(qtText), qPrintable(message));
        }
    }

    void unsetIsNotEmpty()
    {
        CreateDesktopRequest request;
        QCOMPARE(RequestCodec::toJson(request), QJsonObject());
        QCOMPARE(RequestCodec::toBytes(request), QByteArray("{}"));

        request.productId = QString();
        request.desktops = QList<Desktop>();
        request.desktopIps = QStringList();
        request.emailNotification = false;
        const QJsonObject json = RequestCodec::toJson(request);
        QCOMPARE(json.value(QLatin1String("product_id")), QJsonValue(QString()));
        QCOMPARE(json.value(QLatin1String("desktops")), QJsonValue(QJsonArray()));
        QCOMPARE(json.value(QLatin1String("desktop_ips")), QJsonValue(QJsonArray()));
        QCOMPARE(json.value(QLatin1String("email_notification")), QJsonValue(false));
        QCOMPARE(json.size(), 4);

        const RequestCodec::ReadResult read = RequestCodec::fromJson(json);
        QVERIFY(read.ok());
        QCOMPARE(read.request, request);
        QVERIFY(read.request.productId.has_value());
        QVERIFY(!read.request.imageId.has_value());
    }

    void integersAndBooleansKeepTheirTypes()
    {
        CreateDesktopRequest request;
        request.rootVolume = Volume {QStringLiteral("SAS"), 80, {}};
        request.size = 3;
        request.emailNotification = true;
        request.eip =
            Eip {std::nullopt, QStringLiteral("5_bgp"), QStringLiteral("TRAFFIC"), 10, {}};
        const QByteArray bytes = RequestCodec::toBytes(request);
        QVERIFY2(bytes.contains(R"("size":80)"), bytes.constData());
        QVERIFY2(bytes.contains(R"("size":3)"), bytes.constData());
        QVERIFY2(bytes.contains(R"("bandwidth_size":10)"), bytes.constData());
        QVERIFY2(bytes.contains(R"("email_notification":true)"), bytes.constData());
        QVERIFY(!bytes.contains(".0"));
    }

    void unknownMembersAreKeptAtEveryLevel()
    {
        const QJsonObject body = parse(R"({
            "desktop_type": "DEDICATED",
            "buy_type": "ONDEMAND",
            "domain": {"name": "corp"},
            "root_volume": {"type": "SAS", "size": 80, "iops": 3000, "kms_id": "k"},
            "data_volumes": [{"type": "GPSSD2", "size": 10, "throughput": 125}],
            "nics": [{"subnet_id": "s", "ip": "10.0.0.2"}],
            "security_groups": [{"id": "g", "name": "web"}],
            "desktops": [{"user_name": "ann", "domain": "corp", "ou_name": "ou"}],
            "tags": [{"key": "k", "value": "v", "extra": [1, 2]}],
            "eip": {"type": "5_bgp", "bandwidth_size": 5, "iptype": "x"},
            "apply_shared_vpc_dedicated_param": {"address": "a", "port": 2000, "availability_zone": ["z"], "x": null}
        })");
        const RequestCodec::ReadResult read = RequestCodec::fromJson(body);
        QVERIFY(read.ok());
        QCOMPARE(read.request.unknown.value(QLatin1String("buy_type")),
                 QJsonValue(QStringLiteral("ONDEMAND")));
        QVERIFY(read.request.unknown.contains(QLatin1String("domain")));
        QCOMPARE(read.request.rootVolume->unknown.value(QLatin1String("iops")).toInt(), 3000);
        QVERIFY(read.request.dataVolumes->first().unknown.contains(QLatin1String("throughput")));
        QVERIFY(read.request.nics->first().unknown.contains(QLatin1String("ip")));
        QVERIFY(read.request.securityGroups->first().unknown.contains(QLatin1String("name")));
        QVERIFY(read.request.desktops->first().unknown.contains(QLatin1String("ou_name")));
        QVERIFY(read.request.tags->first().unknown.contains(QLatin1String("extra")));
        QVERIFY(read.request.eip->unknown.contains(QLatin1String("iptype")));
        QVERIFY(read.request.sharedVpc->unknown.contains(QLatin1String("x")));
        QVERIFY(!read.request.unknown.contains(QLatin1String("desktop_type")));
        QCOMPARE(RequestCodec::toJson(read.request), body);
    }

    void everyKnownFieldRoundTrips()
    {
        CreateDesktopRequest request;
        request.desktopType = QStringLiteral("SHARED");
        request.availabilityZone = QStringLiteral("az1");
        request.productId = QStringLiteral("p");
        request.imageType = QStringLiteral("private");
        request.imageId = QStringLiteral("i");
        request.rootVolume = Volume {QStringLiteral("SSD"), 90, {}};
        request.dataVolumes = QList<Volume> {Volume {QStringLiteral("SAS"), 20, {}}};
        request.nics = QList<Nic> {Nic {QStringLiteral("s"), {}}};
        request.securityGroups = QList<SecurityGroup> {SecurityGroup {QStringLiteral("g"), {}}};
        Desktop desktop;
        desktop.userName = QStringLiteral("u");
        desktop.userEmail = QStringLiteral("e@x.org");
        desktop.userPhone = QStringLiteral("+123456");
        desktop.userGroup = QStringLiteral("users");
        desktop.computerName = QStringLiteral("c");
        desktop.osHostName = QStringLiteral("h");
        desktop.desktopNamePrefix = QStringLiteral("pre");
        request.desktops = QList<Desktop> {desktop};
        request.desktopName = QStringLiteral("n");
        request.desktopIps = QStringList {QStringLiteral("10.0.0.1")};
        request.size = 2;
        request.emailNotification = false;
        request.enterpriseProjectId = QStringLiteral("0");
        request.tags = QList<Tag> {Tag {QStringLiteral("k"), std::nullopt, {}}};
        request.sharedVpc =
            SharedVpcParam {QStringLiteral("a"), 2000, QStringList {QStringLiteral("z")}, {}};
        request.eip = Eip {
            QStringLiteral("id"), QStringLiteral("5_sbgp"), QStringLiteral("BANDWIDTH"), 7, {}};
        request.desktopNamePolicyId = QStringLiteral("pol");
        request.hourPackageProductId = QStringLiteral("hp");
        request.hourPackageOfferingId = QStringLiteral("ho");
        const QJsonObject json = RequestCodec::toJson(request);
        QCOMPARE(json.size(), 21);
        QCOMPARE(json.value(QLatin1String("apply_shared_vpc_dedicated_param"))
                     .toObject()
                     .value(QLatin1String("port")),
                 QJsonValue(2000));
        QCOMPARE(json.value(QLatin1String("desktops")).toArray().first().toObject().size(), 7);
        const RequestCodec::ReadResult read = RequestCodec::fromJson(json);
        QVERIFY(read.ok());
        QVERIFY(read.request.unknown.isEmpty());
        QCOMPARE(read.request, request);
        request.desktops->first().osHostName = QStringLiteral("other");
        QVERIFY(read.request != request);
    }
};

QTEST_GUILESS_MAIN(TestRequestCodec)
#include "tst_requestcodec.moc"
