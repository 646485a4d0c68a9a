#include "sandbox/SandboxWorkspaceApi.h"

#include "models/RequestCodec.h"
#include "models/Validator.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxWorkspaceApi", text);
}

QString invalidRequestCode()
{
    return QStringLiteral("WKS.0001");
}

/** "/root_volume/size: message; /desktops/0/user_name: message". */
QString describe(const ValidationIssues &issues)
{
    QStringList parts;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError()) {
            const QString pointer = issue.pointer.isEmpty() ? QStringLiteral("/") : issue.pointer;
            parts.append(pointer + QStringLiteral(": ") + issue.message);
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

SandboxWorkspaceApi::SandboxWorkspaceApi(const SandboxCatalog &catalog)
    : m_catalog(catalog)
{
}

SandboxReply SandboxWorkspaceApi::createDesktops(const SandboxRequest &request,
                                                 const QDateTime &nowUtc)
{
    const QByteArray contentType = request.header("Content-Type").trimmed().toLower();
    if (!contentType.startsWith("application/json")) {
        return SandboxReply::error(
            415, invalidRequestCode(), tr("The Content-Type must be application/json."),
            QStringLiteral("Content-Type: ") + QString::fromLatin1(request.header("Content-Type")));
    }
    if (request.body.trimmed().isEmpty()) {
        return SandboxReply::error(400, invalidRequestCode(), tr("The request body is empty."),
                                   QStringLiteral("/: ") + tr("a JSON object is required"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError
            ? parseError.errorString() + QStringLiteral(" at offset ")
                + QString::number(parseError.offset)
            : tr("the body is not a JSON object");
        return SandboxReply::error(400, invalidRequestCode(),
                                   tr("The request body is not a JSON object."),
                                   QStringLiteral("/: ") + reason);
    }

    const RequestCodec::ReadResult read = RequestCodec::fromJson(document.object());
    ValidationContext context;
    context.domainType = ValidationContext::parseDomainType(m_catalog.domainType())
                             .value_or(ValidationContext::DomainType::LiteAd);
    const QJsonObject image = m_catalog.image(read.request.imageId.value_or(QString()));
    context.osType = ValidationContext::parseOsType(text(image, "os_type"))
                         .value_or(ValidationContext::OsType::Windows);
    const ValidationIssues issues = Validator().validate(read.request, context, read.errors);
    if (hasErrors(issues)) {
        return SandboxReply::error(400, invalidRequestCode(),
                                   tr("The request is invalid: see error_detail for the fields."),
                                   describe(issues));
    }

    m_lastAcceptedBody = request.body;
    const QString jobId = m_jobs.create(ordersFor(document.object()), nowUtc);
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("job_id"), jobId}});
}

