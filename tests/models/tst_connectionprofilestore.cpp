#include "models/ConnectionProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughASettingsFile();
    void saveReplacesByName();
    void removeForgets();
    void emptyNameIsRefused();
    void loginKindNames();
};

namespace {

ConnectionProfile fullProfile(const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.settings.region = QStringLiteral("cn-north-4");
    profile.settings.endpoint = QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com");
    profile.settings.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    profile.settings.loginKind = ConnectionSettings::LoginKind::Password;
    profile.settings.iamEndpoint = QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com");
    profile.settings.iamUser = QStringLiteral("operator");
    profile.settings.iamDomain = QStringLiteral("acme / ops"); // a slash must not break the key
    profile.settings.accessKey = QStringLiteral("AKEXAMPLE");
    return profile;
}

} // namespace

void TestConnectionProfileStore::roundTripThroughASettingsFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("deskwiz.ini"));
    const ConnectionProfile prod = fullProfile(QStringLiteral("prod/cn-north-4"));
    ConnectionProfile sandbox;
    sandbox.name = QStringLiteral("sandbox");
    sandbox.settings.endpoint = QStringLiteral("http://127.0.0.1:8080");
    sandbox.settings.loginKind = ConnectionSettings::LoginKind::Token;
    {
        ConnectionProfileStore store(file);
        QVERIFY(store.save(prod));
        QVERIFY(store.save(sandbox));
    }
    ConnectionProfileStore reopened(file);
    QCOMPARE(reopened.names(),
             (QStringList {QStringLiteral("prod/cn-north-4"), QStringLiteral("sandbox")}));
    QVERIFY(reopened.profile(prod.name) == prod);
    QVERIFY(reopened.profile(QStringLiteral("sandbox")) == sandbox); // unset members stay unset
    QVERIFY(!reopened.profile(QStringLiteral("nope")));

    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY(text.contains("AKEXAMPLE"));
    QVERIFY(!text.toLower().contains("password=")); // the login kind is stored, never a password
}

void TestConnectionProfileStore::saveReplacesByName()
{
    QTemporaryDir dir;
    ConnectionProfileStore store(dir.filePath(QStringLiteral("s.ini")));
    QSignalSpy spy(&store, &ConnectionProfileStore::changed);
    ConnectionProfile profile = fullProfile(QStringLiteral("p"));
    QVERIFY(store.save(profile));
    profile.settings.projectId = QStringLiteral("other");
    profile.settings.accessKey.reset();
    QVERIFY(store.save(profile));
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.profile(QStringLiteral("p")) == profile);
    QCOMPARE(spy.size(), 2);
}

void TestConnectionProfileStore::removeForgets()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    ConnectionProfileStore store(file);
    QVERIFY(store.save(fullProfile(QStringLiteral("a"))));
    QVERIFY(store.save(fullProfile(QStringLiteral("b"))));
    QVERIFY(store.remove(QStringLiteral("a")));
    QVERIFY(!store.remove(QStringLiteral("a")));
    QCOMPARE(ConnectionProfileStore(file).names(), QStringList {QStringLiteral("b")});
}

void TestConnectionProfileStore::emptyNameIsRefused()
{
    QTemporaryDir dir;
    ConnectionProfileStore store(dir.filePath(QStringLiteral("s.ini")));
    QString error;
    QVERIFY(!store.save(fullProfile(QStringLiteral(" ")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.profiles().isEmpty());
}

void TestConnectionProfileStore::loginKindNames()
{
    using Kind = ConnectionSettings::LoginKind;
    for (Kind kind : {Kind::Token, Kind::Password, Kind::AkSk})
        QCOMPARE(ConnectionSettings::parseLoginKind(ConnectionSettings::loginKindName(kind)), kind);
    QCOMPARE(ConnectionSettings::parseLoginKind(QStringLiteral("AKSK")), Kind::AkSk);
    QVERIFY(!ConnectionSettings::parseLoginKind(QStringLiteral("sk")));
}

QTEST_GUILESS_MAIN(TestConnectionProfileStore)
#include "tst_connectionprofilestore.moc"
