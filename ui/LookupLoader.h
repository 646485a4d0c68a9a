#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "api/WorkspaceClient.h"
#include "ui/widgets/ChoiceCombo.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class WorkspaceClient;

/** The choices of one look-up, or why it failed. */
struct LookupChoices
{
    QList<ComboChoice> choices;
    ApiError error;
    bool ok() const { return !error.isError(); }
};

/**
 * Runs the Workspace look-ups (API.md §4) through a WorkspaceClient and hands each page its lists
 * as ComboChoice entries, with what the operator needs in the label (a zone's display name and
 * default, a product's CPU, memory and OS with sold-out products unavailable, an image's OS and
 * minimum disk, a subnet's CIDR). Answers are cached per connection: a page entered again, or a
 * second page asking the same, sends nothing; a failed look-up is not cached, so the next visit
 * tries again. Asking while the same look-up is in flight joins it.
 */
class LookupLoader : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const LookupChoices &)>;

    explicit LookupLoader(WorkspaceClient *client, QObject *parent = nullptr);
    ~LookupLoader() override;

    /** Each calls `handler` once (on the event loop or at once when cached) while `context` lives.
     */
    void availabilityZones(QObject *context, Handler handler);
    void products(const QString &availabilityZone, const QString &osType, QObject *context,
                  Handler handler);
    void images(const QString &imageType, const QString &osType, QObject *context, Handler handler);
    void subnets(QObject *context, Handler handler);
    void securityGroups(QObject *context, Handler handler);
    void users(QObject *context, Handler handler);
    void namePolicies(QObject *context, Handler handler);
    /** The service configuration (domain type, default subnets and security group). */
    void serviceConfig(QObject *context,
                       std::function<void(const ApiResult<ServiceConfig> &)> handler);

    /** The OS type ("Windows"/"Linux") of an image seen in a loaded list, or empty. */
    QString imageOsType(const QString &imageId) const;
    /** The OS type ("Windows"/"Linux") of a product seen in a loaded list, or empty. */
    QString productOsType(const QString &productId) const;
    /** The smallest system disk (min_disk, GB) of an image seen in a loaded list, if it says. */
    std::optional<int> imageMinDisk(const QString &imageId) const;
    /** What a look-up lists by id, for nameOf(). */
    enum class Named { Image, Subnet, SecurityGroup, NamePolicy };
    /**
     * The name a person knows an id by, from a loaded list: an image's name, a subnet's name and
     * CIDR, a security group's or a name policy's name; empty when not seen.
     */
    QString nameOf(Named kind, const QString &id) const;
    /** A user seen in the loaded user list, by exact name. */
    std::optional<User> user(const QString &userName) const;

    /** Forgets every cached answer (the next look-ups go to the service again). */
    void clear();
    /** How many look-up calls were sent (each page of a listing counts), for tests. */
    int sentCount() const { return m_sentCount; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Handler handler;
    };
    struct Entry
    {
        bool done = false;
        LookupChoices result;
        QList<Waiter> waiters;
    };
    using Finisher = std::function<void(const LookupChoices &)>;
    using Starter = std::function<void(Finisher)>;

    /** The cached answer of `key`, or starts `start` (once) and queues the handler. */
    void lookUp(const QString &key, QObject *context, Handler handler, const Starter &start);
    void finishEntry(const QString &key, quint64 generation, const LookupChoices &result);
    /** Clears the cache when the client's connection is not the one the cache was filled for. */
    void checkConnection();

    template<typename T>
    void
    fetchAll(std::function<void(const Paging &, std::function<void(const ApiResult<Page<T>> &)>)>
                 fetchPage,
             int pageSize, std::function<void(const QList<T> &, const ApiError &)> done);

    WorkspaceClient *m_client;
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_imageOsTypes;
    QHash<QString, QString> m_productOsTypes;
    QHash<QString, int> m_imageMinDisks;
    QHash<Named, QHash<QString, QString>> m_names;
    QHash<QString, User> m_users;
    QHash<QString, QStringList> m_soldOutByZone;
    std::optional<ServiceConfig> m_serviceConfig;
    struct ServiceConfigWaiter
    {
        QPointer<QObject> context;
        std::function<void(const ApiResult<ServiceConfig> &)> handler;
    };
    QList<ServiceConfigWaiter> m_serviceConfigWaiters;
    QString m_connectionKey;
    quint64 m_generation = 0;
    int m_sentCount = 0;
};
