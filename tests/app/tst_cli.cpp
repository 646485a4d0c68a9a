#include "models/SmallFileReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Runs the real deskwiz executable on every test-data request, as a script would.

namespace {

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

RunResult runDeskwiz(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DESKWIZ_EXECUTABLE), arguments);
    RunResult result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("deskwiz did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/** The pointers of the error lines ("POINTER: message", not "POINTER: warning: ..."). */
QStringList errorPointers(const QString &output)
{
    QStringList pointers;
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon < 0)
            continue;
        if (line.mid(colon + 2).startsWith(QLatin1String("warning: ")))
            continue;
        pointers.append(line.left(colon));
    }
    return pointers;
}

bool isAtOrBelow(const QString &pointer, const QString &expected)
{
    return pointer == expected
        || (pointer.startsWith(expected) && pointer.at(expected.size()) == QLatin1Char('/'));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void testdataCase_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(DESKWIZ_TESTDATA_DIR "/requests"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.absoluteFilePath(file);
    }

    void testdataCase()
    {
        QFETCH(QString, path);
        QFile source(path);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QJsonObject caseObject = QJsonDocument::fromJson(source.readAll()).object();
        const QJsonObject body = caseObject.value(QLatin1String("request")).toObject();
        const QJsonObject context = caseObject.value(QLatin1String("context")).toObject();
        const QJsonArray expected = caseObject.value(QLatin1String("expect"))
                                        .toObject()
                                        .value(QLatin1String("errors"))
                                        .toArray();
        const QString requestPath = m_dir.filePath(QFileInfo(path).fileName());
        QVERIFY(writeFile(requestPath, QJsonDocument(body).toJson()));

        // The case file itself (judged in its own context), and its bare body with the context
        // given as options: the same verdict, the same body printed.
        const QList<QStringList> runs {{path},
                                       {requestPath, QStringLiteral("--os"),
                                        context.value(QLatin1String("os_type")).toString(),
                                        QStringLiteral("--domain-type"),
                                        context.value(QLatin1String("domain_type")).toString()}};
        for (const QStringList &run : runs) {
            const QString file = run.constFirst();
            const RunResult validate = runDeskwiz(QStringList {QStringLiteral("validate")} + run);
            const QStringList pointers = errorPointers(validate.out);
            if (expected.isEmpty()) {
                QVERIFY2(validate.exitCode == 0, qPrintable(file + validate.out + validate.err));
                QVERIFY2(pointers.isEmpty(), qPrintable(validate.out));
                const RunResult print = runDeskwiz({QStringLiteral("print"), file});
                QCOMPARE(print.exitCode, 0);
                QCOMPARE(QJsonDocument::fromJson(print.out.toUtf8()).object(), body);
                continue;
            }
            QVERIFY2(validate.exitCode == 1, qPrintable(file + validate.out + validate.err));
            for (const QJsonValue &entry : expected) {
                QStringList alternatives;
                if (entry.isArray()) {
                    for (const QJsonValue &alternative : entry.toArray())
                        alternatives.append(alternative.toString());
                } else {
                    alternatives.append(entry.toString());
                }
                const bool found =
                    std::any_of(pointers.cbegin(), pointers.cend(), [&](const QString &pointer) {
                        return std::any_of(
                            alternatives.cbegin(), alternatives.cend(),
                            [&](const QString &wanted) { return isAtOrBelow(pointer, wanted); });
                    });
                QVERIFY2(found,
                         qPrintable(file + QLatin1String(": ")
                                    + alternatives.join(QLatin1String(" or "))
                                    + QLatin1String(" missing in:\n") + validate.out));
            }
        }
    }

    void testCaseContextIsOverriddenByOptions()
    {
        // A test case names its context; --os and --domain-type win over it, as for a template.
        const QByteArray json = R"({"description": "digit first", "context":
            {"os_type": "Linux", "domain_type": "LOCAL_AD"},
            "request": {"desktop_type": "DEDICATED", "product_id": "p", "image_type": "gold",
                        "image_id": "i", "root_volume": {"type": "SAS", "size": 80},
                        "desktops": [{"user_name": "1ann", "user_group": "sudo"}]},
            "expect": {"errors": []}})";
        const QString path = m_dir.filePath(QStringLiteral("case.json"));
        QVERIFY(writeFile(path, json));
        RunResult result = runDeskwiz({QStringLiteral("validate"), path});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out));
        result = runDeskwiz({QStringLiteral("validate"), path, QStringLiteral("--domain-type"),
                             QStringLiteral("LITE_AD")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(errorPointers(result.out), QStringList {QStringLiteral("/desktops/0/user_name")});
    }

    void malformedFileSaysLineAndColumn()
    {
        const QString path = m_dir.filePath(QStringLiteral("malformed.json"));
        QVERIFY(writeFile(path, "{\n  \"desktop_type\": \"DEDICATED\"\n  \"size\": 2\n}\n"));
        for (const QString &command : {QStringLiteral("validate"), QStringLiteral("print")}) {
            const RunResult result = runDeskwiz({command, path});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.out.startsWith(path + QLatin1String(":3:")), qPrintable(result.out));
        }
    }

    void wrongTypeIsReportedAtItsPointer()
    {
        const QString path = m_dir.filePath(QStringLiteral("wrong-type.json"));
        QVERIFY(writeFile(path, R"({"root_volume": {"type": "SAS", "size": "80"}})"));
        for (const QString &command : {QStringLiteral("validate"), QStringLiteral("print")}) {
            const RunResult result = runDeskwiz({command, path});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(errorPointers(result.out).contains(QStringLiteral("/root_volume/size")),
                     qPrintable(result.out));
        }
    }

    void wrongTypeHidesNoOtherProblem()
    {
        // A bare body and the same body in a template: the size's type is reported once, and
        // the rules still judge the rest (the missing product, the bad desktop type).
        const QByteArray body = R"({"desktop_type": "NOT_A_TYPE", "image_type": "gold",
            "image_id": "i", "root_volume": {"type": "SAS", "size": "80"}, "size": 1})";
        const QString bodyPath = m_dir.filePath(QStringLiteral("typed-body.json"));
        QVERIFY(writeFile(bodyPath, body));
        const QString templatePath = m_dir.filePath(QStringLiteral("typed.deskwiz.json"));
        QVERIFY(writeFile(templatePath,
                          R"({"deskwiz_template": 1, "name": "typed", "request": )" + body + '}'));
        for (const QString &path : {bodyPath, templatePath}) {
            const RunResult result = runDeskwiz({QStringLiteral("validate"), path});
            QCOMPARE(result.exitCode, 1);
            const QStringList pointers = errorPointers(result.out);
            QCOMPARE(pointers.count(QStringLiteral("/root_volume/size")), 1);
            QVERIFY2(pointers.contains(QStringLiteral("/product_id")), qPrintable(result.out));
            QVERIFY2(pointers.contains(QStringLiteral("/desktop_type")), qPrintable(result.out));
        }
    }

    void usageErrorsAndUnreadableFiles()
    {
        QCOMPARE(runDeskwiz({QStringLiteral("validate")}).exitCode, 2);
        QCOMPARE(
            runDeskwiz({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("absent.json"))})
                .exitCode,
            2);
        QCOMPARE(
            runDeskwiz({QStringLiteral("print"), m_dir.filePath(QStringLiteral("absent.json"))})
                .exitCode,
            2);
        const QString path = m_dir.filePath(QStringLiteral("empty-object.json"));
        QVERIFY(writeFile(path, "{}"));
        QCOMPARE(runDeskwiz({QStringLiteral("validate"), path, QStringLiteral("--os"),
                             QStringLiteral("BeOS")})
                     .exitCode,
                 2);
        QCOMPARE(runDeskwiz({QStringLiteral("validate"), path, QStringLiteral("--max-per-request"),
                             QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(runDeskwiz({QStringLiteral("validate"), path, QStringLiteral("--bogus")}).exitCode,
                 2);
        const RunResult help = runDeskwiz({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--domain-type")));
        // The usage line names the command, not the executable's path.
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: deskwiz validate [options] FILE")),
                 qPrintable(help.out));
        const RunResult tooMany =
            runDeskwiz({QStringLiteral("validate"), path, QStringLiteral("--max-per-request"),
                        QStringLiteral("100000")});
        QCOMPARE(tooMany.exitCode, 2);
        QVERIFY2(tooMany.err.contains(QStringLiteral("from 1 to 1000")), qPrintable(tooMany.err));
        for (const QStringList &sandbox :
             {QStringList {QStringLiteral("--port"), QStringLiteral("70000")},
              QStringList {QStringLiteral("--job-seconds"), QStringLiteral("nan")},
              QStringList {QStringLiteral("--domain-type"), QStringLiteral("AZURE")},
              QStringList {QStringLiteral("stray")}}) {
            const RunResult result = runDeskwiz(QStringList {QStringLiteral("sandbox")} + sandbox);
            QVERIFY2(result.exitCode == 2, qPrintable(sandbox.join(QLatin1Char(' '))));
            QVERIFY2(result.err.contains(sandbox.constFirst()), qPrintable(result.err));
        }
    }

    void endlessOrHugeFileStopsAtTheLimit()
    {
        // `deskwiz validate /dev/zero` used to read until memory ran out.
        const QString large = m_dir.filePath(QStringLiteral("large.json"));
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
            for (const QString &command : {QStringLiteral("validate"), QStringLiteral("print")}) {
                const RunResult result = runDeskwiz({command, path});
                QVERIFY2(result.exitCode == 2, qPrintable(command + QLatin1Char(' ') + path));
                QVERIFY2(result.err.startsWith(path + QLatin1String(": ")), qPrintable(result.err));
                QVERIFY2(result.err.contains(limit), qPrintable(result.err));
            }
        }
    }

    void templateContextAndOverrides()
    {
        // A user name that starts with a digit: fine with LOCAL_AD, wrong with LITE_AD.
        const QByteArray json = R"({"deskwiz_template": 1, "name": "lab", "description": "",
            "context": {"os_type": "Linux", "domain_type": "LOCAL_AD"},
            "connection": {"region": "cn-north-4"},
            "request": {"desktop_type": "DEDICATED", "product_id": "p", "image_type": "gold",
                        "image_id": "i", "root_volume": {"type": "SAS", "size": 80},
                        "desktops": [{"user_name": "1ann", "user_group": "sudo"}]}})";
        const QString path = m_dir.filePath(QStringLiteral("lab.deskwiz.json"));
        QVERIFY(writeFile(path, json));
        RunResult result = runDeskwiz({QStringLiteral("validate"), path});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out));
        result = runDeskwiz({QStringLiteral("validate"), path, QStringLiteral("--domain-type"),
                             QStringLiteral("LITE_AS")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(errorPointers(result.out), QStringList {QStringLiteral("/desktops/0/user_name")});
        result = runDeskwiz(
            {QStringLiteral("validate"), path, QStringLiteral("--os"), QStringLiteral("Windows")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(errorPointers(result.out), QStringList {QStringLiteral("/desktops/0/user_group")});

        const RunResult print = runDeskwiz({QStringLiteral("print"), path});
        QCOMPARE(print.exitCode, 0);
        const QJsonObject printed = QJsonDocument::fromJson(print.out.toUtf8()).object();
        QCOMPARE(printed,
                 QJsonDocument::fromJson(json).object().value(QLatin1String("request")).toObject());
    }

    void templateSecretIsIgnoredWithAWarning()
    {
        const QByteArray json = R"({"deskwiz_template": 1, "name": "leaky", "description": "",
            "connection": {"region": "cn-north-4", "auth": "token", "token": "do-not-keep-me"},
            "request": {"desktop_type": "DEDICATED", "product_id": "p", "image_type": "gold",
                        "image_id": "i", "root_volume": {"type": "SAS", "size": 80}, "size": 1}})";
        const QString path = m_dir.filePath(QStringLiteral("leaky.deskwiz.json"));
        QVERIFY(writeFile(path, json));
        const RunResult result = runDeskwiz({QStringLiteral("validate"), path});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(path + QStringLiteral(":2:")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("/connection/token")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QStringLiteral("do-not-keep-me")));
        QVERIFY(!result.out.contains(QStringLiteral("do-not-keep-me")));
    }

    void warningsDoNotFail()
    {
        const QString path = m_dir.filePath(QStringLiteral("market.json"));
        QVERIFY(writeFile(
            path, R"({"desktop_type": "DEDICATED", "product_id": "p", "image_type": "market",
            "image_id": "i", "root_volume": {"type": "SAS", "size": 80}, "size": 1})"));
        const RunResult result = runDeskwiz({QStringLiteral("validate"), path});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("/image_type: warning: ")),
                 qPrintable(result.out));
    }

    void printSplitsIntoBatches()
    {
        QJsonArray desktops;
        for (int i = 0; i < 5; ++i)
            desktops.append(
                QJsonObject {{QStringLiteral("user_name"), QStringLiteral("user%1").arg(i)}});
        const QJsonObject body {{QStringLiteral("desktop_type"), QStringLiteral("DEDICATED")},
                                {QStringLiteral("desktops"), desktops}};
        const QString path = m_dir.filePath(QStringLiteral("five.json"));
        QVERIFY(writeFile(path, QJsonDocument(body).toJson()));

        RunResult result = runDeskwiz({QStringLiteral("print"), path,
                                       QStringLiteral("--max-per-request"), QStringLiteral("2")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray batches = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(batches.size(), 3);
        QJsonArray joined;
        for (const QJsonValue &batch : batches) {
            QCOMPARE(batch.toObject().value(QLatin1String("desktop_type")),
                     body.value(QLatin1String("desktop_type")));
            for (const QJsonValue &desktop :
                 batch.toObject().value(QLatin1String("desktops")).toArray())
                joined.append(desktop);
        }
        QCOMPARE(joined, desktops);

        result = runDeskwiz({QStringLiteral("print"), path, QStringLiteral("--max-per-request"),
                             QStringLiteral("5")});
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object(), body);

        // validate judges the count against --max-per-request.
        result = runDeskwiz({QStringLiteral("validate"), path, QStringLiteral("--max-per-request"),
                             QStringLiteral("4")});
        QVERIFY(errorPointers(result.out).contains(QStringLiteral("/desktops")));
        result = runDeskwiz({QStringLiteral("validate"), path, QStringLiteral("--max-per-request"),
                             QStringLiteral("5")});
        QVERIFY(!errorPointers(result.out).contains(QStringLiteral("/desktops")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
