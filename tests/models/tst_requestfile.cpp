#include "models/RequestCodec.h"
#include "models/RequestFile.h"
#include "models/SmallFileReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestRequestFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bareBody()
    {
        const RequestFile file = RequestFile::parse(R"({"desktop_type":"DEDICATED","size":2})",
                                                    QStringLiteral("a.json"));
        QVERIFY(file.ok());
        QCOMPARE(file.kind, RequestFile::Kind::Body);
        QVERIFY(!file.context);
        QCOMPARE(file.request.size, 2);
    }

    void secretInABodyIsAnError()
    {
        // Never sent: a secret-looking member of a bare body or a test case's request is an
        // error at its pointer, however it is spelled.
        const QByteArray body = R"({"desktop_type":"DEDICATED","size":2,"X-Auth-Token":"t",
            "desktops":[{"user_name":"a","userPassword":"p"}],"eip":{"sk":"s"},
            "tags":[{"key":"k","value":"v"}],"root_volume":{"type":"SAS","size":80}})";
        const QStringList expected = {QStringLiteral("/X-Auth-Token"),
                                      QStringLiteral("/desktops/0/userPassword"),
                                      QStringLiteral("/eip/sk")};
        for (const QByteArray &json :
             {body, QByteArray(R"({"request":)" + body + R"(,"expect":{}})")}) {
            const RequestFile file = RequestFile::parse(json, QStringLiteral("s.json"));
            QCOMPARE(file.status, RequestFile::Status::Invalid);
            QStringList pointers;
            for (const ValidationIssue &error : file.errors)
                pointers.append(error.pointer);
            pointers.sort();
            QStringList sorted = expected;
            sorted.sort();
            QCOMPARE(pointers, sorted);
        }
    }

    void byteOrderMarkIsSkipped()
    {
        const RequestFile file =
            RequestFile::parse("\xEF\xBB\xBF{\"size\": 2}", QStringLiteral("bom.json"));
        QVERIFY2(file.ok(), qPrintable(file.errorMessage));
        QCOMPARE(file.request.size, 2);
        const RequestFile broken =
            RequestFile::parse("\xEF\xBB\xBF{\"size\" 2}", QStringLiteral("bom.json"));
        QVERIFY2(broken.errorMessage.startsWith(QStringLiteral("bom.json:1:")),
                 qPrintable(broken.errorMessage));
    }

    void templateWithContext()
    {
        const QByteArray json = R"({"deskwiz_template": 1, "name": "lab", "description": "",
            "context": {"os_type": "Linux", "domain_type": "LITE_AS"},
            "connection": {"region": "cn-north-4"},
            "request": {"desktop_type": "DEDICATED", "size": 3}})";
        const RequestFile file = RequestFile::parse(json, QStringLiteral("lab.deskwiz.json"));
        QVERIFY(file.ok());
        QVERIFY(file.isTemplate());
        QVERIFY(file.context);
        QCOMPARE(file.context->osType, ValidationContext::OsType::Linux);
        QCOMPARE(file.context->domainType, ValidationContext::DomainType::LiteAd);
        QCOMPARE(file.request.size, 3);
        QVERIFY(file.request.unknown.isEmpty());
    }

    void templateWithBadContextOrNoRequest()
    {
        RequestFile file = RequestFile::parse(
            R"({"deskwiz_template": 1, "name": "t", "context": {"os_type": "BeOS"}, "request": {}})",
            QStringLiteral("t"));
        QCOMPARE(file.status, RequestFile::Status::Invalid);
        QCOMPARE(file.errors.first().pointer, QStringLiteral("/context/os_type"));
        file = RequestFile::parse(R"({"deskwiz_template": 1})", QStringLiteral("t.json"));
        QCOMPARE(file.status, RequestFile::Status::Malformed);
        QVERIFY(file.errorMessage.startsWith(QStringLiteral("t.json: ")));
        QVERIFY2(file.errorMessage.contains(QStringLiteral("/request")),
                 qPrintable(file.errorMessage));
    }

    void templateTypeErrorNamesPointerLineAndColumn()
    {
        const QByteArray json = "{\"deskwiz_template\": 1, \"name\": \"lab\",\n"
                                "  \"request\": {\"root_volume\": {\"type\": \"SAS\",\n"
                                "    \"size\": \"80\"}}}";
        const RequestFile file = RequestFile::parse(json, QStringLiteral("lab.deskwiz.json"));
        QCOMPARE(file.status, RequestFile::Status::Invalid);
        QCOMPARE(file.errors.size(), 1);
        // The pointer into the body, as the Validator's issues have it.
        QCOMPARE(file.errors.first().pointer, QStringLiteral("/root_volume/size"));
        // "size" is on line 3; its value starts in column 13.
        QVERIFY2(file.errors.first().message.endsWith(QStringLiteral("(line 3, column 13)")),
                 qPrintable(file.errors.first().message));
    }

    void invalidFileKeepsWhatCouldBeRead()
    {
        // The request and context as far as they could be read, for the Validator to judge.
        const QByteArray body = R"({"desktop_type": "DEDICATED", "size": 2,
            "root_volume": {"type": "SAS", "size": "80"}})";
        const QByteArray templateJson = R"({"deskwiz_template": 1, "name": "lab",
            "context": {"os_type": "Linux"}, "request": )"
            + body + '}';
        for (const QByteArray &json : {body, templateJson}) {
            const RequestFile file = RequestFile::parse(json, QStringLiteral("x.json"));
            QCOMPARE(file.status, RequestFile::Status::Invalid);
            QCOMPARE(file.errors.size(), 1);
            QCOMPARE(file.errors.first().pointer, QStringLiteral("/root_volume/size"));
            QCOMPARE(file.request.desktopType, QStringLiteral("DEDICATED"));
            QCOMPARE(file.request.size, 2);
            QVERIFY(file.request.rootVolume);
            QCOMPARE(file.request.rootVolume->type, QStringLiteral("SAS"));
            QVERIFY(!file.request.rootVolume->size);
            QCOMPARE(file.context.has_value(), json == templateJson);
            if (file.context)
                QCOMPARE(file.context->osType, ValidationContext::OsType::Linux);
        }
    }

    void templateIsReadByTheTemplateReader()
    {
        // The one template reader: a newer format is refused, a secret is ignored with a warning.
        RequestFile file = RequestFile::parse(
            R"({"deskwiz_template": 99, "name": "n", "request": {}})", QStringLiteral("new.json"));
        QCOMPARE(file.status, RequestFile::Status::Malformed);
        QVERIFY2(file.errorMessage.startsWith(QStringLiteral("new.json:1:")),
                 qPrintable(file.errorMessage));
        QVERIFY2(file.errorMessage.contains(QStringLiteral("99")), qPrintable(file.errorMessage));

        file = RequestFile::parse(R"({"deskwiz_template": 1, "name": "n",
            "connection": {"region": "cn-north-4", "auth": "token", "token": "abc"},
            "request": {"size": 2}})",
                                  QStringLiteral("s.json"));
        QVERIFY(file.ok());
        QCOMPARE(file.warnings.size(), 1);
        QVERIFY2(file.warnings.first().startsWith(QStringLiteral("s.json:2:")),
                 qPrintable(file.warnings.first()));
        QVERIFY(file.fileTemplate);
        QCOMPARE(file.fileTemplate->name, QStringLiteral("n"));
        QCOMPARE(file.fileTemplate->connection.region, QStringLiteral("cn-north-4"));
        QVERIFY(!file.fileTemplate->connection.unknown.contains(QStringLiteral("token")));
        QCOMPARE(file.request.size, 2);
    }

    void malformedJsonSaysLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // Where the culprit is, as python3's json module says: the '"' of "b", which should have
        // had a comma before it; the x.
        QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3;
        QTest::newRow("after multibyte") << QByteArray("{\"é€\": 1,\n \"ü\": x}") << 2 << 7;
    }

    void malformedJsonSaysLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        const RequestFile file = RequestFile::parse(json, QStringLiteral("bad.json"));
        QCOMPARE(file.status, RequestFile::Status::Malformed);
        QVERIFY2(
            file.errorMessage.startsWith(QStringLiteral("bad.json:%1:%2: ").arg(line).arg(column)),
            qPrintable(file.errorMessage));
    }

    void malformedJsonSaysWhatWouldBeRight_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("qtText"); // Qt's own words, which mean little to a person
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << QStringLiteral("bad.json:3:3: ")
            << QStringLiteral("expected ',' between two members or '}' to close the object")
            << QStringLiteral("unterminated object");
        QTest::newRow("trailing comma")
            << QByteArray("{\n  \"a\": 1,\n}") << QStringLiteral("bad.json:3:1: ")
            << QStringLiteral("JSON allows no comma before '}' or ']'")
            << QStringLiteral("object is missing after a comma");
        QTest::newRow("truncated")
            << QByteArray("{\n  \"a\": [1,\n") << QStringLiteral("bad.json:3:1: ")
            << QStringLiteral("expected ',' between two items or ']'")
            << QStringLiteral("unterminated array");
        QTest::newRow("missing colon")
            << QByteArray("{\"a\" 1}") << QStringLiteral("bad.json:1:6: ")
            << QStringLiteral("expected ':' between a member name and its value")
            << QStringLiteral("missing name separator");
    }

    void malformedJsonSaysWhatWouldBeRight()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, location);
        QFETCH(QString, expected);
        QFETCH(QString, qtText);
        const RequestFile file = RequestFile::parse(json, QStringLiteral("bad.json"));
        QCOMPARE(file.status, RequestFile::Status::Malformed);
        QVERIFY2(file.errorMessage.startsWith(location), qPrintable(file.errorMessage));
        QVERIFY2(file.errorMessage.contains(expected), qPrintable(file.errorMessage));
        QVERIFY2(!file.errorMessage.contains(qtText), qPrintable(file.errorMessage));
    }

    void templateSyntaxErrorSaysWhatWouldBeRight()
    {
        // A template is read by the template reader, with the same words for the same mistake.
        const RequestFile file = RequestFile::parse(
            "{\"deskwiz_template\": 1,\n \"name\": \"n\",\n \"request\": {\"size\": 1,}}",
            QStringLiteral("t.deskwiz.json"));
        QCOMPARE(file.status, RequestFile::Status::Malformed);
        QVERIFY2(file.errorMessage.startsWith(QStringLiteral("t.deskwiz.json:3:")),
                 qPrintable(file.errorMessage));
        QVERIFY2(file.errorMessage.contains(QStringLiteral("JSON allows no comma before")),
                 qPrintable(file.errorMessage));
    }

    void topLevelNonObject_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("holds");
        QTest::newRow("list") << QByteArray("[1, 2]") << QStringLiteral("a list");
        QTest::newRow("number") << QByteArray("123") << QStringLiteral("a number");
        QTest::newRow("string") << QByteArray("\"hello\"\n") << QStringLiteral("a string");
        QTest::newRow("boolean") << QByteArray("false") << QStringLiteral("true or false");
        QTest::newRow("null") << QByteArray("null") << QStringLiteral("null");
    }

    void topLevelNonObject()
    {
        // Valid JSON, but no object: said so, not "not valid JSON".
        QFETCH(QByteArray, json);
        QFETCH(QString, holds);
        const RequestFile file = RequestFile::parse(json, QStringLiteral("value.json"));
        QCOMPARE(file.status, RequestFile::Status::Malformed);
        QVERIFY2(file.errorMessage.startsWith(QStringLiteral("value.json: the file holds ") + holds
                                              + QStringLiteral(", not a JSON object")),
                 qPrintable(file.errorMessage));
        // A template file is read by the template reader, which says the same.
        const Template::ReadResult read = Template::fromJson(json, QStringLiteral("t.json"));
        QVERIFY(!read.ok());
        QVERIFY2(!read.errorString().contains(QLatin1String("not valid JSON")),
                 qPrintable(read.errorString()));
    }

    void numberOutOfRangeIsSaidToBe()
    {
        const RequestFile file =
            RequestFile::parse("{\"root_volume\": {\"size\": 1e400}}", QStringLiteral("big.json"));
        QCOMPARE(file.status, RequestFile::Status::Malformed);
        QVERIFY2(file.errorMessage.startsWith(QStringLiteral("big.json:1:26: ")),
                 qPrintable(file.errorMessage));
        QVERIFY2(file.errorMessage.contains(QStringLiteral("1e400 is out of range")),
                 qPrintable(file.errorMessage));
        // 1e400 is JSON; it only cannot be read.
        QVERIFY2(!file.errorMessage.contains(QStringLiteral("not valid JSON")),
                 qPrintable(file.errorMessage));
    }

    void typeErrorsCarryPointers()
    {
        const RequestFile file = RequestFile::parse(
            R"({"root_volume": {"type": "SAS", "size": "80"}})", QStringLiteral("x"));
        QCOMPARE(file.status, RequestFile::Status::Invalid);
        QCOMPARE(file.errors.size(), 1);
        QCOMPARE(file.errors.first().pointer, QStringLiteral("/root_volume/size"));
    }

    void unreadableFileNamesPathAndReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.json"));
        const RequestFile file = RequestFile::load(path);
        QCOMPARE(file.status, RequestFile::Status::Unreadable);
        QVERIFY(file.errorMessage.contains(path));
        QVERIFY(file.errorMessage.size() > path.size() + 4);
    }

    void oversizedFileIsRefusedNamingFileAndLimit()
    {
        // An endless device where there is one, and a regular file one byte over the limit.
        QTemporaryDir dir;
        const QString large = dir.filePath(QStringLiteral("large.json"));
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(SmallFileReader::kMaxBytes + 1));
        file.close();
        QStringList paths {large};
        if (QFile::exists(QStringLiteral("/dev/zero")))
            paths.append(QStringLiteral("/dev/zero"));
        const QString limit =
            QStringLiteral("%1 MiB").arg(SmallFileReader::kMaxBytes / (1024 * 1024));
        for (const QString &path : std::as_const(paths)) {
            const RequestFile read = RequestFile::load(path);
            QCOMPARE(read.status, RequestFile::Status::Unreadable);
            QVERIFY2(read.errorMessage.startsWith(path + QLatin1String(": ")),
                     qPrintable(read.errorMessage));
            QVERIFY2(read.errorMessage.contains(limit), qPrintable(read.errorMessage));
        }
    }

    void testCaseGivesItsRequestAndContext()
    {
        const QByteArray json = R"({"description": "d", "context": {"os_type": "Linux",
            "domain_type": "LOCAL_AD"}, "request": {"desktop_type": "DEDICATED", "size": 2,
            "root_volume": {"type": "SAS", "size": "80"}}, "expect": {"errors": []}})";
        RequestFile file = RequestFile::parse(json, QStringLiteral("case.json"));
        QCOMPARE(file.kind, RequestFile::Kind::TestCase);
        QCOMPARE(file.status, RequestFile::Status::Invalid);
        QCOMPARE(file.errors.size(), 1);
        QCOMPARE(file.errors.first().pointer, QStringLiteral("/root_volume/size"));
        QCOMPARE(file.request.size, 2);
        QVERIFY(file.context);
        QCOMPARE(file.context->osType, ValidationContext::OsType::Linux);
        QCOMPARE(file.context->domainType, ValidationContext::DomainType::LocalAd);

        file = RequestFile::parse(R"({"context": {"os_type": "BeOS"}, "request": {"size": 1}})",
                                  QStringLiteral("case.json"));
        QCOMPARE(file.kind, RequestFile::Kind::TestCase);
        QCOMPARE(file.status, RequestFile::Status::Invalid);
        QCOMPARE(file.errors.first().pointer, QStringLiteral("/context/os_type"));
        file = RequestFile::parse(R"({"context": [], "request": {"size": 1}})",
                                  QStringLiteral("case.json"));
        QCOMPARE(file.errors.first().pointer, QStringLiteral("/context"));
    }

    void aBodyWithARequestMemberIsABody()
    {
        // A member called "request" beside the body's own members is an unknown body member.
        const RequestFile file = RequestFile::parse(R"({"size": 2, "request": {"size": 3}})",
                                                    QStringLiteral("body.json"));
        QVERIFY(file.ok());
        QCOMPARE(file.kind, RequestFile::Kind::Body);
        QCOMPARE(file.request.size, 2);
        QVERIFY(file.request.unknown.contains(QStringLiteral("request")));
        // And "request" that is not an object makes no test case.
        QCOMPARE(RequestFile::parse(R"({"request": 1})", QStringLiteral("x.json")).kind,
                 RequestFile::Kind::Body);
    }

    void loadsEveryTestdataCaseFile()
    {
        // Each case file as it lies: its request and its context.
        const QDir dir(QStringLiteral(DESKWIZ_TESTDATA_DIR "/requests"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            const QString path = dir.absoluteFilePath(name);
            QFile source(path);
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QJsonObject testCase = QJsonDocument::fromJson(source.readAll()).object();
            const RequestFile file = RequestFile::load(path);
            QVERIFY2(file.ok(), qPrintable(name));
            QCOMPARE(file.kind, RequestFile::Kind::TestCase);
            QCOMPARE(RequestCodec::toJson(file.request),
                     testCase.value(QLatin1String("request")).toObject());
            const QJsonObject context = testCase.value(QLatin1String("context")).toObject();
            QVERIFY(file.context);
            QCOMPARE(ValidationContext::osTypeName(file.context->osType),
                     context.value(QLatin1String("os_type")).toString());
            QCOMPARE(file.context->domainType,
                     ValidationContext::parseDomainType(
                         context.value(QLatin1String("domain_type")).toString()));
        }
    }

    void loadsEveryTestdataRequest()
    {
        const QDir dir(QStringLiteral(DESKWIZ_TESTDATA_DIR "/requests"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        QTemporaryDir temporary;
        for (const QString &name : files) {
            QFile source(dir.absoluteFilePath(name));
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QJsonObject body = QJsonDocument::fromJson(source.readAll())
                                         .object()
                                         .value(QLatin1String("request"))
                                         .toObject();
            const QString path = temporary.filePath(name);
            QFile target(path);
            QVERIFY(target.open(QIODevice::WriteOnly));
            target.write(QJsonDocument(body).toJson());
            target.close();
            const RequestFile file = RequestFile::load(path);
            QVERIFY2(file.ok(), qPrintable(name));
            QCOMPARE(RequestCodec::toJson(file.request), body);
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestFile)
#include "tst_requestfile.moc"
