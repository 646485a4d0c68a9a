#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * Reads a file a person hands deskwiz (a request body, a template) whole, but never more than
 * kMaxBytes: such a file is a few kilobytes, and a device that never ends (/dev/zero, a pipe
 * that keeps writing) or a wrong multi-gigabyte file must stop with an error, not fill memory.
 * The one size bound for RequestFile and TemplateStore.
 */
class SmallFileReader
{
    Q_DECLARE_TR_FUNCTIONS(SmallFileReader)
public:
    /** The largest file read: far above any request or template (a 50-desktop body is ~10 KiB). */
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024;

    struct Result
    {
        QByteArray bytes; ///< the whole file when ok()
        /** Why it could not be read ("No such file or directory", "it is larger than 8 MiB..."). */
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    /**
     * Reads `path` in chunks, stopping with an error as soon as more than `maxBytes` arrived. The
     * error does not name the file: the caller puts it where its messages name files.
     */
    static Result read(const QString &path, qint64 maxBytes = kMaxBytes);
};
