#include "api/TransportPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

bool TransportPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> TransportPolicy::refusalReason(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return QCoreApplication::translate(
                   "TransportPolicy",
                   "Refusing plain http to %1: only https is allowed, except to this computer "
                   "(127.0.0.1, ::1, localhost). Use an https:// endpoint.")
            .arg(url.host());
    }
    return QCoreApplication::translate("TransportPolicy",
                                       "Refusing the URL \"%1\": only https:// endpoints are "
                                       "supported.")
        .arg(url.toDisplayString());
}

bool TransportPolicy::isSameOrigin(const QUrl &configured, const QUrl &target)
{
    const QString scheme = configured.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme == target.scheme().toLower()
        && configured.host().compare(target.host(), Qt::CaseInsensitive) == 0
        && configured.port(defaultPort) == target.port(defaultPort);
}
