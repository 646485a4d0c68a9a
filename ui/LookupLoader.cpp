#include "ui/LookupLoader.h"

#include "api/WorkspaceClient.h"
#include "ui/Logging.h"

#include <QLocale>
#include <QMetaObject>

namespace {

constexpr int kPageSize = 100;
constexpr int kMaxPages = 20;

QString memoryText(const QString &megabytes)
{
    bool isNumber = false;
    const double value = megabytes.toDouble(&isNumber);
    if (!isNumber || value <= 0)
        return megabytes;
    if (value < 1024)
        return LookupLoader::tr("%1 MiB").arg(value);
    return LookupLoader::tr("%1 GiB").arg(QLocale().toString(value / 1024.0, 'g', 4));
}

QString connectionKeyOf(const Connection &connection)
{
    return QStringList {connection.endpoint.toString(),
                        connection.projectId,
                        Connection::authKindName(connection.authKind),
                        connection.iamDomain,
                        connection.iamUser,
                        connection.accessKey}
        .join(QLatin1Char('\n'));
}

} // namespace

LookupLoader::LookupLoader(WorkspaceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

LookupLoader::~LookupLoader() = default;

void LookupLoader::clear()
{
    m_entries.clear();
    m_imageOsTypes.clear();
    m_productOsTypes.clear();
    m_imageMinDisks.clear();
    m_names.clear();
    m_users.clear();
    m_soldOutByZone.clear();
    m_serviceConfig.reset();
    ++m_generation;
}

void LookupLoader::checkConnection()
{
    const QString key = connectionKeyOf(m_client->connection());
    if (key == m_connectionKey)
        return;
    m_connectionKey = key;
    clear();
}

void LookupLoader::lookUp(const QString &key, QObject *context, Handler handler,
                          const Starter &start)
{
    checkConnection();
    auto found = m_entries.find(key);
    if (found != m_entries.end() && found->done) {
        const LookupChoices result = found->result;
        QMetaObject::invokeMethod(
            context ? context : this, [handler, result] { handler(result); }, Qt::QueuedConnection);
        return;
    }
    const bool running = found != m_entries.end();
    Entry &entry = m_entries[key];
    entry.waiters.append({context, std::move(handler)});
    if (running)
        return;
    const quint64 generation = m_generation;
    start([this, key, generation](const LookupChoices &result) {
        finishEntry(key, generation, result);
    });
}

void LookupLoader::finishEntry(const QString &key, quint64 generation, const LookupChoices &result)
{
    if (generation != m_generation)
        return; // the connection changed meanwhile: this answer is for another one
    auto found = m_entries.find(key);
    if (found == m_entries.end())
        return;
    const QList<Waiter> waiters = std::exchange(found->waiters, {});
    if (result.ok()) {
        found->done = true;
        found->result = result;
    } else {
        qCInfo(lcUi) << "look-up" << key.section(QLatin1Char('|'), 0, 0)
                     << "failed:" << result.error.summary();
        m_entries.erase(found); // not cached: the next visit tries again
    }
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.handler(result);
    }
}

template<typename T>
void LookupLoader::fetchAll(
    std::function<void(const Paging &, std::function<void(const ApiResult<Page<T>> &)>)> fetchPage,
    int pageSize, std::function<void(const QList<T> &, const ApiError &)> done)
{
    struct State
    {
        QList<T> items;
        int pages = 0;
    };
    auto state = std::make_shared<State>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, state, next, fetchPage, pageSize, done] {
        Paging paging;
        paging.offset = int(state->items.size());
        paging.limit = pageSize;
        ++m_sentCount;
        fetchPage(paging, [state, next, pageSize, done](const ApiResult<Page<T>> &result) {
            if (!result.ok()) {
                done(state->items, result.error);
                *next = nullptr; // breaks the cycle
                return;
            }
            state->items.append(result.value.items);
            ++state->pages;
            const bool more = result.value.items.size() >= pageSize
                && state->items.size() < result.value.totalCount && state->pages < kMaxPages;
            if (more) {
                (*next)();
                return;
            }
            done(state->items, ApiError());
            *next = nullptr;
        });
    };
    (*next)();
}

