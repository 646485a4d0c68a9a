#include "models/RequestCodec.h"
#include "models/Template.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList requestCaseFiles()
{
    const QDir dir(QStringLiteral(DESKWIZ_TESTDATA_DIR "/requests"));
    QStringList paths;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.absoluteFilePath(name));
    return paths;
}

/** A template with every member set, unknown members at every level included. */
Template fullTemplate()
{
    Template value;
    value.name = QStringLiteral("Finance – Windows 11");
    value.description = QStringLiteral("Line one\nline two, with \"quotes\"");
    value.context.osType = ValidationContext::OsType::Linux;
    value.context.domainType = ValidationContext::DomainType::LocalAd;
    value.context.unknown.insert(QStringLiteral("future_context"), QStringLiteral("x"));
    value.connection.region = QStringLiteral("cn-north-4");
    value.connection.endpoint = QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com");
    value.connection.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    value.connection.loginKind = ConnectionSettings::LoginKind::Password;
    value.connection.iamEndpoint = QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com");
    value.connection.iamUser = QStringLiteral("operator");
    value.connection.iamDomain = QStringLiteral("acme");
    value.connection.accessKey = QStringLiteral("AKEXAMPLE");
    value.connection.unknown.insert(QStringLiteral("proxy"), QStringLiteral("system"));
    value.unknown.insert(QStringLiteral("future_top"), QJsonArray {1, 2, 3});

    QJsonObject body;
    body.insert(QStringLiteral("desktop_type"), QStringLiteral("DEDICATED"));
    body.insert(QStringLiteral("product_id"), QStringLiteral("workspace.x86.ultimate.large2"));
    body.insert(QStringLiteral("new_api_member"), QJsonObject {{QStringLiteral("a"), 1}});
    body.insert(QStringLiteral("desktops"),
                QJsonArray {QJsonObject {{QStringLiteral("user_name"), QStringLiteral("u1")}}});
    body.insert(QStringLiteral("desktop_ips"), QJsonArray {QStringLiteral("10.0.0.5")});
    const RequestCodec::ReadResult read = RequestCodec::fromJson(body);
    value.request = read.request;
    return value;
}

} // namespace

class TestTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestCasesExist();
    void everyRequestCaseRoundTrips_data();
    void everyRequestCaseRoundTrips();
    void everyTemplateMemberRoundTrips();
    void writtenDocumentHasTheDesignedShape();
    void syntaxErrorHasPathLineAndColumn();
    void newerVersionIsRefusedByNumber();
    void badVersionIsRefused_data();
    void badVersionIsRefused();
    void nonTemplatesAreRefused_data();
    void nonTemplatesAreRefused();
    void wrongTypeIsReportedWhereItIs();
    void savingRefusesSecrets_data();
    void savingRefusesSecrets();
    void loadingIgnoresSecretsWithAWarning();
    void secretKeyRecognition_data();
    void secretKeyRecognition();
    void withoutPerRunDataDropsOnlyUsers();
    void contextAppliesOverBase();
    void migrationAcceptsKnownVersionsOnly();
    void nameIsRequired();
};

void TestTemplate::requestCasesExist()
{
    QVERIFY(!requestCaseFiles().isEmpty());
}

void TestTemplate::everyRequestCaseRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : requestCaseFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestTemplate::everyRequestCaseRoundTrips()
{
    QFETCH(QString, path);
    const QJsonObject testCase = readJsonFile(path);
    const QJsonObject body = testCase.value(QStringLiteral("request")).toObject();
    const RequestCodec::ReadResult read = RequestCodec::fromJson(body);
    if (!read.ok())
        QSKIP("the body has members of the wrong type; the codec test covers those");

    Template value;
    value.name = QFileInfo(path).baseName();
    const QJsonObject context = testCase.value(QStringLiteral("context")).toObject();
    value.context.osType =
        ValidationContext::parseOsType(context.value(QStringLiteral("os_type")).toString());
    value.context.domainType =
        ValidationContext::parseDomainType(context.value(QStringLiteral("domain_type")).toString());
    value.request = read.request;

    const Template::WriteResult written = value.toJson();
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    const Template::ReadResult back = Template::fromJson(written.bytes, path);
    QVERIFY2(back.ok(), qPrintable(back.errorString()));
    QVERIFY(back.warnings.isEmpty());
    QVERIFY(*back.value == value);
    // The request inside is the same JSON value as the case's body, unknown members included.
    QCOMPARE(RequestCodec::toJson(back.value->request), body);
}

