#pragma once

#include <QString>
#include <QUrl>

#include <optional>

/**
 * The transport rules every request obeys (DESIGN.md): https with certificate checks, plain http
 * only to loopback addresses, and credentials only to the host they were configured for.
 */
class TransportPolicy
{
public:
    /** 127.0.0.0/8, ::1 and "localhost". */
    static bool isLoopbackHost(const QString &host);
    /** Why a request to `url` is refused (translated), or nullopt when it may be sent. */
    static std::optional<QString> refusalReason(const QUrl &url);
    /** Same scheme, host and effective port: credentials for `configured` may go to `target`. */
    static bool isSameOrigin(const QUrl &configured, const QUrl &target);
};