void LookupLoader::availabilityZones(QObject *context, Handler handler)
{
    lookUp(QStringLiteral("zones"), context, std::move(handler), [this](Finisher finish) {
        ++m_sentCount;
        m_client->listAvailabilityZones(
            this, [this, finish](const ApiResult<Page<AvailabilityZone>> &result) {
                LookupChoices choices;
                choices.error = result.error;
                for (const AvailabilityZone &zone : result.value.items) {
                    m_soldOutByZone.insert(zone.availabilityZone, zone.soldOutProducts);
                    QString label = zone.displayName.isEmpty()
                        ? zone.availabilityZone
                        : tr("%1 (%2)").arg(zone.displayName, zone.availabilityZone);
                    if (zone.isDefault)
                        label = tr("%1 — default").arg(label);
                    QString toolTip;
                    if (!zone.soldOutProducts.isEmpty())
                        toolTip = tr("Sold out here: %1")
                                      .arg(QLocale().createSeparatedList(zone.soldOutProducts));
                    choices.choices.append({zone.availabilityZone, label, true, toolTip});
                }
                finish(choices);
            });
    });
}

void LookupLoader::products(const QString &availabilityZone, const QString &osType,
                            QObject *context, Handler handler)
{
    const QString key = QStringLiteral("products|%1|%2").arg(availabilityZone, osType);
    lookUp(key, context, std::move(handler), [this, availabilityZone, osType](Finisher finish) {
        ProductFilter filter;
        filter.availabilityZone = availabilityZone;
        filter.osType = osType;
        fetchAll<Product>(
            [this, filter](const Paging &paging, auto onPage) {
                m_client->listProducts(filter, paging, this, onPage);
            },
            kPageSize,
            [this, finish, availabilityZone](const QList<Product> &products,
                                             const ApiError &error) {
                LookupChoices choices;
                choices.error = error;
                const QStringList soldOut = m_soldOutByZone.value(availabilityZone);
                for (const Product &product : products) {
                    if (!product.osType.isEmpty())
                        m_productOsTypes.insert(product.productId, product.osType);
                    QStringList facts;
                    if (!product.cpu.isEmpty())
                        facts.append(tr("%n vCPU(s)", nullptr, product.cpu.toInt()));
                    if (!product.memory.isEmpty())
                        facts.append(memoryText(product.memory));
                    if (!product.osType.isEmpty())
                        facts.append(product.osType);
                    QString label = facts.isEmpty()
                        ? product.productId
                        : tr("%1 (%2)").arg(product.productId, facts.join(tr(", ")));
                    const bool isSoldOut =
                        product.status.compare(QLatin1String("sellout"), Qt::CaseInsensitive) == 0
                        || soldOut.contains(product.productId);
                    if (isSoldOut)
                        label = tr("%1 — sold out").arg(label);
                    choices.choices.append(
                        {product.productId, label, !isSoldOut, product.descriptions});
                }
                finish(choices);
            });
    });
}

void LookupLoader::images(const QString &imageType, const QString &osType, QObject *context,
                          Handler handler)
{
    const QString key = QStringLiteral("images|%1|%2").arg(imageType, osType);
    lookUp(key, context, std::move(handler), [this, imageType, osType](Finisher finish) {
        ImageFilter filter;
        filter.imageType = imageType;
        filter.osType = osType;
        fetchAll<Image>(
            [this, filter](const Paging &paging, auto onPage) {
                m_client->listImages(filter, paging, this, onPage);
            },
            kPageSize,
            [this, finish](const QList<Image> &images, const ApiError &error) {
                LookupChoices choices;
                choices.error = error;
                for (const Image &image : images) {
                    m_imageOsTypes.insert(image.id, image.osType);
                    if (!image.name.isEmpty())
                        m_names[Named::Image].insert(image.id, image.name);
                    if (image.minDisk > 0)
                        m_imageMinDisks.insert(image.id, image.minDisk);
                    QString label = image.name.isEmpty() ? image.id : image.name;
                    QStringList facts;
                    if (!image.osType.isEmpty())
                        facts.append(image.osType);
                    if (image.minDisk > 0)
                        facts.append(tr("min. disk %1 GB").arg(image.minDisk));
                    if (!facts.isEmpty())
                        label = tr("%1 (%2)").arg(label, facts.join(tr(", ")));
                    choices.choices.append({image.id, label, true, image.id});
                }
                finish(choices);
            });
    });
}

void LookupLoader::subnets(QObject *context, Handler handler)
{
    lookUp(QStringLiteral("subnets"), context, std::move(handler), [this](Finisher finish) {
        fetchAll<Subnet>([this](const Paging &paging,
                                auto onPage) { m_client->listSubnets(paging, this, onPage); },
                         kPageSize,
                         [this, finish](const QList<Subnet> &subnets, const ApiError &error) {
                             LookupChoices choices;
                             choices.error = error;
                             for (const Subnet &subnet : subnets) {
                                 const QString name =
                                     subnet.name.isEmpty() ? subnet.id : subnet.name;
                                 const QString label = subnet.cidr.isEmpty()
                                     ? name
                                     : tr("%1 (%2)").arg(name, subnet.cidr);
                                 m_names[Named::Subnet].insert(subnet.id, label);
                                 choices.choices.append(
                                     {subnet.id, label, true,
                                      tr("%1 in %2").arg(subnet.id, subnet.availabilityZone)});
                             }
                             finish(choices);
                         });
    });
}

