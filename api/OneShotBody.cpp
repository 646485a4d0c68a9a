#include "api/OneShotBody.h"

#include <QNetworkRequest>

#include <cstring>

OneShotBody::OneShotBody(QByteArray bytes, QObject *parent)
    : QIODevice(parent)
    , m_bytes(std::move(bytes))
{
    open(QIODevice::ReadOnly);
}

void OneShotBody::attachTo(QNetworkRequest &request) const
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_bytes.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_bytes.size() - m_read + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, qint64(m_bytes.size()) - m_read);
    if (count <= 0)
        return -1; // the end: a sequential device says so with -1
    std::memcpy(data, m_bytes.constData() + m_read, size_t(count));
    m_read += count;
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}
