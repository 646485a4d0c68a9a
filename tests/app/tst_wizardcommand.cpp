#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `deskwiz --template FILE`: a template that cannot be used is reported on stderr as
// "path:line:column ..." and the wizard does not open (exit 2).

class TestWizardCommand : public QObject
{
    Q_OBJECT

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
};

QTEST_GUILESS_MAIN(TestWizardCommand)
#include "tst_wizardcommand.moc"