void TestTemplate::everyTemplateMemberRoundTrips()
{
    const Template value = fullTemplate();
    const Template::WriteResult written = value.toJson();
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    const Template::ReadResult back = Template::fromJson(written.bytes);
    QVERIFY2(back.ok(), qPrintable(back.errorString()));
    QVERIFY(back.warnings.isEmpty());
    const Template &read = *back.value;
    QCOMPARE(read.name, value.name);
    QCOMPARE(read.description, value.description);
    QVERIFY(read.context == value.context);
    QVERIFY(read.connection == value.connection);
    QVERIFY(read.request == value.request);
    QCOMPARE(read.unknown, value.unknown);
    QVERIFY(read == value);
    // And once more: writing what was read gives the same bytes.
    QCOMPARE(read.toJson().bytes, written.bytes);
}

void TestTemplate::writtenDocumentHasTheDesignedShape()
{
    const QJsonObject document = QJsonDocument::fromJson(fullTemplate().toJson().bytes).object();
    QCOMPARE(document.value(QStringLiteral("deskwiz_template")).toInt(), Template::kFormatVersion);
    QCOMPARE(document.value(QStringLiteral("name")).toString(), fullTemplate().name);
    const QJsonObject context = document.value(QStringLiteral("context")).toObject();
    QCOMPARE(context.value(QStringLiteral("os_type")).toString(), QStringLiteral("Linux"));
    QCOMPARE(context.value(QStringLiteral("domain_type")).toString(), QStringLiteral("LOCAL_AD"));
    const QJsonObject connection = document.value(QStringLiteral("connection")).toObject();
    QCOMPARE(connection.value(QStringLiteral("auth")).toString(), QStringLiteral("password"));
    QCOMPARE(connection.value(QStringLiteral("project_id")).toString(),
             QStringLiteral("0123456789abcdef0123456789abcdef"));
    QCOMPARE(connection.value(QStringLiteral("ak")).toString(), QStringLiteral("AKEXAMPLE"));
    const QJsonObject request = document.value(QStringLiteral("request")).toObject();
    QCOMPARE(request.value(QStringLiteral("desktop_type")).toString(), QStringLiteral("DEDICATED"));
    QVERIFY(request.contains(QStringLiteral("new_api_member")));
}

void TestTemplate::syntaxErrorHasPathLineAndColumn()
{
    const QByteArray text =
        "{\n  \"deskwiz_template\": 1,\n  \"name\": \"x\"\n  \"request\": {}\n}\n";
    const Template::ReadResult read =
        Template::fromJson(text, QStringLiteral("/tmp/broken.deskwiz.json"));
    QVERIFY(!read.ok());
    QCOMPARE(read.errors.size(), 1);
    const Template::Problem &problem = read.errors.first();
    QCOMPARE(problem.line, 4); // the missing comma is noticed at the start of line 4
    QVERIFY(problem.column >= 1 && problem.column <= 4);
    QVERIFY(read.errorString().startsWith(QStringLiteral("/tmp/broken.deskwiz.json:4:")));
    QVERIFY(problem.message.contains(QLatin1String("deskwiz_template"))); // says what is right
    // In plain words what was expected there, not Qt's "unterminated object".
    QVERIFY2(problem.message.contains(QLatin1String("expected ',' between two members")),
             qPrintable(problem.message));
    QVERIFY2(!problem.message.contains(QLatin1String("unterminated")), qPrintable(problem.message));
}

void TestTemplate::newerVersionIsRefusedByNumber()
{
    const int newer = Template::kFormatVersion + 1;
    const QByteArray text = "{\n  \"name\": \"n\",\n  \"deskwiz_template\": "
        + QByteArray::number(newer) + ",\n  \"request\": {}\n}";
    const Template::ReadResult read = Template::fromJson(text, QStringLiteral("new.deskwiz.json"));
    QVERIFY(!read.ok());
    const Template::Problem &problem = read.errors.first();
    QVERIFY(problem.message.contains(QString::number(newer)));
    QVERIFY(problem.message.contains(QLatin1String("newer")));
    QCOMPARE(problem.pointer, QStringLiteral("/deskwiz_template"));
    QCOMPARE(problem.line, 3);
    QCOMPARE(problem.column, 23);
}

void TestTemplate::badVersionIsRefused_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::newRow("zero") << QByteArray("0");
    QTest::newRow("negative") << QByteArray("-1");
    QTest::newRow("fraction") << QByteArray("1.5");
    QTest::newRow("string") << QByteArray("\"1\"");
    QTest::newRow("null") << QByteArray("null");
}