QList<SandboxJobStore::Order> SandboxWorkspaceApi::ordersFor(const QJsonObject &body)
{
    const QString productId = text(body, "product_id");
    const QJsonObject product = m_catalog.product(productId);
    const QString imageId = text(body, "image_id");
    QJsonObject detail {
        {QStringLiteral("product_id"), productId},
        {QStringLiteral("product"),
         QJsonObject {
             {QStringLiteral("product_id"), productId},
             {QStringLiteral("cpu"), product.value(QStringLiteral("cpu"))},
             {QStringLiteral("memory"), product.value(QStringLiteral("memory"))},
             {QStringLiteral("descriptions"), product.value(QStringLiteral("descriptions"))}}},
        {QStringLiteral("image_id"), imageId},
        {QStringLiteral("os_type"), text(m_catalog.image(imageId), "os_type")},
        {QStringLiteral("availability_zone"), text(body, "availability_zone")},
        {QStringLiteral("desktop_type"), text(body, "desktop_type")},
        {QStringLiteral("root_volume"), body.value(QStringLiteral("root_volume"))},
        {QStringLiteral("data_volumes"), body.value(QStringLiteral("data_volumes")).toArray()},
        {QStringLiteral("security_groups"),
         body.value(QStringLiteral("security_groups")).toArray()},
        {QStringLiteral("tags"), body.value(QStringLiteral("tags")).toArray()},
        {QStringLiteral("enterprise_project_id"),
         body.value(QStringLiteral("enterprise_project_id")).toString(QStringLiteral("0"))},
        {QStringLiteral("in_maintenance_mode"), false},
        {QStringLiteral("login_status"), QStringLiteral("UNREGISTER")},
        {QStringLiteral("task_status"), QString()},
    };

    const QJsonArray desktops = body.value(QStringLiteral("desktops")).toArray();
    const int size =
        desktops.isEmpty() ? body.value(QStringLiteral("size")).toInt(1) : int(desktops.size());
    const QString poolName = text(body, "desktop_name");
    QList<SandboxJobStore::Order> orders;
    for (int i = 0; i < size; ++i) {
        const QJsonObject desktop = desktops.isEmpty() ? QJsonObject() : desktops.at(i).toObject();
        ++m_desktopsNamed;
        QString name = text(desktop, "computer_name");
        if (name.isEmpty() && desktops.isEmpty() && !poolName.isEmpty())
            name = size == 1
                ? poolName
                : poolName + QString::number(i + 1).rightJustified(2, QLatin1Char('0'));
        if (name.isEmpty()) {
            QString prefix = text(desktop, "desktop_name_prefix");
            if (prefix.isEmpty())
                prefix = QStringLiteral("DESKTOP");
            name = prefix.left(11)
                + QString::number(m_desktopsNamed % 10000).rightJustified(4, QLatin1Char('0'));
        }
        SandboxJobStore::Order order;
        order.userName = text(desktop, "user_name");
        order.desktopName = name;
        order.productId = productId;
        order.detail = detail;
        const QString address =
            QStringLiteral("172.16.0.") + QString::number(100 + m_desktopsNamed % 150);
        order.detail.insert(QStringLiteral("computer_name"), name);
        order.detail.insert(QStringLiteral("os_host_name"),
                            desktop.value(QStringLiteral("os_host_name")).toString(name));
        order.detail.insert(QStringLiteral("ip_addresses"), QJsonArray {address});
        order.detail.insert(QStringLiteral("ipv4"), address);
        order.detail.insert(QStringLiteral("user_name"), order.userName);
        QJsonArray attached;
        if (!order.userName.isEmpty()) {
            attached.append(QJsonObject {
                {QStringLiteral("user_name"), order.userName},
                {QStringLiteral("type"), QStringLiteral("USER")},
                {QStringLiteral("user_group"),
                 desktop.value(QStringLiteral("user_group")).toString(QStringLiteral("users"))}});
        }
        order.detail.insert(QStringLiteral("attach_user_infos"), attached);
        orders.append(order);
    }
    return orders;
}

std::optional<SandboxReply> SandboxWorkspaceApi::readPaging(const SandboxRequest &request,
                                                            int defaultLimit, int maxLimit,
                                                            Paging *paging)
{
    const QUrlQuery query = request.query();
    paging->limit = defaultLimit;
    paging->offset = 0;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        paging->limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || paging->limit < 0 || paging->limit > maxLimit) {
            return SandboxReply::badParameter(
                QStringLiteral("limit"), tr("an integer from 0 to %1 is required").arg(maxLimit));
        }
    }
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        bool ok = false;
        paging->offset = query.queryItemValue(QStringLiteral("offset")).toInt(&ok);
        if (!ok || paging->offset < 0)
            return SandboxReply::badParameter(QStringLiteral("offset"),
                                              tr("a non-negative integer is required"));
    }
    return std::nullopt;
}

QJsonArray SandboxWorkspaceApi::page(const QList<QJsonObject> &items, const Paging &paging)
{
    QJsonArray result;
    for (qsizetype i = paging.offset; i < items.size() && result.size() < paging.limit; ++i)
        result.append(items.at(i));
    return result;
}

SandboxReply SandboxWorkspaceApi::subJobs(const SandboxRequest &request,
                                          const QDateTime &nowUtc) const
{
    Paging paging;
    if (auto failure = readPaging(request, 1000, 1000, &paging))
        return *failure;
    const QUrlQuery query = request.query();
    const QString jobId = query.queryItemValue(QStringLiteral("job_id"));
    const QString jobType = query.queryItemValue(QStringLiteral("job_type"));
    const QString status = query.queryItemValue(QStringLiteral("status"));
    QList<QJsonObject> matching;
    const QList<QJsonObject> all = m_jobs.subJobs(jobId, nowUtc);
    for (const QJsonObject &subJob : all) {
        if (!jobType.isEmpty() && text(subJob, "job_type") != jobType)
            continue;
        if (!status.isEmpty() && text(subJob, "status").compare(status, Qt::CaseInsensitive) != 0)
            continue;
        matching.append(subJob);
    }
    return SandboxReply::json(200,
                              QJsonObject {{QStringLiteral("total_count"), int(matching.size())},
                                           {QStringLiteral("jobs"), page(matching, paging)}});
}

