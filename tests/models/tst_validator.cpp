#include "models/ApiLimits.h"
#include "models/RequestCodec.h"
#include "models/Validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

ValidationContext contextOf(const QJsonObject &caseObject)
{
    ValidationContext context;
    const QJsonObject json = caseObject.value(QLatin1String("context")).toObject();
    if (const auto os =
            ValidationContext::parseOsType(json.value(QLatin1String("os_type")).toString()))
        context.osType = *os;
    if (const auto domain =
            ValidationContext::parseDomainType(json.value(QLatin1String("domain_type")).toString()))
        context.domainType = *domain;
    return context;
}

bool isAtOrBelow(const QString &pointer, const QString &expected)
{
    return pointer == expected
        || (pointer.startsWith(expected) && pointer.at(expected.size()) == QLatin1Char('/'));
}

QString describe(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.pointer + QLatin1String(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

/** A valid request most rule tests start from (Windows, LITE_AD). */
CreateDesktopRequest validRequest()
{
    CreateDesktopRequest request;
    request.desktopType = QStringLiteral("DEDICATED");
    request.productId = QStringLiteral("workspace.c2.large.windows.2");
    request.imageType = QStringLiteral("gold");
    request.imageId = QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f");
    request.rootVolume = Volume {QStringLiteral("SAS"), 80, {}};
    Desktop desktop;
    desktop.userName = QStringLiteral("ops-002");
    request.desktops = QList<Desktop> {desktop};
    return request;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private:
    Validator m_validator;
    ValidationContext m_context;

    ValidationIssues issuesAt(const CreateDesktopRequest &request, const QString &pointer,
                              const ValidationContext &context) const
    {
        return issuesUnder(m_validator.validate(request, context), pointer);
    }
    bool errorAt(const CreateDesktopRequest &request, const QString &pointer) const
    {
        return hasErrors(issuesAt(request, pointer, m_context));
    }
    bool errorAt(const CreateDesktopRequest &request, const QString &pointer,
                 const ValidationContext &context) const
    {
        return hasErrors(issuesAt(request, pointer, context));
    }

private Q_SLOTS:
    void limitsLoadFromTheResource()
    {
        const ApiLimits limits = ApiLimits::builtIn();
        QVERIFY2(limits.problems.isEmpty(), qPrintable(limits.problems.join(QLatin1Char(' '))));
        QVERIFY(limits.volumeTypes.contains(QStringLiteral("GPSSD2")));
        QCOMPARE(limits.rootVolumeSize.min, 80);
        QCOMPARE(limits.defaultMaxDesktopsPerRequest, 50);
        QVERIFY(limits.enterpriseProjectIdPattern.isValid());
    }

    void limitsFromJsonReportMissingEntries()
    {
        const ApiLimits limits = ApiLimits::fromJson(QJsonObject {{QStringLiteral("max_nics"), 3}});
        QCOMPARE(limits.maxNics, 3);
        QVERIFY(limits.problems.contains(QStringLiteral("max_tags")));
        QVERIFY(!limits.problems.contains(QStringLiteral("max_nics")));
    }

    void testdataCase_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(DESKWIZ_TESTDATA_DIR "/requests"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(dir.absolutePath()));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.absoluteFilePath(file);
    }

    void testdataCase()
    {
        QFETCH(QString, path);
        const QJsonObject caseObject = readJsonObject(path);
        QVERIFY2(!caseObject.isEmpty(), qPrintable(path));
        const QJsonObject body = caseObject.value(QLatin1String("request")).toObject();
        const QJsonArray expected = caseObject.value(QLatin1String("expect"))
                                        .toObject()
                                        .value(QLatin1String("errors"))
                                        .toArray();

        const RequestCodec::ReadResult read = RequestCodec::fromJson(body);
        ValidationIssues issues = read.errors;
        issues.append(m_validator.validate(read.request, contextOf(caseObject)));

        if (expected.isEmpty()) {
            QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
            QCOMPARE(RequestCodec::toJson(read.request), body);
            return;
        }
        for (const QJsonValue &entry : expected) {
            QStringList alternatives;
            if (entry.isArray()) {
                for (const QJsonValue &alternative : entry.toArray())
                    alternatives.append(alternative.toString());
            } else {
                alternatives.append(entry.toString());
            }
            const bool found =
                std::any_of(issues.cbegin(), issues.cend(), [&](const ValidationIssue &issue) {
                    return issue.isError()
                        && std::any_of(alternatives.cbegin(), alternatives.cend(),
                                       [&](const QString &pointer) {
                                           return isAtOrBelow(issue.pointer, pointer);
                                       });
                });
            QVERIFY2(found,
                     qPrintable(QLatin1String("no error at ")
                                + alternatives.join(QLatin1String(" or "))
                                + QLatin1String("; got:\n") + describe(issues)));
        }
    }

    void everyIssueHasAMessage()
    {
        CreateDesktopRequest request; // everything missing
        const ValidationIssues issues = m_validator.validate(request, m_context);
        QVERIFY(hasErrors(issues));
        for (const ValidationIssue &issue : issues) {
            QVERIFY(issue.pointer.startsWith(QLatin1Char('/')));
            QVERIFY(!issue.message.isEmpty());
        }
    }

    void requiredFields_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::newRow("desktop_type") << QStringLiteral("/desktop_type");
        QTest::newRow("product_id") << QStringLiteral("/product_id");
        QTest::newRow("image_type") << QStringLiteral("/image_type");
        QTest::newRow("image_id") << QStringLiteral("/image_id");
        QTest::newRow("root_volume") << QStringLiteral("/root_volume");
        QTest::newRow("root_volume/type") << QStringLiteral("/root_volume/type");
        QTest::newRow("root_volume/size") << QStringLiteral("/root_volume/size");
        QTest::newRow("user_name") << QStringLiteral("/desktops/0/user_name");
    }

    void requiredFields()
    {
        QFETCH(QString, pointer);
        CreateDesktopRequest request = validRequest();
        QVERIFY(!hasErrors(m_validator.validate(request, m_context)));
        if (pointer == QLatin1String("/desktop_type"))
            request.desktopType.reset();
        else if (pointer == QLatin1String("/product_id"))
            request.productId = QStringLiteral("  ");
        else if (pointer == QLatin1String("/image_type"))
            request.imageType.reset();
        else if (pointer == QLatin1String("/image_id"))
            request.imageId = QString();
        else if (pointer == QLatin1String("/root_volume"))
            request.rootVolume.reset();
        else if (pointer == QLatin1String("/root_volume/type"))
            request.rootVolume->type.reset();
        else if (pointer == QLatin1String("/root_volume/size"))
            request.rootVolume->size.reset();
        else
            (*request.desktops)[0].userName.reset();
        const ValidationIssues issues = m_validator.validate(request, m_context);
        QVERIFY2(hasErrors(issuesUnder(issues, pointer)), qPrintable(describe(issues)));
    }

    void volumeSizes_data()
    {
        QTest::addColumn<bool>("root");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("valid");
        QTest::newRow("root 80") << true << 80 << true;
        QTest::newRow("root 70") << true << 70 << false;
        QTest::newRow("root 85") << true << 85 << false;
        QTest::newRow("root 32760") << true << 32760 << true;
        QTest::newRow("root 32770") << true << 32770 << false;
        QTest::newRow("data 10") << false << 10 << true;
        QTest::newRow("data 0") << false << 0 << false;
        QTest::newRow("data 15") << false << 15 << false;
        QTest::newRow("data 32760") << false << 32760 << true;
        QTest::newRow("data 32770") << false << 32770 << false;
    }

    void volumeSizes()
    {
        QFETCH(bool, root);
        QFETCH(int, size);
        QFETCH(bool, valid);
        CreateDesktopRequest request = validRequest();
        QString pointer;
        if (root) {
            request.rootVolume->size = size;
            pointer = QStringLiteral("/root_volume/size");
        } else {
            request.dataVolumes = QList<Volume> {Volume {QStringLiteral("SSD"), size, {}}};
            pointer = QStringLiteral("/data_volumes/0/size");
        }
        const ValidationIssues issues = issuesAt(request, pointer, m_context);
        QCOMPARE(hasErrors(issues), !valid);
        if (!valid)
            QVERIFY2(issues.first().message.contains(QString::number(size)),
                     qPrintable(issues.first().message));
    }

    void rootSizeMessageSaysWhatIsRight()
    {
        CreateDesktopRequest request = validRequest();
        request.rootVolume->size = 85;
        const ValidationIssues issues =
            issuesAt(request, QStringLiteral("/root_volume/size"), m_context);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(
            issues.first().message,
            QStringLiteral(
                "Root volume size must be a multiple of 10 between 80 and 32760 GB; 85 is not"));
    }

    void volumeTypesAreData()
    {
        CreateDesktopRequest request = validRequest();
        for (const QString &type : ApiLimits::builtIn().volumeTypes) {
            request.rootVolume->type = type;
            QVERIFY2(!errorAt(request, QStringLiteral("/root_volume/type")), qPrintable(type));
        }
        request.rootVolume->type = QStringLiteral("sas");
        QVERIFY(errorAt(request, QStringLiteral("/root_volume/type")));
    }

    void counts_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<int>("max");
        const ApiLimits limits = ApiLimits::builtIn();
        QTest::newRow("data_volumes") << QStringLiteral("/data_volumes") << limits.maxDataVolumes;
        QTest::newRow("nics") << QStringLiteral("/nics") << limits.maxNics;
        QTest::newRow("security_groups")
            << QStringLiteral("/security_groups") << limits.maxSecurityGroups;
        QTest::newRow("tags") << QStringLiteral("/tags") << limits.maxTags;
        QTest::newRow("desktop_ips") << QStringLiteral("/desktop_ips") << limits.maxDesktopIps;
        QTest::newRow("shared vpc zones")
            << QStringLiteral("/apply_shared_vpc_dedicated_param/availability_zone")
            << limits.sharedVpcMaxAvailabilityZones;
    }

    void counts()
    {
        QFETCH(QString, pointer);
        QFETCH(int, max);
        QVERIFY(max > 0);
        for (const int count : {max, max + 1}) {
            CreateDesktopRequest request = validRequest();
            if (pointer == QLatin1String("/data_volumes")) {
                request.dataVolumes = QList<Volume>(count, Volume {QStringLiteral("SSD"), 10, {}});
            } else if (pointer == QLatin1String("/nics")) {
                request.nics = QList<Nic>(count, Nic {QStringLiteral("subnet"), {}});
            } else if (pointer == QLatin1String("/security_groups")) {
                request.securityGroups =
                    QList<SecurityGroup>(count, SecurityGroup {QStringLiteral("sg"), {}});
            } else if (pointer == QLatin1String("/tags")) {
                QList<Tag> tags;
                for (int i = 0; i < count; ++i)
                    tags.append(Tag {QStringLiteral("key%1").arg(i), QStringLiteral("v"), {}});
                request.tags = tags;
            } else if (pointer == QLatin1String("/desktop_ips")) {
                request.desktopIps = QStringList(count, QStringLiteral("10.0.0.1"));
            } else {
                request.sharedVpc = SharedVpcParam {QStringLiteral("10.1.1.1"),
                                                    2000,
                                                    QStringList(count, QStringLiteral("az1")),
                                                    {}};
            }
            const ValidationIssues issues = m_validator.validate(request, m_context);
            const bool errorAtList =
                std::any_of(issues.cbegin(), issues.cend(), [&](const ValidationIssue &issue) {
                    return issue.isError() && issue.pointer == pointer;
                });
            QVERIFY2(errorAtList == (count > max), qPrintable(describe(issues)));
            QVERIFY2(hasErrors(issues) == (count > max), qPrintable(describe(issues)));
        }
    }

    void desktopsOrSize()
    {
        CreateDesktopRequest request = validRequest();
        request.size = 2;
        QVERIFY(errorAt(request, QStringLiteral("/size")));
        request.desktops.reset();
        QVERIFY(!hasErrors(m_validator.validate(request, m_context)));
        request.size.reset();
        QVERIFY(errorAt(request, QStringLiteral("/desktops")));
        request.desktops = QList<Desktop>();
        QVERIFY(errorAt(request, QStringLiteral("/desktops")));
    }

    void desktopCountFollowsTheContext()
    {
        CreateDesktopRequest request = validRequest();
        QList<Desktop> desktops;
        for (int i = 0; i < 51; ++i) {
            Desktop desktop;
            desktop.userName = QStringLiteral("user%1").arg(i);
            desktops.append(desktop);
        }
        request.desktops = desktops.mid(0, 50);
        QVERIFY(!errorAt(request, QStringLiteral("/desktops")));
        request.desktops = desktops;
        QVERIFY(errorAt(request, QStringLiteral("/desktops")));
        ValidationContext wider = m_context;
        wider.maxDesktopsPerRequest = 100;
        QVERIFY(!errorAt(request, QStringLiteral("/desktops"), wider));
        ValidationContext narrower = m_context;
        narrower.maxDesktopsPerRequest = 2;
        request.desktops = desktops.mid(0, 3);
        QVERIFY(errorAt(request, QStringLiteral("/desktops"), narrower));
    }

    void zeroDesktopsIsNotTooMany()
    {
        // No desktops: the message says to add one, not that submit splits a large request.
        CreateDesktopRequest request = validRequest();
        request.desktops = QList<Desktop>();
        const ValidationIssues none = issuesAt(request, QStringLiteral("/desktops"), m_context);
        QVERIFY(hasErrors(none));
        QVERIFY2(!none.first().message.contains(QLatin1String("several requests")),
                 qPrintable(describe(none)));
        QVERIFY2(none.first().message.contains(QLatin1String("add a user")),
                 qPrintable(describe(none)));
        ValidationContext one = m_context;
        one.maxDesktopsPerRequest = 1;
        request.desktops = QList<Desktop> {Desktop(), Desktop()};
        const ValidationIssues many = issuesAt(request, QStringLiteral("/desktops"), one);
        QVERIFY2(many.first().message.contains(QLatin1String("several requests")),
                 qPrintable(describe(many)));
    }

    void desktopNameWithAssignedDesktopsIsIgnored()
    {
        // desktop_name names a pool given with size; beside desktops it does nothing.
        CreateDesktopRequest request = validRequest();
        request.desktopName = QStringLiteral("lab");
        ValidationIssues issues = issuesAt(request, QStringLiteral("/desktop_name"), m_context);
        QCOMPARE(issues.size(), 1);
        QVERIFY(!issues.first().isError());
        QVERIFY2(issues.first().message.contains(QLatin1String("size")),
                 qPrintable(describe(issues)));
        QVERIFY(!hasErrors(m_validator.validate(request, m_context)));

        request.desktops.reset();
        request.size = 2;
        QVERIFY(issuesAt(request, QStringLiteral("/desktop_name"), m_context).isEmpty());

        // A size of the wrong type is still a pool: no warning beside the reader's error.
        const QJsonObject body =
            QJsonDocument::fromJson(R"({"desktop_name": "lab", "desktops": [], "size": "2"})")
                .object();
        const RequestCodec::ReadResult read = RequestCodec::fromJson(body);
        issues = issuesUnder(m_validator.validate(read.request, m_context, read.errors),
                             QStringLiteral("/desktop_name"));
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    }

    void anExplicitNameWinsOverThePolicy()
    {
        const QString policy = QStringLiteral("/desktop_name_policy_id");
        CreateDesktopRequest request = validRequest();
        Desktop named;
        named.userName = QStringLiteral("ann");
        named.computerName = QStringLiteral("pc-ann");
        request.desktops->append(named);
        QVERIFY(issuesAt(request, policy, m_context).isEmpty()); // no policy, nothing to say
        request.desktopNamePolicyId = QStringLiteral("policy-1");
        ValidationIssues issues = issuesAt(request, policy, m_context);
        QCOMPARE(issues.size(), 1);
        QVERIFY(!issues.first().isError());
        QVERIFY2(issues.first().message.contains(QLatin1String("1 of 2")),
                 qPrintable(describe(issues)));
        QVERIFY(!hasErrors(m_validator.validate(request, m_context)));

        request.desktops->removeLast(); // no explicit name: the policy names every desktop
        QVERIFY(issuesAt(request, policy, m_context).isEmpty());

        request.desktops.reset(); // a pool's desktop_name wins as well
        request.size = 3;
        request.desktopName = QStringLiteral("lab");
        issues = issuesAt(request, policy, m_context);
        QCOMPARE(issues.size(), 1);
        QVERIFY(!issues.first().isError());
    }

    void availabilityZoneIsNamedOrLeftOut_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("a zone") << QStringLiteral("cn-north-4a") << true;
        QTest::newRow("empty") << QString(QLatin1String("")) << false;
        QTest::newRow("blank") << QStringLiteral("  ") << false;
    }

    void availabilityZoneIsNamedOrLeftOut()
    {
        QFETCH(QString, zone);
        QFETCH(bool, valid);
        const QString pointer = QStringLiteral("/availability_zone");
        CreateDesktopRequest request = validRequest();
        QVERIFY(issuesAt(request, pointer, m_context).isEmpty()); // left out: the default zone
        request.availabilityZone = zone;
        const ValidationIssues issues = issuesAt(request, pointer, m_context);
        QCOMPARE(hasErrors(issues), !valid);
        if (!valid) // says what is right: leave it out
            QVERIFY2(issues.first().message.contains(QLatin1String("leave it out")),
                     qPrintable(describe(issues)));
    }

    void poolSizeAndName_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("sizeValid");
        QTest::addColumn<bool>("nameValid");
        QTest::newRow("size 0") << 0 << QStringLiteral("lab") << false << true;
        QTest::newRow("size 1, 15 chars") << 1 << QStringLiteral("a23456789012345") << true << true;
        QTest::newRow("size 1, 16 chars")
            << 1 << QStringLiteral("a234567890123456") << true << false;
        QTest::newRow("size 2, 13 chars") << 2 << QStringLiteral("a234567890123") << true << true;
        QTest::newRow("size 2, 14 chars") << 2 << QStringLiteral("a2345678901234") << true << false;
        QTest::newRow("size 2, empty") << 2 << QString() << true << false;
        QTest::newRow("size 100") << 100 << QStringLiteral("lab") << true << true;
        QTest::newRow("size 101") << 101 << QStringLiteral("lab") << false << true;
    }

    void poolSizeAndName()
    {
        QFETCH(int, size);
        QFETCH(QString, name);
        QFETCH(bool, sizeValid);
        QFETCH(bool, nameValid);
        CreateDesktopRequest request = validRequest();
        request.desktops.reset();
        request.size = size;
        request.desktopName = name;
        QCOMPARE(errorAt(request, QStringLiteral("/size")), !sizeValid);
        QCOMPARE(errorAt(request, QStringLiteral("/desktop_name")), !nameValid);
    }

    void desktopIps_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << QStringLiteral("192.168.0.10") << true;
        QTest::newRow("zeros") << QStringLiteral("0.0.0.0") << true;
        QTest::newRow("255") << QStringLiteral("255.255.255.255") << true;
        QTest::newRow("256") << QStringLiteral("192.168.0.256") << false;
        QTest::newRow("three parts") << QStringLiteral("192.168.0") << false;
        QTest::newRow("leading zero") << QStringLiteral("192.168.0.010") << false;
        QTest::newRow("letters") << QStringLiteral("a.b.c.d") << false;
        QTest::newRow("ipv6") << QStringLiteral("::1") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void desktopIps()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        CreateDesktopRequest request = validRequest();
        request.desktopIps = QStringList {QStringLiteral("10.0.0.1"), address};
        QCOMPARE(errorAt(request, QStringLiteral("/desktop_ips/1")), !valid);
        QVERIFY(!errorAt(request, QStringLiteral("/desktop_ips/0")));
    }

    void tags_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("keyValid");
        QTest::addColumn<bool>("valueValid");
        QTest::newRow("plain") << QStringLiteral("dept") << QStringLiteral("fin-01") << true
                               << true;
        QTest::newRow("unicode letters")
            << QStringLiteral("部门") << QStringLiteral("财务_1") << true << true;
        QTest::newRow("key 128") << QString(128, QLatin1Char('k')) << QString() << true << true;
        QTest::newRow("key 129") << QString(129, QLatin1Char('k')) << QString() << false << true;
        QTest::newRow("key 128 astral")
            << QString::fromUtf8("\xF0\x9D\x90\x80").repeated(128) << QString() << true << true;
        QTest::newRow("value 43") << QStringLiteral("k") << QString(43, QLatin1Char('v')) << true
                                  << true;
        QTest::newRow("value 44") << QStringLiteral("k") << QString(44, QLatin1Char('v')) << true
                                  << false;
        QTest::newRow("key empty") << QString() << QStringLiteral("v") << false << true;
        for (const QChar c : ApiLimits::builtIn().tagForbiddenCharacters) {
            QTest::addRow("key with %c", c.toLatin1())
                << (QStringLiteral("a") + c) << QStringLiteral("v") << false << true;
            QTest::addRow("value with %c", c.toLatin1())
                << QStringLiteral("k") << (QStringLiteral("a") + c) << true << false;
        }
        QTest::newRow("key with space")
            << QStringLiteral("a b") << QStringLiteral("v") << false << true;
        QTest::newRow("value with dot")
            << QStringLiteral("k") << QStringLiteral("a.b") << true << false;
    }

    void tags()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, keyValid);
        QFETCH(bool, valueValid);
        CreateDesktopRequest request = validRequest();
        request.tags = QList<Tag> {Tag {key, value, {}}};
        QCOMPARE(errorAt(request, QStringLiteral("/tags/0/key")), !keyValid);
        QCOMPARE(errorAt(request, QStringLiteral("/tags/0/value")), !valueValid);
    }

    void tagKeysAreUnique()
    {
        CreateDesktopRequest request = validRequest();
        request.tags = QList<Tag> {Tag {QStringLiteral("dept"), QStringLiteral("a"), {}},
                                   Tag {QStringLiteral("env"), QStringLiteral("b"), {}},
                                   Tag {QStringLiteral("dept"), QStringLiteral("c"), {}}};
        QVERIFY(!errorAt(request, QStringLiteral("/tags/0")));
        QVERIFY(!errorAt(request, QStringLiteral("/tags/1")));
        QVERIFY(errorAt(request, QStringLiteral("/tags/2/key")));
    }

    void eip()
    {
        CreateDesktopRequest request = validRequest();
        request.eip = Eip {};
        QVERIFY(errorAt(request, QStringLiteral("/eip/type")));
        QVERIFY(errorAt(request, QStringLiteral("/eip/bandwidth_size")));

        request.eip =
            Eip {std::nullopt, QStringLiteral("5_bgp"), QStringLiteral("BANDWIDTH"), 1, {}};
        QVERIFY(!hasErrors(m_validator.validate(request, m_context)));
        request.eip->bandwidthSize = 0;
        QVERIFY(errorAt(request, QStringLiteral("/eip/bandwidth_size")));
        request.eip->bandwidthSize = 2000;
        QVERIFY(!errorAt(request, QStringLiteral("/eip")));
        request.eip->bandwidthSize = 2001;
        QVERIFY(errorAt(request, QStringLiteral("/eip/bandwidth_size")));
        request.eip->bandwidthSize = 5;
        request.eip->chargeMode = QStringLiteral("traffic");
        QVERIFY(errorAt(request, QStringLiteral("/eip/charge_mode")));
        request.eip->type = QStringLiteral("5_telcom");
        QVERIFY(errorAt(request, QStringLiteral("/eip/type")));

        // An existing EIP's id wins: the rest is ignored, with a warning, not an error.
        request.eip->id = QStringLiteral("f3b1c7aa-0000-4000-8000-000000000001");
        const ValidationIssues issues = issuesAt(request, QStringLiteral("/eip"), m_context);
        QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
        request.eip =
            Eip {QStringLiteral("f3b1c7aa"), std::nullopt, std::nullopt, std::nullopt, {}};
        QVERIFY(issuesAt(request, QStringLiteral("/eip"), m_context).isEmpty());
    }

    void sharedVpcPort_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1024") << 1024 << false;
        QTest::newRow("1025") << 1025 << true;
        QTest::newRow("65535") << 65535 << true;
        QTest::newRow("65536") << 65536 << false;
    }

    void sharedVpcPort()
    {
        QFETCH(int, port);
        QFETCH(bool, valid);
        CreateDesktopRequest request = validRequest();
        request.sharedVpc = SharedVpcParam {QStringLiteral("10.1.1.1"), port, std::nullopt, {}};
        QCOMPARE(errorAt(request, QStringLiteral("/apply_shared_vpc_dedicated_param/port")),
                 !valid);
    }

    void userName_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        const QString w = QStringLiteral("Windows");
        const QString l = QStringLiteral("Linux");
        const QString lite = QStringLiteral("LITE_AD");
        const QString liteAs = QStringLiteral("LITE_AS");
        const QString local = QStringLiteral("LOCAL_AD");
        QTest::newRow("lite 20") << w << lite << QString(20, QLatin1Char('a')) << true;
        QTest::newRow("lite 21") << w << lite << QString(21, QLatin1Char('a')) << false;
        QTest::newRow("lite linux 21") << l << lite << QString(21, QLatin1Char('a')) << false;
        QTest::newRow("lite digit first") << w << lite << QStringLiteral("1ann") << false;
        QTest::newRow("lite_as digit first") << w << liteAs << QStringLiteral("1ann") << false;
        QTest::newRow("lite_as 20") << w << liteAs << QString(20, QLatin1Char('a')) << true;
        QTest::newRow("local digit first") << l << local << QStringLiteral("1ann") << true;
        QTest::newRow("local hyphen first") << l << local << QStringLiteral("-ann") << false;
        QTest::newRow("local linux 32") << l << local << QString(32, QLatin1Char('b')) << true;
        QTest::newRow("local linux 33") << l << local << QString(33, QLatin1Char('b')) << false;
        QTest::newRow("local windows 21") << w << local << QString(21, QLatin1Char('b')) << false;
        QTest::newRow("local windows 20") << w << local << QString(20, QLatin1Char('b')) << true;
        QTest::newRow("dot") << w << lite << QStringLiteral("ann.lee") << false;
        QTest::newRow("underscore and hyphen") << w << lite << QStringLiteral("ann_lee-2") << true;
        QTest::newRow("empty") << w << lite << QString() << false;
        QTest::newRow("non-ascii letter") << w << lite << QStringLiteral("anné") << false;
    }

    void userName()
    {
        QFETCH(QString, os);
        QFETCH(QString, domain);
        QFETCH(QString, name);
        QFETCH(bool, valid);
        ValidationContext context;
        context.osType = *ValidationContext::parseOsType(os);
        context.domainType = *ValidationContext::parseDomainType(domain);
        CreateDesktopRequest request = validRequest();
        (*request.desktops)[0].userName = name;
        const ValidationIssues issues =
            issuesAt(request, QStringLiteral("/desktops/0/user_name"), context);
        QVERIFY2(hasErrors(issues) == !valid, qPrintable(describe(issues)));
        if (!valid && !name.isEmpty())
            QVERIFY2(issues.first().message.contains(name), qPrintable(issues.first().message));
    }

    void emailAndPhone_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString email = QStringLiteral("user_email");
        const QString phone = QStringLiteral("user_phone");
        QTest::newRow("email ok") << email << QStringLiteral("ann@example.com") << true;
        QTest::newRow("email subdomain")
            << email << QStringLiteral("ann.lee+x@mail.example.co.uk") << true;
        QTest::newRow("email no domain") << email << QStringLiteral("ann@") << false;
        QTest::newRow("email no dot") << email << QStringLiteral("ann@example") << false;
        QTest::newRow("email two at") << email << QStringLiteral("a@b@example.com") << false;
        QTest::newRow("email space") << email << QStringLiteral("ann lee@example.com") << false;
        QTest::newRow("email empty") << email << QString() << false;
        QTest::newRow("phone plus") << phone << QStringLiteral("+8613800000000") << true;
        QTest::newRow("phone digits") << phone << QStringLiteral("13800000000") << true;
        QTest::newRow("phone shortest")
            << phone << QString(ApiLimits::builtIn().userPhoneMinDigits, QLatin1Char('1')) << true;
        QTest::newRow("phone too short")
            << phone << QString(ApiLimits::builtIn().userPhoneMinDigits - 1, QLatin1Char('1'))
            << false;
        QTest::newRow("phone longest")
            << phone << QString(ApiLimits::builtIn().userPhoneMaxDigits, QLatin1Char('1')) << true;
        QTest::newRow("phone too long")
            << phone << QString(ApiLimits::builtIn().userPhoneMaxDigits + 1, QLatin1Char('1'))
            << false;
        QTest::newRow("phone words") << phone << QStringLiteral("call me") << false;
        QTest::newRow("phone plus only") << phone << QStringLiteral("+") << false;
        QTest::newRow("phone plus inside") << phone << QStringLiteral("86+13800000000") << false;
        QTest::newRow("phone dashes") << phone << QStringLiteral("138-0000-0000") << false;
    }

    void emailAndPhone()
    {
        QFETCH(QString, member);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        CreateDesktopRequest request = validRequest();
        Desktop &desktop = (*request.desktops)[0];
        if (member == QLatin1String("user_email"))
            desktop.userEmail = text;
        else
            desktop.userPhone = text;
        QCOMPARE(errorAt(request, QStringLiteral("/desktops/0/") + member), !valid);
    }

    void userGroupFollowsTheOs()
    {
        CreateDesktopRequest request = validRequest();
        ValidationContext windows;
        ValidationContext linux;
        linux.osType = ValidationContext::OsType::Linux;
        const QString pointer = QStringLiteral("/desktops/0/user_group");
        const ApiLimits limits = ApiLimits::builtIn();
        for (const QString &group : limits.userGroupsWindows) {
            (*request.desktops)[0].userGroup = group;
            QVERIFY(!errorAt(request, pointer, windows));
            QVERIFY(errorAt(request, pointer, linux));
        }
        for (const QString &group : limits.userGroupsLinux) {
            (*request.desktops)[0].userGroup = group;
            QVERIFY(errorAt(request, pointer, windows));
            QVERIFY(!errorAt(request, pointer, linux));
        }
    }

    void computerName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("15") << QStringLiteral("a23456789012345") << true;
        QTest::newRow("16") << QStringLiteral("a234567890123456") << false;
        QTest::newRow("1") << QStringLiteral("a") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("digit first") << QStringLiteral("1pc") << true;
        QTest::newRow("hyphen first") << QStringLiteral("-pc") << false;
        QTest::newRow("hyphen last") << QStringLiteral("pc-") << false;
        QTest::newRow("hyphen inside") << QStringLiteral("fin-ws-01") << true;
        QTest::newRow("underscore") << QStringLiteral("fin_ws") << false;
    }

    void computerName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        CreateDesktopRequest request = validRequest();
        (*request.desktops)[0].computerName = name;
        QCOMPARE(errorAt(request, QStringLiteral("/desktops/0/computer_name")), !valid);
    }

    void computerNamesAreUnique()
    {
        CreateDesktopRequest request = validRequest();
        Desktop first = request.desktops->first();
        first.computerName = QStringLiteral("fin-01");
        Desktop second = first;
        second.userName = QStringLiteral("bob");
        second.computerName = QStringLiteral("fin-02");
        Desktop third = first;
        third.userName = QStringLiteral("cy");
        third.computerName = QStringLiteral("FIN-01");
        request.desktops = QList<Desktop> {first, second, third};
        QVERIFY(!errorAt(request, QStringLiteral("/desktops/0")));
        QVERIFY(!errorAt(request, QStringLiteral("/desktops/1")));
        QVERIFY(errorAt(request, QStringLiteral("/desktops/2/computer_name")));
    }

    void osHostName()
    {
        CreateDesktopRequest request = validRequest();
        const QString pointer = QStringLiteral("/desktops/0/os_host_name");
        (*request.desktops)[0].osHostName = QString(15, QLatin1Char('h'));
        QVERIFY(!errorAt(request, pointer));
        (*request.desktops)[0].osHostName = QString(16, QLatin1Char('h'));
        QVERIFY(errorAt(request, pointer));
        (*request.desktops)[0].osHostName = QString();
        QVERIFY(errorAt(request, pointer));
    }

    void hourPackageFieldsGoTogether()
    {
        CreateDesktopRequest request = validRequest();
        request.hourPackageProductId = QStringLiteral("p");
        QVERIFY(errorAt(request, QStringLiteral("/hour_package_offering_id")));
        request.hourPackageOfferingId = QStringLiteral("o");
        QVERIFY(!hasErrors(m_validator.validate(request, m_context)));
        request.hourPackageProductId.reset();
        QVERIFY(errorAt(request, QStringLiteral("/hour_package_product_id")));
    }

    void enterpriseProjectId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << QStringLiteral("0") << true;
        QTest::newRow("uuid") << QStringLiteral("6a8c-4b2f_9d") << true;
        QTest::newRow("36") << QString(36, QLatin1Char('a')) << true;
        QTest::newRow("37") << QString(37, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << QStringLiteral("a.b") << false;
    }

    void enterpriseProjectId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        CreateDesktopRequest request = validRequest();
        request.enterpriseProjectId = id;
        QCOMPARE(errorAt(request, QStringLiteral("/enterprise_project_id")), !valid);
    }

    void stringMaxLength_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::newRow("availability_zone") << QStringLiteral("/availability_zone");
        QTest::newRow("product_id") << QStringLiteral("/product_id");
    }

    void stringMaxLength()
    {
        QFETCH(QString, pointer);
        const int max = ApiLimits::builtIn().stringMaxLength;
        for (const int length : {max, max + 1}) {
            CreateDesktopRequest request = validRequest();
            const QString text(length, QLatin1Char('x'));
            if (pointer == QLatin1String("/availability_zone"))
                request.availabilityZone = text;
            else
                request.productId = text;
            QCOMPARE(errorAt(request, pointer), length > max);
        }
    }

    void marketImageIsAWarning()
    {
        CreateDesktopRequest request = validRequest();
        request.imageType = QStringLiteral("market");
        const ValidationIssues issues = issuesAt(request, QStringLiteral("/image_type"), m_context);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
        QVERIFY(issues.first().message.contains(QStringLiteral("market")));
        request.imageType = QStringLiteral("public");
        QVERIFY(errorAt(request, QStringLiteral("/image_type")));
    }

    void rootVolumeFitsTheImage()
    {
        CreateDesktopRequest request = validRequest();
        request.rootVolume->size = 80;
        ValidationContext context = m_context;
        QVERIFY(!errorAt(request, QStringLiteral("/root_volume/size"), context)); // not known
        context.imageMinDiskGb = 100;
        const ValidationIssues issues =
            issuesAt(request, QStringLiteral("/root_volume/size"), context);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().isError());
        QVERIFY2(issues.first().message.contains(QStringLiteral("at least 100 GB"))
                     && issues.first().message.contains(QStringLiteral("make it 100 GB")),
                 qPrintable(issues.first().message));
        request.rootVolume->size = 100;
        QVERIFY(!errorAt(request, QStringLiteral("/root_volume/size"), context));
        // A minimum between steps: the next size the rule of 10 GB steps allows.
        context.imageMinDiskGb = 95;
        request.rootVolume->size = 90;
        const QString message =
            issuesAt(request, QStringLiteral("/root_volume/size"), context).value(0).message;
        QVERIFY2(message.contains(QStringLiteral("make it 100 GB")), qPrintable(message));
        // A size that breaks the general rule says that, once.
        request.rootVolume->size = 85;
        QCOMPARE(issuesAt(request, QStringLiteral("/root_volume/size"), context).size(), 1);
        // The minimum is part of what two contexts compare.
        QVERIFY(context != m_context);
    }

    void productFitsTheImageOs()
    {
        CreateDesktopRequest request = validRequest();
        request.productId = QStringLiteral("workspace.c2.xlarge.windows.2");
        ValidationContext context = m_context;
        context.osType = ValidationContext::OsType::Linux;
        // A typed product the look-up does not know has no known OS: nothing to say.
        QVERIFY(!errorAt(request, QStringLiteral("/product_id"), context));
        context.productOsType = ValidationContext::OsType::Windows;
        const ValidationIssues issues = issuesAt(request, QStringLiteral("/product_id"), context);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().isError());
        QCOMPARE(issues.first().message,
                 QStringLiteral("The package workspace.c2.xlarge.windows.2 is for Windows but the "
                                "image is Linux: choose a Linux package."));
        // The same OS is fine.
        context.osType = ValidationContext::OsType::Windows;
        QVERIFY(!errorAt(request, QStringLiteral("/product_id"), context));
        // The product's OS is part of what two contexts compare.
        QVERIFY(context != m_context);
    }

    void limitsComeFromTheData()
    {
        QJsonDocument document;
        {
            QFile file(QStringLiteral(":/deskwiz/api-limits.json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            document = QJsonDocument::fromJson(file.readAll());
        }
        QJsonObject object = document.object();
        object.insert(QStringLiteral("max_nics"), 1);
        QJsonObject root = object.value(QStringLiteral("root_volume_size")).toObject();
        root.insert(QStringLiteral("min"), 100);
        object.insert(QStringLiteral("root_volume_size"), root);
        const Validator stricter(ApiLimits::fromJson(object));
        CreateDesktopRequest request = validRequest();
        request.nics = QList<Nic>(2, Nic {QStringLiteral("subnet"), {}});
        const ValidationIssues issues = stricter.validate(request, m_context);
        QVERIFY(hasErrors(issuesUnder(issues, QStringLiteral("/nics"))));
        QVERIFY(hasErrors(issuesUnder(issues, QStringLiteral("/root_volume/size"))));
    }

    void contextNames()
    {
        QCOMPARE(ValidationContext::parseDomainType(QStringLiteral("LITE_AS")),
                 ValidationContext::DomainType::LiteAd);
        QCOMPARE(ValidationContext::parseDomainType(QStringLiteral("lite_ad")),
                 ValidationContext::DomainType::LiteAd);
        QCOMPARE(ValidationContext::parseDomainType(QStringLiteral("LOCAL_AD")),
                 ValidationContext::DomainType::LocalAd);
        QVERIFY(!ValidationContext::parseDomainType(QStringLiteral("AD")));
        QCOMPARE(ValidationContext::parseOsType(QStringLiteral("linux")),
                 ValidationContext::OsType::Linux);
        QVERIFY(!ValidationContext::parseOsType(QStringLiteral("macOS")));
        QCOMPARE(ValidationContext::domainTypeName(ValidationContext::DomainType::LiteAd),
                 QStringLiteral("LITE_AD"));
        QCOMPARE(ValidationContext::osTypeName(ValidationContext::OsType::Linux),
                 QStringLiteral("Linux"));
    }

    void pointerEscapingAndIssuesUnder()
    {
        QCOMPARE(escapeJsonPointerToken(QStringLiteral("a/b~c")), QStringLiteral("a~1b~0c"));
        ValidationIssues issues;
        for (const char *pointer :
             {"/desktops", "/desktops/0/user_name", "/desktops_extra", "/size"}) {
            ValidationIssue issue;
            issue.pointer = QString::fromLatin1(pointer);
            issue.severity = ValidationIssue::Severity::Warning;
            issues.append(issue);
        }
        QCOMPARE(issuesUnder(issues, QStringLiteral("/desktops")).size(), 2);
        QCOMPARE(issuesUnder(issues, QString()).size(), 4);
        QVERIFY(!hasErrors(issues));
        issues[3].severity = ValidationIssue::Severity::Error;
        QVERIFY(hasErrors(issues));
    }

    void readErrorsHideNothingAndAreNotRepeated()
    {
        // "80" as a string: the reader reports it; the rules run all the same but do not call
        // the size missing, and still find the unrelated desktop type and user name.
        const QJsonObject body = QJsonDocument::fromJson(R"({"desktop_type": "NOT_A_TYPE",
            "product_id": "p", "image_type": "gold", "image_id": "i",
            "root_volume": {"type": "SAS", "size": "80"}, "data_volumes": "none",
            "desktops": [{"user_name": "1bad"}]})")
                                     .object();
        const RequestCodec::ReadResult read = RequestCodec::fromJson(body);
        QCOMPARE(read.errors.size(), 2);
        const ValidationIssues issues =
            Validator().validate(read.request, ValidationContext(), read.errors);
        QCOMPARE(issues.at(0).pointer, read.errors.at(0).pointer);
        QCOMPARE(issues.at(1).pointer, read.errors.at(1).pointer);
        QCOMPARE(issuesUnder(issues, QStringLiteral("/root_volume/size")).size(), 1);
        QCOMPARE(issuesUnder(issues, QStringLiteral("/data_volumes")).size(), 1);
        QCOMPARE(issuesUnder(issues, QStringLiteral("/desktop_type")).size(), 1);
        QCOMPARE(issuesUnder(issues, QStringLiteral("/desktops/0/user_name")).size(), 1);
    }

    void aMemberOfTheWrongTypeCountsAsGiven()
    {
        // A size (or an EIP id) the reader refused was still given: no "give either desktops or
        // size", no "a new EIP needs a type".
        const QJsonObject body = QJsonDocument::fromJson(R"({"desktop_type": "DEDICATED",
            "product_id": "p", "image_type": "gold", "image_id": "i",
            "root_volume": {"type": "SAS", "size": 80}, "size": "2", "eip": {"id": 7}})")
                                     .object();
        const RequestCodec::ReadResult read = RequestCodec::fromJson(body);
        QCOMPARE(read.errors.size(), 2);
        const ValidationIssues issues =
            Validator().validate(read.request, ValidationContext(), read.errors);
        QCOMPARE(issues.size(), read.errors.size());
        for (int i = 0; i < issues.size(); ++i)
            QCOMPARE(issues.at(i).pointer, read.errors.at(i).pointer);
    }

    void readErrorsCoverTheirMembersOnly()
    {
        // Whatever the reader reported, the rules say nothing more at or below it; a member
        // beside it ("/root_volume_extra" is not below "/root_volume") is still judged.
        ValidationIssue wrongType;
        wrongType.pointer = QStringLiteral("/root_volume");
        wrongType.message = QStringLiteral("must be an object");
        CreateDesktopRequest request;
        const ValidationIssues alone = Validator().validate(request, ValidationContext());
        QVERIFY(!issuesUnder(alone, QStringLiteral("/root_volume")).isEmpty());
        const ValidationIssues issues =
            Validator().validate(request, ValidationContext(), {wrongType});
        QCOMPARE(issuesUnder(issues, QStringLiteral("/root_volume")).size(), 1);
        QCOMPARE(issues.size(),
                 alone.size() - issuesUnder(alone, QStringLiteral("/root_volume")).size() + 1);
        QVERIFY(isPointerAtOrBelow(QStringLiteral("/root_volume/size"), wrongType.pointer));
        QVERIFY(!isPointerAtOrBelow(QStringLiteral("/root_volume_extra"), wrongType.pointer));
        QVERIFY(isPointerAtOrBelow(QStringLiteral("/size"), QString()));
    }

    void issuesAreInBodyOrder()
    {
        CreateDesktopRequest request = validRequest();
        request.desktopType = QStringLiteral("x");
        Desktop bad;
        bad.userName = QStringLiteral("1");
        request.desktops = QList<Desktop> {bad, bad};
        request.eip = Eip {};
        const ValidationIssues issues = m_validator.validate(request, m_context);
        QStringList pointers;
        for (const ValidationIssue &issue : issues)
            pointers.append(issue.pointer);
        QCOMPARE(pointers.first(), QStringLiteral("/desktop_type"));
        QVERIFY(pointers.indexOf(QStringLiteral("/desktops/0/user_name"))
                < pointers.indexOf(QStringLiteral("/desktops/1/user_name")));
        QVERIFY(pointers.indexOf(QStringLiteral("/desktops/1/user_name"))
                < pointers.indexOf(QStringLiteral("/eip/type")));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
