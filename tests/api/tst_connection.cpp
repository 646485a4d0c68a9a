#include "api/Connection.h"

#include <QTest>

/** Connection: which IAM endpoint and region an endpoint implies, and what a login lacks. */
class TestConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void iamEndpointIsDerivedOnlyFromAWorkspaceHost_data();
    void iamEndpointIsDerivedOnlyFromAWorkspaceHost();
    void passwordLoginWithoutADerivableIamEndpointNeedsOne();
};

void TestConnection::iamEndpointIsDerivedOnlyFromAWorkspaceHost_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("iam"); // empty: none is derived

    QTest::newRow("workspace") << "https://workspace.cn-north-4.myhuaweicloud.com"
                               << "https://iam.cn-north-4.myhuaweicloud.com";
    QTest::newRow("upper case, port, path")
        << "https://WORKSPACE.ap-southeast-1.myhuaweicloud.com:443/x"
        << "https://iam.ap-southeast-1.myhuaweicloud.com";
    QTest::newRow("other suffix") << "https://workspace.eu-west-101.myhuaweicloud.eu"
                                  << "https://iam.eu-west-101.myhuaweicloud.eu";
    QTest::newRow("sandbox") << "http://127.0.0.1:8080"
                             << "http://127.0.0.1:8080";
    QTest::newRow("another host") << "https://evil.example.com"
                                  << "";
    QTest::newRow("another service of the region") << "https://proxy.cn-north-4.myhuaweicloud.com"
                                                   << "";
    QTest::newRow("workspace without a region") << "https://workspace.example.com"
                                                << "";
    QTest::newRow("four labels, no region") << "https://www.attacker.co.uk"
                                            << "";
    QTest::newRow("workspace-like") << "https://workspace-gw.cn-north-4.example.org"
                                    << "";
}

void TestConnection::iamEndpointIsDerivedOnlyFromAWorkspaceHost()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, iam);
    QCOMPARE(Connection::defaultIamEndpoint(QUrl(endpoint)).toString(), iam);
}

void TestConnection::passwordLoginWithoutADerivableIamEndpointNeedsOne()
{
    Connection connection;
    connection.endpoint = QUrl(QStringLiteral("https://desktops.example.com"));
    connection.authKind = Connection::AuthKind::Password;
    connection.projectId = QStringLiteral("p");
    connection.iamDomain = QStringLiteral("d");
    connection.iamUser = QStringLiteral("u");
    connection.secrets.password = "secret";
    QVERIFY(connection.effectiveIamEndpoint().isEmpty());
    QVERIFY(connection.problems().join(QLatin1Char('\n')).contains(QLatin1String("IAM endpoint")));

    connection.iamEndpoint = QUrl(QStringLiteral("https://iam.example.com"));
    QVERIFY2(connection.problems().isEmpty(), qPrintable(connection.problems().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