SandboxReply SandboxWorkspaceApi::job(const QString &jobId, const QDateTime &nowUtc) const
{
    if (!m_jobs.contains(jobId)) {
        return SandboxReply::error(404, QStringLiteral("WKS.00010404"),
                                   tr("The job does not exist."),
                                   QStringLiteral("job_id: ") + jobId);
    }
    return SandboxReply::json(200, m_jobs.job(jobId, nowUtc));
}

SandboxReply SandboxWorkspaceApi::workspaces() const
{
    return SandboxReply::json(200, m_catalog.workspaces());
}

SandboxReply SandboxWorkspaceApi::products(const SandboxRequest &request) const
{
    const QUrlQuery query = request.query();
    QJsonArray products;
    const QList<QJsonObject> matching =
        m_catalog.products(query.queryItemValue(QStringLiteral("os_type")),
                           query.queryItemValue(QStringLiteral("availability_zone")));
    for (const QJsonObject &product : matching)
        products.append(product);
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("products"), products}});
}

SandboxReply SandboxWorkspaceApi::images(const SandboxRequest &request) const
{
    Paging paging;
    if (auto failure = readPaging(request, 100, 100, &paging))
        return *failure;
    const QUrlQuery query = request.query();
    const QList<QJsonObject> matching =
        m_catalog.images(query.queryItemValue(QStringLiteral("image_type")),
                         query.queryItemValue(QStringLiteral("os_type")));
    return SandboxReply::json(200,
                              QJsonObject {{QStringLiteral("images"), page(matching, paging)},
                                           {QStringLiteral("total_count"), int(matching.size())}});
}

SandboxReply SandboxWorkspaceApi::availabilityZones() const
{
    return SandboxReply::json(
        200, QJsonObject {{QStringLiteral("availability_zones"), m_catalog.availabilityZones()}});
}

SandboxReply SandboxWorkspaceApi::subnets() const
{
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("subnets"), m_catalog.subnets()}});
}

SandboxReply SandboxWorkspaceApi::securityGroups() const
{
    return SandboxReply::json(
        200, QJsonObject {{QStringLiteral("security_groups"), m_catalog.securityGroups()}});
}

SandboxReply SandboxWorkspaceApi::users(const SandboxRequest &request) const
{
    Paging paging;
    if (auto failure = readPaging(request, 10, 100, &paging))
        return *failure;
    const QList<QJsonObject> matching =
        m_catalog.users(request.query().queryItemValue(QStringLiteral("user_name")));
    return SandboxReply::json(200,
                              QJsonObject {{QStringLiteral("users"), page(matching, paging)},
                                           {QStringLiteral("total_count"), int(matching.size())}});
}

SandboxReply SandboxWorkspaceApi::namePolicies() const
{
    return SandboxReply::json(
        200, QJsonObject {{QStringLiteral("desktop_name_policy_infos"), m_catalog.namePolicies()}});
}

SandboxReply SandboxWorkspaceApi::quotas(const QDateTime &nowUtc) const
{
    // The desktops the sandbox created count against the desktop and instance quotas.
    const int created = int(m_jobs.createdDesktops(nowUtc).size());
    QJsonObject quotas = m_catalog.quotas();
    QJsonArray resources;
    const QJsonArray all = quotas.value(QStringLiteral("resources")).toArray();
    for (const QJsonValue &value : all) {
        QJsonObject resource = value.toObject();
        const QString type = text(resource, "type");
        if (type == QLatin1String("desktops") || type == QLatin1String("instances"))
            resource.insert(QStringLiteral("used"),
                            resource.value(QStringLiteral("used")).toInt() + created);
        resources.append(resource);
    }
    quotas.insert(QStringLiteral("resources"), resources);
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("quotas"), quotas}});
}

SandboxReply SandboxWorkspaceApi::desktopsDetail(const SandboxRequest &request,
                                                 const QDateTime &nowUtc) const
{
    Paging paging;
    if (auto failure = readPaging(request, 10, 100, &paging))
        return *failure;
    const QString computerName = request.query().queryItemValue(QStringLiteral("computer_name"));
    QList<QJsonObject> matching;
    const QList<QJsonObject> all = m_catalog.desktops() + m_jobs.createdDesktops(nowUtc);
    for (const QJsonObject &desktop : all) {
        if (text(desktop, "computer_name").contains(computerName, Qt::CaseInsensitive))
            matching.append(desktop);
    }
    return SandboxReply::json(200,
                              QJsonObject {{QStringLiteral("desktops"), page(matching, paging)},
                                           {QStringLiteral("total_count"), int(matching.size())}});
}
