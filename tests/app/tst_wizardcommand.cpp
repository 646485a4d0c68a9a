#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// `deskwiz --template FILE`: a template that cannot be used is reported on stderr as
// "path:line:column ..." and the wizard does not open (exit 2). `deskwiz --quit-after-first-paint`
// paints the first page and exits 0, on a first run (the built-in sandbox chosen) and with
// --sandbox, with its settings below a temporary home, and says so before the sandbox started.

class TestWizardCommand : public QObject
{
    Q_OBJECT

    /** Offscreen, with the settings, data and caches below `home`. */
    static QProcessEnvironment isolatedEnvironment(const QString &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home);
        for (const char *name :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            environment.insert(QString::fromLatin1(name),
                               home + QLatin1Char('/') + QString::fromLatin1(name).toLower());
        }
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return environment;
    }

private Q_SLOTS:
    void brokenTemplateSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("location");
        QTest::newRow("malformed")
            << QByteArray("{\"deskwiz_template\": 1,\n  \"name\" \"x\"}") << QStringLiteral(":2:");
        QTest::newRow("newer format")
            << QByteArray("{\"deskwiz_template\": 99, \"name\": \"x\", \"request\": {}}")
            << QStringLiteral(":1:");
        QTest::newRow("wrong type") << QByteArray("{\"deskwiz_template\": 1, \"name\": \"x\",\n"
                                                  "  \"request\": {\"size\": \"two\"}}")
                                    << QStringLiteral(":2:");
    }

    void brokenTemplateSaysWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, location);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.deskwiz.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QProcess process;
        process.start(QStringLiteral(DESKWIZ_EXECUTABLE), {QStringLiteral("--template"), path});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(path + location), qPrintable(err));
    }

    void templateWithASecretOpensTheWizard()
    {
        // The secret is ignored with a warning that says where (on stderr and in the wizard's
        // note, see tst_wizardtemplates), and the wizard opens.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.deskwiz.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"deskwiz_template\": 1, \"name\": \"x\",\n"
                   "  \"connection\": {\"accessToken\": \"not-a-real-token\"},\n"
                   "  \"request\": {\"desktop_type\": \"DEDICATED\"}}");
        file.close();
        QProcess process;
        process.setProcessEnvironment(isolatedEnvironment(dir.path()));
        process.start(
            QStringLiteral(DESKWIZ_EXECUTABLE),
            {QStringLiteral("--template"), path, QStringLiteral("--quit-after-first-paint")});
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(path + QStringLiteral(":2:")), qPrintable(err));
        QVERIFY(!err.contains(QLatin1String("not-a-real-token")));
    }

    void usageErrorNeedsNoDisplay()
    {
        // Checked before any window can exist: on a machine without a display a mistake is still
        // a message and exit 2, not an abort in the platform plugin.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DESKWIZ_EXECUTABLE), {QStringLiteral("--bogus")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("unknown option '--bogus'; see deskwiz --help")),
                 qPrintable(err));
    }

    void quitAfterFirstPaint_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("first run") << QStringList();
        QTest::newRow("sandbox") << QStringList {QStringLiteral("--sandbox")};
    }

    void quitAfterFirstPaint()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess process;
        process.setProcessEnvironment(isolatedEnvironment(home.path()));
        process.start(QStringLiteral(DESKWIZ_EXECUTABLE),
                      arguments
                          + QStringList {QStringLiteral("--quit-after-first-paint"),
                                         QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        // The first page was painted, and nothing it does not need came first: the built-in
        // sandbox (chosen on a first run and with --sandbox) starts after that paint.
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("deskwiz: painted the first page after ")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("; the built-in sandbox had not started.")),
                 qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestWizardCommand)
#include "tst_wizardcommand.moc"