void TestTemplate::badVersionIsRefused()
{
    QFETCH(QByteArray, version);
    const QByteArray text =
        "{\"deskwiz_template\": " + version + ", \"name\": \"n\", \"request\": {}}";
    const Template::ReadResult read = Template::fromJson(text);
    QVERIFY(!read.ok());
    QCOMPARE(read.errors.first().pointer, QStringLiteral("/deskwiz_template"));
}

void TestTemplate::nonTemplatesAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const QString &path : requestCaseFiles()) {
        // A bare API body is valid JSON but not a template.
        const QJsonObject body = readJsonFile(path).value(QStringLiteral("request")).toObject();
        QTest::newRow(qPrintable(QStringLiteral("body ") + QFileInfo(path).fileName()))
            << QJsonDocument(body).toJson();
    }
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("string") << QByteArray("\"deskwiz_template\"");
    QTest::newRow("empty") << QByteArray();
}

void TestTemplate::nonTemplatesAreRefused()
{
    QFETCH(QByteArray, text);
    const Template::ReadResult read = Template::fromJson(text, QStringLiteral("f.json"));
    QVERIFY(!read.ok());
    QVERIFY(!read.errors.isEmpty());
    QVERIFY(read.errorString().startsWith(QStringLiteral("f.json")));
}

void TestTemplate::wrongTypeIsReportedWhereItIs()
{
    const QByteArray text = "{\n"
                            "  \"deskwiz_template\": 1,\n"
                            "  \"name\": \"n\",\n"
                            "  \"context\": {\"os_type\": \"Solaris\"},\n"
                            "  \"request\": {\n"
                            "    \"root_volume\": {\"type\": \"SAS\", \"size\": \"80\"}\n"
                            "  }\n"
                            "}\n";
    const Template::ReadResult read = Template::fromJson(text, QStringLiteral("t.json"));
    QVERIFY(!read.ok());
    bool sawSize = false;
    bool sawOs = false;
    for (const Template::Problem &problem : read.errors) {
        if (problem.pointer == QLatin1String("/request/root_volume/size")) {
            sawSize = true;
            QCOMPARE(problem.line, 6);
            QCOMPARE(problem.column, 44);
        }
        if (problem.pointer == QLatin1String("/context/os_type")) {
            sawOs = true;
            QCOMPARE(problem.line, 4);
            QCOMPARE(problem.column, 26);
        }
    }
    QVERIFY2(sawSize && sawOs, qPrintable(read.errorString()));
}

void TestTemplate::savingRefusesSecrets_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("pointer");
    const QStringList keys = {QStringLiteral("token"),
                              QStringLiteral("password"),
                              QStringLiteral("sk"),
                              QStringLiteral("secret_key"),
                              QStringLiteral("security_token"),
                              QStringLiteral("X-Auth-Token"),
                              QStringLiteral("iam_password")};
    for (const QString &key : keys) {
        for (const QString &where : {QStringLiteral("connection"), QStringLiteral("context"),
                                     QStringLiteral("top"), QStringLiteral("request")}) {
            const QString pointer = where == QLatin1String("top")
                ? QString(QLatin1Char('/') + key)
                : QString(QLatin1Char('/') + where + QLatin1Char('/') + key);
            QTest::newRow(qPrintable(where + QLatin1Char(' ') + key)) << where << key << pointer;
        }
    }
}

void TestTemplate::savingRefusesSecrets()
{
    QFETCH(QString, where);
    QFETCH(QString, key);
    QFETCH(QString, pointer);
    Template value = fullTemplate();
    const QString secret = QStringLiteral("do-not-write-me");
    if (where == QLatin1String("connection")) {
        value.connection.unknown.insert(key, secret);
    } else if (where == QLatin1String("context")) {
        value.context.unknown.insert(key, secret);
    } else if (where == QLatin1String("top")) {
        value.unknown.insert(key, secret);
    } else {
        value.request.unknown.insert(key, secret);
    }
    const Template::WriteResult written = value.toJson();
    QVERIFY(!written.ok());
    QVERIFY(written.bytes.isEmpty());
    QCOMPARE(written.errors.size(), 1);
    QCOMPARE(written.errors.first().pointer, pointer);
    QVERIFY(!written.errorString().contains(secret));
}