void LookupLoader::securityGroups(QObject *context, Handler handler)
{
    lookUp(QStringLiteral("securityGroups"), context, std::move(handler), [this](Finisher finish) {
        fetchAll<SecurityGroupInfo>(
            [this](const Paging &paging, auto onPage) {
                m_client->listSecurityGroups(paging, this, onPage);
            },
            kPageSize,
            [this, finish](const QList<SecurityGroupInfo> &groups, const ApiError &error) {
                LookupChoices choices;
                choices.error = error;
                for (const SecurityGroupInfo &group : groups) {
                    if (!group.name.isEmpty())
                        m_names[Named::SecurityGroup].insert(group.id, group.name);
                    choices.choices.append({group.id, group.name.isEmpty() ? group.id : group.name,
                                            true, group.description});
                }
                finish(choices);
            });
    });
}

void LookupLoader::users(QObject *context, Handler handler)
{
    lookUp(QStringLiteral("users"), context, std::move(handler), [this](Finisher finish) {
        fetchAll<User>(
            [this](const Paging &paging, auto onPage) {
                m_client->listUsers(QString(), paging, this, onPage);
            },
            kPageSize,
            [this, finish](const QList<User> &users, const ApiError &error) {
                LookupChoices choices;
                choices.error = error;
                for (const User &user : users) {
                    m_users.insert(user.userName, user);
                    const QString label = user.userEmail.isEmpty()
                        ? user.userName
                        : tr("%1 <%2>").arg(user.userName, user.userEmail);
                    choices.choices.append({user.userName, label, true, user.userPhone});
                }
                finish(choices);
            });
    });
}

void LookupLoader::namePolicies(QObject *context, Handler handler)
{
    lookUp(QStringLiteral("namePolicies"), context, std::move(handler), [this](Finisher finish) {
        fetchAll<NamePolicy>(
            [this](const Paging &paging, auto onPage) {
                m_client->listNamePolicies(paging, this, onPage);
            },
            kPageSize,
            [this, finish](const QList<NamePolicy> &policies, const ApiError &error) {
                LookupChoices choices;
                choices.error = error;
                for (const NamePolicy &policy : policies) {
                    if (!policy.policyName.isEmpty())
                        m_names[Named::NamePolicy].insert(policy.policyId, policy.policyName);
                    const QString label =
                        tr("%1 (%2 + %n digit(s) from %3)", nullptr, policy.digitNumber)
                            .arg(policy.policyName, policy.namePrefix)
                            .arg(policy.startNumber);
                    choices.choices.append({policy.policyId, label, true, policy.policyId});
                }
                finish(choices);
            });
    });
}

void LookupLoader::serviceConfig(QObject *context,
                                 std::function<void(const ApiResult<ServiceConfig> &)> handler)
{
    checkConnection();
    if (m_serviceConfig) {
        ApiResult<ServiceConfig> result;
        result.value = *m_serviceConfig;
        QMetaObject::invokeMethod(
            context ? context : this, [handler, result] { handler(result); }, Qt::QueuedConnection);
        return;
    }
    const bool running = !m_serviceConfigWaiters.isEmpty();
    m_serviceConfigWaiters.append({context, std::move(handler)});
    if (running)
        return;
    const quint64 generation = m_generation;
    ++m_sentCount;
    m_client->showServiceConfig(this, [this, generation](const ApiResult<ServiceConfig> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_serviceConfig = result.value;
        const QList<ServiceConfigWaiter> waiters = std::exchange(m_serviceConfigWaiters, {});
        for (const ServiceConfigWaiter &waiter : waiters) {
            if (waiter.context)
                waiter.handler(result);
        }
    });
}

QString LookupLoader::imageOsType(const QString &imageId) const
{
    return m_imageOsTypes.value(imageId);
}

QString LookupLoader::nameOf(Named kind, const QString &id) const
{
    return m_names.value(kind).value(id);
}

QString LookupLoader::productOsType(const QString &productId) const
{
    return m_productOsTypes.value(productId);
}

std::optional<int> LookupLoader::imageMinDisk(const QString &imageId) const
{
    const auto found = m_imageMinDisks.find(imageId);
    if (found == m_imageMinDisks.end())
        return std::nullopt;
    return *found;
}

std::optional<User> LookupLoader::user(const QString &userName) const
{
    const auto found = m_users.find(userName);
    if (found == m_users.end())
        return std::nullopt;
    return *found;
}
