#include "api/KeychainSecretStore.h"
#include "api/SessionSecretStore.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

// Collects the one result of an asynchronous SecretStore call.
class ResultCatcher : public QObject
{
    Q_OBJECT
public:
    SecretStore::Callback callback()
    {
        return [this](const SecretResult &result) {
            m_result = result;
            ++m_calls;
            Q_EMIT arrived();
        };
    }
    /** Waits at most `timeoutMs` for the result. */
    bool wait(int timeoutMs)
    {
        if (m_calls > 0)
            return true;
        QSignalSpy spy(this, &ResultCatcher::arrived);
        return spy.wait(timeoutMs);
    }
    std::optional<SecretResult> m_result;
    int m_calls = 0;

Q_SIGNALS:
    void arrived();
};

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyNamesProfileAndKind();
    void sessionStoreRoundTrip();
    void sessionStoreAnswersAfterTheCallReturns();
    void sessionStoreSkipsADestroyedContext();
    void sessionStoreSeparatesProfilesAndKinds();
    void keychainEndsCleanly();
};

void TestSecretStore::keyNamesProfileAndKind()
{
    QCOMPARE(SecretStore::keyFor(QStringLiteral("prod"), SecretKind::SecretKey),
             QStringLiteral("prod/sk"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("prod"), SecretKind::Password),
             QStringLiteral("prod/password"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("a b"), SecretKind::Token),
             QStringLiteral("a b/token"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("p"), SecretKind::SecurityToken),
             QStringLiteral("p/security_token"));
}

void TestSecretStore::sessionStoreRoundTrip()
{
    SessionSecretStore store;
    QVERIFY(!store.isPersistent());

    ResultCatcher missing;
    store.read(QStringLiteral("prod"), SecretKind::SecretKey, &missing, missing.callback());
    QVERIFY(missing.wait(1000));
    QCOMPARE(missing.m_result->status, SecretResult::Status::NotFound);
    QVERIFY(missing.m_result->message.contains(QLatin1String("prod")));

    ResultCatcher written;
    store.write(QStringLiteral("prod"), SecretKind::SecretKey, QStringLiteral("s3cr3t-SK"),
                &written, written.callback());
    QVERIFY(written.wait(1000));
    QVERIFY(written.m_result->ok());

    ResultCatcher read;
    store.read(QStringLiteral("prod"), SecretKind::SecretKey, &read, read.callback());
    QVERIFY(read.wait(1000));
    QVERIFY(read.m_result->ok());
    QCOMPARE(read.m_result->secret, QStringLiteral("s3cr3t-SK"));

    ResultCatcher removed;
    store.remove(QStringLiteral("prod"), SecretKind::SecretKey, &removed, removed.callback());
    QVERIFY(removed.wait(1000));
    QVERIFY(removed.m_result->ok());

    ResultCatcher again;
    store.read(QStringLiteral("prod"), SecretKind::SecretKey, &again, again.callback());
    QVERIFY(again.wait(1000));
    QCOMPARE(again.m_result->status, SecretResult::Status::NotFound);
    QVERIFY(again.m_result->secret.isEmpty());

    ResultCatcher removedTwice;
    store.remove(QStringLiteral("prod"), SecretKind::SecretKey, &removedTwice,
                 removedTwice.callback());
    QVERIFY(removedTwice.wait(1000));
    QCOMPARE(removedTwice.m_result->status, SecretResult::Status::NotFound);
}

void TestSecretStore::sessionStoreAnswersAfterTheCallReturns()
{
    SessionSecretStore store;
    ResultCatcher written;
    store.write(QStringLiteral("p"), SecretKind::Token, QStringLiteral("t"), &written,
                written.callback());
    QCOMPARE(written.m_calls, 0); // asynchronous, like the keychain
    QVERIFY(written.wait(1000));
    QCOMPARE(written.m_calls, 1);
}

void TestSecretStore::sessionStoreSkipsADestroyedContext()
{
    SessionSecretStore store;
    int calls = 0;
    auto context = std::make_unique<QObject>();
    store.write(QStringLiteral("p"), SecretKind::Token, QStringLiteral("t"), context.get(),
                [&calls](const SecretResult &) { ++calls; });
    context.reset();
    ResultCatcher later; // a second call, to know the first one had its chance to arrive
    store.read(QStringLiteral("p"), SecretKind::Token, &later, later.callback());
    QVERIFY(later.wait(1000));
    QCOMPARE(later.m_result->secret, QStringLiteral("t"));
    QCOMPARE(calls, 0);
}

void TestSecretStore::sessionStoreSeparatesProfilesAndKinds()
{
    SessionSecretStore store;
    ResultCatcher a;
    ResultCatcher b;
    store.write(QStringLiteral("one"), SecretKind::Password, QStringLiteral("pw1"), &a,
                a.callback());
    store.write(QStringLiteral("two"), SecretKind::Password, QStringLiteral("pw2"), &b,
                b.callback());
    QVERIFY(a.wait(1000) && b.wait(1000));

    ResultCatcher otherKind;
    store.read(QStringLiteral("one"), SecretKind::Token, &otherKind, otherKind.callback());
    ResultCatcher two;
    store.read(QStringLiteral("two"), SecretKind::Password, &two, two.callback());
    QVERIFY(otherKind.wait(1000) && two.wait(1000));
    QCOMPARE(otherKind.m_result->status, SecretResult::Status::NotFound);
    QCOMPARE(two.m_result->secret, QStringLiteral("pw2"));
}

void TestSecretStore::keychainEndsCleanly()
{
    // The real QtKeychain backend of this machine. Without a D-Bus session (a bare CI machine)
    // there is no keychain: every call must end, promptly, with NoBackend and the clear message.
    // With a keychain, the secret must make the round trip and be removed again.
    const QString service =
        QStringLiteral("deskwiz-test-%1").arg(QCoreApplication::applicationPid());
    KeychainSecretStore store(nullptr, service);
    QVERIFY(store.isPersistent());
    const bool noSessionBus = QProcessEnvironment::systemEnvironment()
                                  .value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"))
                                  .isEmpty();

    ResultCatcher written;
    store.write(QStringLiteral("ci"), SecretKind::SecretKey, QStringLiteral("not-a-real-sk"),
                &written, written.callback());
    QVERIFY2(written.wait(20000), "the keychain did not answer a write");
    QCOMPARE(written.m_calls, 1);
#ifdef Q_OS_LINUX
    if (noSessionBus) {
        QVERIFY2(written.m_result->status == SecretResult::Status::NoBackend,
                 qPrintable(written.m_result->message));
    }
#endif
    if (written.m_result->status == SecretResult::Status::NoBackend) {
        QVERIFY(written.m_result->message.contains(QLatin1String("will not be remembered")));
        ResultCatcher read;
        store.read(QStringLiteral("ci"), SecretKind::SecretKey, &read, read.callback());
        QVERIFY2(read.wait(20000), "the keychain did not answer a read");
        QCOMPARE(read.m_result->status, SecretResult::Status::NoBackend);
        QVERIFY(read.m_result->secret.isEmpty());
        return;
    }
    QVERIFY2(written.m_result->ok(), qPrintable(written.m_result->message));
    ResultCatcher read;
    store.read(QStringLiteral("ci"), SecretKind::SecretKey, &read, read.callback());
    QVERIFY(read.wait(20000));
    QCOMPARE(read.m_result->secret, QStringLiteral("not-a-real-sk"));
    ResultCatcher removed;
    store.remove(QStringLiteral("ci"), SecretKind::SecretKey, &removed, removed.callback());
    QVERIFY(removed.wait(20000));
    QVERIFY(removed.m_result->ok());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
