// LookupLoader against the sandbox over loopback HTTP: labels, sold-out marks, caching per
// connection, failures not cached, and the typed extras (image OS, users).
#include "api/WorkspaceClient.h"
#include "sandbox/SandboxServer.h"
#include "ui/LookupLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

QJsonObject readCatalog()
{
    QFile file(QStringLiteral(DESKWIZ_SOURCE_DIR "/resources/sandbox-catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sandbox catalogue");
    return QJsonDocument::fromJson(file.readAll()).object();
}

/** Runs one look-up and waits for its answer. */
LookupChoices await(const std::function<void(LookupLoader::Handler)> &start)
{
    LookupChoices answer;
    bool done = false;
    start([&](const LookupChoices &result) {
        answer = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("look-up did not answer");
    return answer;
}

const ComboChoice *choiceOf(const LookupChoices &choices, const QString &value)
{
    for (const ComboChoice &choice : choices.choices) {
        if (choice.value == value)
            return &choice;
    }
    return nullptr;
}

} // namespace

class TestLookupLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void zonesShowNameAndDefault();
    void productsShowFactsAndSoldOut();
    void imagesGiveTheirOsType();
    void usersAndNetworkLists();
    void answersAreCachedPerConnection();
    void failuresAreShownAndNotCached();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WorkspaceClient> m_client;
    std::unique_ptr<LookupLoader> m_loader;
    QJsonObject m_catalog;
};

void TestLookupLoader::init()
{
    m_catalog = readCatalog();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
    Connection connection;
    connection.endpoint = m_server->url();
    connection.projectId = m_server->credentials().projectId;
    connection.secrets.token = m_server->credentials().token.toUtf8();
    m_client = std::make_unique<WorkspaceClient>(connection);
    m_client->setRetryPolicy(RetryPolicy::none());
    m_loader = std::make_unique<LookupLoader>(m_client.get());
}

void TestLookupLoader::cleanup()
{
    m_loader.reset();
    m_client.reset();
    m_server.reset();
}

void TestLookupLoader::zonesShowNameAndDefault()
{
    const LookupChoices zones =
        await([&](auto handler) { m_loader->availabilityZones(this, handler); });
    QVERIFY2(zones.ok(), qPrintable(zones.error.toString()));
    const QJsonArray expected = m_catalog.value(u"availability_zones").toArray();
    QCOMPARE(zones.choices.size(), expected.size());
    for (const QJsonValue &value : expected) {
        const QJsonObject zone = value.toObject();
        const ComboChoice *choice = choiceOf(zones, zone.value(u"availability_zone").toString());
        QVERIFY(choice);
        QVERIFY(choice->label.contains(zone.value(u"display_name").toString()));
        QCOMPARE(choice->label.contains(QStringLiteral("default")),
                 zone.value(u"default_availability_zone").toBool());
    }
}

void TestLookupLoader::productsShowFactsAndSoldOut()
{
    const QJsonArray zones = m_catalog.value(u"availability_zones").toArray();
    QVERIFY(await([&](auto handler) { m_loader->availabilityZones(this, handler); }).ok());
    for (const QJsonValue &zoneValue : zones) {
        const QJsonObject zone = zoneValue.toObject();
        const QString zoneId = zone.value(u"availability_zone").toString();
        QStringList soldOut;
        for (const QJsonValue &id : zone.value(u"sold_out").toObject().value(u"products").toArray())
            soldOut.append(id.toString());
        for (const QString &os : {QStringLiteral("Windows"), QStringLiteral("Linux")}) {
            const LookupChoices products =
                await([&](auto handler) { m_loader->products(zoneId, os, this, handler); });
            QVERIFY2(products.ok(), qPrintable(products.error.toString()));
            QVERIFY(!products.choices.isEmpty());
            for (const QJsonValue &value : m_catalog.value(u"products").toArray()) {
                const QJsonObject product = value.toObject();
                const ComboChoice *choice =
                    choiceOf(products, product.value(u"product_id").toString());
                if (product.value(u"os_type").toString() != os) {
                    QVERIFY(!choice);
                    continue;
                }
                QVERIFY(choice);
                QVERIFY2(choice->label.contains(product.value(u"cpu").toString()),
                         qPrintable(choice->label));
                QVERIFY(choice->label.contains(os));
                const bool unavailable = product.value(u"status").toString() == u"sellout"
                    || soldOut.contains(choice->value);
                QCOMPARE(choice->available, !unavailable);
                QCOMPARE(choice->label.contains(QStringLiteral("sold out")), unavailable);
            }
        }
    }
}

void TestLookupLoader::imagesGiveTheirOsType()
{
    const LookupChoices images =
        await([&](auto handler) { m_loader->images(QString(), QString(), this, handler); });
    QVERIFY2(images.ok(), qPrintable(images.error.toString()));
    const QJsonArray expected = m_catalog.value(u"images").toArray();
    QCOMPARE(images.choices.size(), expected.size());
    for (const QJsonValue &value : expected) {
        const QJsonObject image = value.toObject();
        const QString id = image.value(u"id").toString();
        QCOMPARE(m_loader->imageOsType(id), image.value(u"os_type").toString());
        const ComboChoice *choice = choiceOf(images, id);
        QVERIFY(choice);
        QVERIFY(choice->label.contains(image.value(u"name").toString()));
        QVERIFY(choice->label.contains(QString::number(image.value(u"min_disk").toInt())));
    }
}

void TestLookupLoader::usersAndNetworkLists()
{
    const LookupChoices users = await([&](auto handler) { m_loader->users(this, handler); });
    QVERIFY(users.ok());
    for (const QJsonValue &value : m_catalog.value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        const std::optional<User> known = m_loader->user(user.value(u"user_name").toString());
        QVERIFY(known);
        QCOMPARE(known->userEmail, user.value(u"user_email").toString());
        QCOMPARE(known->userPhone, user.value(u"user_phone").toString());
    }
    QCOMPARE(users.choices.size(), m_catalog.value(u"users").toArray().size());
    const LookupChoices subnets = await([&](auto handler) { m_loader->subnets(this, handler); });
    QVERIFY(subnets.ok());
    for (const QJsonValue &value : m_catalog.value(u"subnets").toArray()) {
        const ComboChoice *choice = choiceOf(subnets, value.toObject().value(u"id").toString());
        QVERIFY(choice);
        QVERIFY(choice->label.contains(value.toObject().value(u"cidr").toString()));
    }
    const LookupChoices groups =
        await([&](auto handler) { m_loader->securityGroups(this, handler); });
    QCOMPARE(groups.choices.size(), m_catalog.value(u"security_groups").toArray().size());
    const LookupChoices policies =
        await([&](auto handler) { m_loader->namePolicies(this, handler); });
    QCOMPARE(policies.choices.size(), m_catalog.value(u"desktop_name_policies").toArray().size());
}

void TestLookupLoader::answersAreCachedPerConnection()
{
    QVERIFY(await([&](auto handler) { m_loader->subnets(this, handler); }).ok());
    const int requests = m_server->requestCount();
    const int sent = m_loader->sentCount();
    // Two askers at once and a later one: answered from the cache.
    int answers = 0;
    m_loader->subnets(this, [&](const LookupChoices &result) { answers += result.ok(); });
    m_loader->subnets(this, [&](const LookupChoices &result) { answers += result.ok(); });
    QTRY_COMPARE(answers, 2);
    QCOMPARE(m_server->requestCount(), requests);
    QCOMPARE(m_loader->sentCount(), sent);

    // Another connection (another project): asked again.
    Connection other = m_client->connection();
    other.projectId = m_server->credentials().projectId; // same project, other login
    other.authKind = Connection::AuthKind::AkSk;
    other.accessKey = m_server->credentials().accessKey;
    other.secrets.secretKey = m_server->credentials().secretKey.toUtf8();
    m_client->setConnection(other);
    QVERIFY(await([&](auto handler) { m_loader->subnets(this, handler); }).ok());
    QCOMPARE(m_server->requestCount(), requests + 1);
}

void TestLookupLoader::failuresAreShownAndNotCached()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServerError;
    fault.route = QStringLiteral("securityGroups");
    fault.httpStatus = 503;
    m_server->injectFault(fault);
    const LookupChoices failed =
        await([&](auto handler) { m_loader->securityGroups(this, handler); });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error.httpStatus(), 503);
    QVERIFY(!failed.error.summary().isEmpty());
    const LookupChoices retried =
        await([&](auto handler) { m_loader->securityGroups(this, handler); });
    QVERIFY(retried.ok());
    QVERIFY(!retried.choices.isEmpty());
}

QTEST_MAIN(TestLookupLoader)
#include "tst_lookuploader.moc"
