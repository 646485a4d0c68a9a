#include "models/BatchPlanner.h"

#include <algorithm>

QList<CreateDesktopRequest> BatchPlanner::split(const CreateDesktopRequest &request,
                                                int maxDesktopsPerRequest)
{
    const int batchSize = std::max(1, maxDesktopsPerRequest);
    if (!request.desktops || request.desktops->size() <= batchSize)
        return {request};

    const QList<Desktop> &desktops = *request.desktops;
    // desktop_ips pairs with desktops by position only when there is one address a desktop;
    // otherwise the list is the pool the service picks from, and every batch keeps all of it.
    const bool ipsPerDesktop = request.desktopIps && request.desktopIps->size() == desktops.size();
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
