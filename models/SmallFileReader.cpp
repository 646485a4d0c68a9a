#include "models/SmallFileReader.h"

#include <QFile>

#include <array>

namespace {

SmallFileReader::Result failure(const QString &error)
{
    SmallFileReader::Result result;
    result.error = error;
    return result;
}

/** "8 MiB" for whole mebibytes, else the exact byte count. */
QString sizeText(qint64 bytes)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    if (bytes >= mebibyte && bytes % mebibyte == 0)
        return SmallFileReader::tr("%1 MiB").arg(bytes / mebibyte);
    return SmallFileReader::tr("%1 bytes").arg(bytes);
}

SmallFileReader::Result tooLarge(qint64 maxBytes)
{
    return failure(SmallFileReader::tr("it holds more than %1, the most deskwiz reads from a "
                                       "request or template file; is it the right file?")
                       .arg(sizeText(maxBytes)));
}

} // namespace

SmallFileReader::Result SmallFileReader::read(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(file.errorString());
    // A regular file says its size up front; a device or a pipe only by what it delivers.
    if (!file.isSequential() && file.size() > maxBytes)
        return tooLarge(maxBytes);
    Result result;
    std::array<char, 64 * 1024> chunk;
    for (;;) {
        const qint64 count = file.read(chunk.data(), qint64(chunk.size()));
        if (count < 0)
            return failure(file.errorString());
        if (count == 0)
            break;
        if (result.bytes.size() + count > maxBytes)
            return tooLarge(maxBytes);
        result.bytes.append(chunk.data(), count);
    }
    return result;
}