void TestTemplate::loadingIgnoresSecretsWithAWarning()
{
    const QByteArray text = "{\n"
                            "  \"deskwiz_template\": 1,\n"
                            "  \"name\": \"n\",\n"
                            "  \"connection\": {\"auth\": \"aksk\", \"ak\": \"AK1\",\n"
                            "                 \"sk\": \"SECRET-SK\"},\n"
                            "  \"request\": {\"desktop_type\": \"DEDICATED\",\n"
                            "              \"extra\": [{\"password\": \"SECRET-PW\"}]},\n"
                            "  \"token\": \"SECRET-TOKEN\"\n"
                            "}\n";
    const Template::ReadResult read = Template::fromJson(text, QStringLiteral("s.json"));
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QStringList pointers;
    for (const Template::Problem &warning : read.warnings) {
        pointers.append(warning.pointer);
        QVERIFY(warning.line > 0);
        QVERIFY(!warning.toString().contains(QLatin1String("SECRET")));
    }
    pointers.sort();
    QCOMPARE(pointers,
             (QStringList {QStringLiteral("/connection/sk"),
                           QStringLiteral("/request/extra/0/password"), QStringLiteral("/token")}));
    QCOMPARE(read.value->connection.accessKey, QStringLiteral("AK1"));
    const Template::WriteResult written = read.value->toJson();
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QVERIFY(!written.bytes.contains("SECRET"));
}

void TestTemplate::secretKeyRecognition_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    for (const char *key :
         {"token", "Token", "password", "PASSWORD", "sk", "SK", "secret_key", "secretKey",
          "security_token", "X-Security-Token", "x-auth-token", "iam_password", "client_secret",
          "subject_token", "secret",
          // other spellings: camelCase, PascalCase, dashes, dots, capitals
          "authToken", "userPassword", "accessToken", "SecretAccessKey", "X-Auth-Token",
          "XAuthToken", "X-Subject-Token", "IAMPassword", "userSK", "user-sk", "clientSecret",
          "securityToken", "SECURITY_TOKEN", "iam.password", "accesstoken", "apiKey", "privateKey",
          "userCredentials"})
        QTest::newRow(key) << QString::fromLatin1(key) << true;
    for (const char *key :
         {"auth", "ak", "iam_user", "iam_domain", "name", "description", "desktop_name",
          "project_id", "endpoint", "region", "tokens_used", "user_name", "desktop_ips", "size",
          "skin",
          // the AK is no secret; "sk" inside a word is not the SK
          "accessKey", "access_key", "AKSK", "disk", "task", "desk", "if_mount_old_desktop_disk",
          "tokenExpiry", "passwordPolicy", "secretary", "", "--"})
        QTest::newRow(key) << QString::fromLatin1(key) << false;
}

void TestTemplate::secretKeyRecognition()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(Template::isSecretKey(key), secret);
}

void TestTemplate::withoutPerRunDataDropsOnlyUsers()
{
    const CreateDesktopRequest full = fullTemplate().request;
    QVERIFY(full.desktops && full.desktopIps);
    const CreateDesktopRequest stripped = Template::withoutPerRunData(full);
    QVERIFY(!stripped.desktops);
    QVERIFY(!stripped.desktopIps);
    CreateDesktopRequest expected = full;
    expected.desktops.reset();
    expected.desktopIps.reset();
    QVERIFY(stripped == expected);
    QVERIFY(stripped.productId == full.productId);
    QCOMPARE(stripped.unknown, full.unknown);
}

void TestTemplate::contextAppliesOverBase()
{
    ValidationContext base;
    base.maxDesktopsPerRequest = 7;
    Template::Context context;
    QVERIFY(context.appliedTo(base) == base);
    context.osType = ValidationContext::OsType::Linux;
    const ValidationContext applied = context.appliedTo(base);
    QCOMPARE(applied.osType, ValidationContext::OsType::Linux);
    QCOMPARE(applied.domainType, base.domainType);
    QCOMPARE(applied.maxDesktopsPerRequest, 7);
}

void TestTemplate::migrationAcceptsKnownVersionsOnly()
{
    for (int version = 1; version <= Template::kFormatVersion; ++version) {
        QJsonObject document {{QStringLiteral("deskwiz_template"), version}};
        QString error;
        QVERIFY(Template::migrate(document, version, &error));
        QCOMPARE(document.value(QStringLiteral("deskwiz_template")).toInt(),
                 Template::kFormatVersion);
    }
    QJsonObject document;
    QString error;
    QVERIFY(!Template::migrate(document, Template::kFormatVersion + 1, &error));
    QVERIFY(error.contains(QString::number(Template::kFormatVersion + 1)));
    QVERIFY(!Template::migrate(document, 0, &error));
}

void TestTemplate::nameIsRequired()
{
    Template value = fullTemplate();
    value.name = QStringLiteral("  ");
    QVERIFY(!value.toJson().ok());
    const Template::ReadResult read =
        Template::fromJson("{\"deskwiz_template\": 1, \"request\": {}}");
    QVERIFY(!read.ok());
    QCOMPARE(read.errors.first().pointer, QStringLiteral("/name"));
}

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
