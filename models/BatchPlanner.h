#pragma once

#include "models/CreateDesktopRequest.h"

#include <QList>
#include <QString>

#include <optional>

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

    /**
     * Where `pointer`, a JSON pointer into batch `batchIndex` of split(request,
     * maxDesktopsPerRequest), points in `request` itself: the index of a desktop (and of a
     * desktop_ips entry, when the addresses were split with the desktops) moves on by the desktops
     * of the batches before it ("/desktops/0/user_name" of the second batch of 50 is
     * "/desktops/50/user_name"); any other pointer is the same in both.
     */
    static QString pointerInRequest(const QString &pointer, const CreateDesktopRequest &request,
                                    int maxDesktopsPerRequest, int batchIndex);
    /**
     * The other way round: where `pointer`, a JSON pointer into `request`, points in batch
     * `batchIndex`; nullopt when it is about a desktop (or its desktop_ips entry) that another
     * batch carries.
     */
    static std::optional<QString> pointerInBatch(const QString &pointer,
                                                 const CreateDesktopRequest &request,
                                                 int maxDesktopsPerRequest, int batchIndex);
};
