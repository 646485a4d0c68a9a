#pragma once

#include <QByteArray>
#include <QIODevice>

class QNetworkRequest;

/**
 * A request body Qt can read once and never rewind: a sequential device whose reset() fails.
 *
 * Qt's HTTP/1 layer sends a request again by itself when the connection closes after the request
 * went out and before an answer came (QHttpNetworkConnectionChannel resends it up to three times).
 * Before it does, it rewinds the body; with this device that fails, so the reply ends with
 * QNetworkReply::ContentReSendError instead of a second request. Qt buffers (and can then rewind)
 * a sequential body unless the request has QNetworkRequest::DoNotBufferUploadDataAttribute and a
 * Content-Length header: attachTo() sets both.
 */
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray bytes, QObject *parent = nullptr);

    /** Makes `request` take this body unbuffered, so that Qt cannot send it twice. */
    void attachTo(QNetworkRequest &request) const;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    /** Always false: a body once sent is never sent again. */
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};
