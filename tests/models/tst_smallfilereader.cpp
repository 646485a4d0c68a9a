#include "models/SmallFileReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** The limit as the error states it: "8 MiB" for the default. */
QString limitText(qint64 bytes)
{
    return bytes % (1024 * 1024) == 0 ? QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024))
                                      : QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

class TestSmallFileReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsAWholeFile()
    {
        // Larger than one read chunk, so that the pieces are put together in order.
        QByteArray bytes;
        for (int i = 0; bytes.size() < 200 * 1024; ++i)
            bytes += QByteArray::number(i) + ',';
        const QString path = m_dir.filePath(QStringLiteral("whole.json"));
        QVERIFY(writeFile(path, bytes));
        const SmallFileReader::Result read = SmallFileReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.bytes, bytes);
    }

    void theLimitIsAllowedOneByteMoreIsNot()
    {
        const qint64 limit = 1000;
        const QString path = m_dir.filePath(QStringLiteral("edge.json"));
        QVERIFY(writeFile(path, QByteArray(limit, ' ')));
        QVERIFY(SmallFileReader::read(path, limit).ok());
        QVERIFY(writeFile(path, QByteArray(limit + 1, ' ')));
        const SmallFileReader::Result read = SmallFileReader::read(path, limit);
        QVERIFY(!read.ok());
        QVERIFY(read.bytes.isEmpty());
        QVERIFY2(read.error.contains(limitText(limit)), qPrintable(read.error));
    }

    void aLargeFileStopsAtTheDefaultLimit()
    {
        // Sparse: one byte over the limit costs no disk space.
        const QString path = m_dir.filePath(QStringLiteral("large.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(SmallFileReader::kMaxBytes + 1));
        file.close();
        const SmallFileReader::Result read = SmallFileReader::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(limitText(SmallFileReader::kMaxBytes)),
                 qPrintable(read.error));
    }

    void anEndlessDeviceStops()
    {
        const QString zero = QStringLiteral("/dev/zero");
        if (!QFile::exists(zero))
            QSKIP("this system has no /dev/zero");
        const SmallFileReader::Result read = SmallFileReader::read(zero);
        QVERIFY(!read.ok());
        QVERIFY(read.bytes.isEmpty());
        QVERIFY2(read.error.contains(limitText(SmallFileReader::kMaxBytes)),
                 qPrintable(read.error));
    }

    void aMissingFileSaysWhy()
    {
        const SmallFileReader::Result read =
            SmallFileReader::read(m_dir.filePath(QStringLiteral("absent.json")));
        QVERIFY(!read.ok());
        QVERIFY(!read.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmallFileReader)
#include "tst_smallfilereader.moc"
