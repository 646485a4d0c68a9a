#include "models/BatchPlanner.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace {

/**
 * desktop_ips pairs with desktops by position only when there is one address a desktop;
 * otherwise the list is the pool the service picks from, and every batch keeps all of it.
 */
bool ipsSplitWithDesktops(const CreateDesktopRequest &request)
{
    return request.desktops && request.desktopIps
        && request.desktopIps->size() == request.desktops->size();
}

/** A pointer into an entry of a list member: "/desktops/3/user_name" is {3, "/user_name"}. */
struct ListEntryPointer
{
    int index = -1;
    QString rest;
};

/** `pointer` as an entry of the list member `list`, or nullopt when it points elsewhere. */
std::optional<ListEntryPointer> entryOf(const QString &pointer, QLatin1String list)
{
    const QString prefix = QLatin1Char('/') + list + QLatin1Char('/');
    if (!pointer.startsWith(prefix))
        return std::nullopt;
    const qsizetype indexEnd = pointer.indexOf(QLatin1Char('/'), prefix.size());
    const qsizetype length = (indexEnd < 0 ? pointer.size() : indexEnd) - prefix.size();
    bool isIndex = false;
    const int index = pointer.mid(prefix.size(), length).toInt(&isIndex);
    if (!isIndex || index < 0)
        return std::nullopt;
    return ListEntryPointer {index, pointer.mid(prefix.size() + length)};
}

/**
 * Where `pointer` points once the desktops before `offset` are taken away (negative) or put
 * back (positive): the entry of `desktops`, or of `desktop_ips` when `ipsFollow`, moves by
 * `offset`; nullopt when the moved index falls outside [0, `count`).
 */
std::optional<QString> movedBy(const QString &pointer, int offset, int count, bool ipsFollow)
{
    QList<QLatin1String> lists {QLatin1String("desktops")};
    if (ipsFollow)
        lists.append(QLatin1String("desktop_ips"));
    for (const QLatin1String list : lists) {
        const std::optional<ListEntryPointer> entry = entryOf(pointer, list);
        if (!entry)
            continue;
        const int index = entry->index + offset;
        if (index < 0 || index >= count)
            return std::nullopt;
        return QLatin1Char('/') + list + QLatin1Char('/') + QString::number(index) + entry->rest;
    }
    return pointer;
}

} // namespace

QList<CreateDesktopRequest> BatchPlanner::split(const CreateDesktopRequest &request,
                                                int maxDesktopsPerRequest)
{
    const int batchSize = std::max(1, maxDesktopsPerRequest);
    if (!request.desktops || request.desktops->size() <= batchSize)
        return {request};

    const QList<Desktop> &desktops = *request.desktops;
    const bool ipsPerDesktop = ipsSplitWithDesktops(request);
    QList<CreateDesktopRequest> batches;
    for (qsizetype start = 0; start < desktops.size(); start += batchSize) {
        CreateDesktopRequest batch = request;
        batch.desktops = desktops.mid(start, batchSize);
        if (ipsPerDesktop)
            batch.desktopIps = request.desktopIps->mid(start, batchSize);
        batches.append(batch);
    }
    return batches;
}

QString BatchPlanner::pointerInRequest(const QString &pointer, const CreateDesktopRequest &request,
                                       int maxDesktopsPerRequest, int batchIndex)
{
    const int batchSize = std::max(1, maxDesktopsPerRequest);
    if (!request.desktops || request.desktops->size() <= batchSize)
        return pointer;
    return movedBy(pointer, batchIndex * batchSize, std::numeric_limits<int>::max(),
                   ipsSplitWithDesktops(request))
        .value_or(pointer);
}

std::optional<QString> BatchPlanner::pointerInBatch(const QString &pointer,
                                                    const CreateDesktopRequest &request,
                                                    int maxDesktopsPerRequest, int batchIndex)
{
    const int batchSize = std::max(1, maxDesktopsPerRequest);
    if (!request.desktops || request.desktops->size() <= batchSize)
        return pointer;
    return movedBy(pointer, -batchIndex * batchSize, batchSize, ipsSplitWithDesktops(request));
}
