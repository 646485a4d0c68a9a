#pragma once

#include "models/CreateDesktopRequest.h"

#include <QList>

/**
 * Splits a request with more desktops than one request may carry into several requests of at
 * most N desktops each, with the same configuration (DESIGN.md, data path step 5).
 */
class BatchPlanner
{
public:
    /**
     * The requests to send for `request`, in order. A request with at most
     * `maxDesktopsPerRequest` desktops (or a pool given by `size`) comes back unchanged as the
     * only batch. Otherwise every batch is a copy of `request` with the next slice of `desktops`;
     * when `desktop_ips` has one address a desktop, each batch gets the addresses of its slice.
     * `maxDesktopsPerRequest` below 1 is treated as 1.
     */
    static QList<CreateDesktopRequest> split(const CreateDesktopRequest &request,
                                             int maxDesktopsPerRequest);
};
