#include "models/RequestCodec.h"
#include "models/Validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Figures only: benchmarks report, they never fail on timing.

class BenchValidator : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_body;
    CreateDesktopRequest m_request;

private Q_SLOTS:
    void initTestCase()
    {
        // The largest valid request of the test data (the 50-desktop case today).
        const QDir dir(QStringLiteral(DESKWIZ_TESTDATA_DIR "/requests"));
        qsizetype most = -1;
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(dir.absoluteFilePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject caseObject = QJsonDocument::fromJson(file.readAll()).object();
            const bool valid = caseObject.value(QLatin1String("expect"))
                                   .toObject()
                                   .value(QLatin1String("errors"))
                                   .toArray()
                                   .isEmpty();
            const QJsonObject body = caseObject.value(QLatin1String("request")).toObject();
            const qsizetype desktops = body.value(QLatin1String("desktops")).toArray().size();
            if (valid && desktops > most) {
                most = desktops;
                m_body = body;
            }
        }
        QVERIFY(most > 0);
        const RequestCodec::ReadResult read = RequestCodec::fromJson(m_body);
        QVERIFY(read.ok());
        m_request = read.request;
        qInfo("benchmarking a request of %d desktops", int(most));
    }

    void validateLargestRequest()
    {
        const Validator validator;
        const ValidationContext context;
        QVERIFY(!hasErrors(validator.validate(m_request, context)));
        QBENCHMARK
        {
            const ValidationIssues issues = validator.validate(m_request, context);
            Q_UNUSED(issues);
        }
    }

    void codecParseAndWrite()
    {
        const QByteArray bytes = QJsonDocument(m_body).toJson(QJsonDocument::Compact);
        QBENCHMARK
        {
            const RequestCodec::ReadResult read =
                RequestCodec::fromJson(QJsonDocument::fromJson(bytes).object());
            const QByteArray written = RequestCodec::toBytes(read.request);
            Q_UNUSED(written);
        }
    }
};

QTEST_GUILESS_MAIN(BenchValidator)
#include "bench_validator.moc"
