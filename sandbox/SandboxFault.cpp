#include "sandbox/SandboxFault.h"

#include "models/RequestCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace {

const std::array<std::pair<SandboxFault::Kind, const char *>, 6> kKindNames {{
    {SandboxFault::Kind::Throttle, "throttle"},
    {SandboxFault::Kind::ServerError, "server-error"},
    {SandboxFault::Kind::Slow, "slow"},
    {SandboxFault::Kind::NeverAnswer, "never-answer"},
    {SandboxFault::Kind::MalformedBody, "malformed-body"},
    {SandboxFault::Kind::ExpiredToken, "expired-token"},
}};

QStringList kindNames()
{
    QStringList names;
    for (const auto &entry : kKindNames)
        names.append(QString::fromLatin1(entry.second));
    return names;
}

QString numbersText(const QList<int> &numbers)
{
    QStringList texts;
    for (const int number : numbers)
        texts.append(QString::number(number));
    return texts.join(QLatin1String(", "));
}

/** `value` as JSON writes it: "five" in quotes, 2.5, true. */
QString jsonText(const QJsonValue &value)
{
    const QByteArray list = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(list.mid(1, list.size() - 2));
}

/** Reads `key` of `body` into `target` when it is there; a line in `errors` when not a whole
 * number. */
void readWholeNumber(const QJsonObject &body, const char *key, int &target, QStringList &errors)
{
    const QJsonValue value = body.value(QLatin1String(key));
    if (value.isUndefined())
        return;
    const RequestCodec::Integer number = RequestCodec::readInteger(value);
    if (number.ok())
        target = number.value;
    else
        errors.append(SandboxFault::tr("%1 must be a whole number; %2 is not")
                          .arg(QLatin1String(key), jsonText(value)));
}

} // namespace

QString SandboxFault::kindName(Kind kind)
{
    for (const auto &entry : kKindNames) {
        if (entry.first == kind)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

std::optional<SandboxFault::Kind> SandboxFault::parseKind(const QString &name)
{
    for (const auto &entry : kKindNames) {
        if (name.compare(QLatin1String(entry.second), Qt::CaseInsensitive) == 0)
            return entry.first;
    }
    return std::nullopt;
}

const QList<int> &SandboxFault::serverErrorStatuses()
{
    static const QList<int> statuses {500, 501, 502, 503, 504};
    return statuses;
}

QStringList SandboxFault::problems(const QStringList &routeNames) const
{
    QStringList found;
    if (route.startsWith(QLatin1Char('/')) || route.startsWith(QLatin1Char('^'))) {
        const QRegularExpression pattern(route);
        if (!pattern.isValid()) {
            found.append(tr("route \"%1\" is not a valid regular expression: %2 at offset %3")
                             .arg(route, pattern.errorString())
                             .arg(pattern.patternErrorOffset()));
        }
    } else if (!route.isEmpty() && route != QLatin1String("*")
               && !routeNames.contains(route, Qt::CaseInsensitive)) {
        found.append(tr("route \"%1\" is no route name; give one of %2, a regular expression over "
                        "the path starting with / or ^, or none for every route")
                         .arg(route, routeNames.join(QLatin1String(", "))));
    }
    if (kind == Kind::ServerError && !serverErrorStatuses().contains(httpStatus)) {
        found.append(tr("status %1 is not a server error; give one of %2")
                         .arg(httpStatus)
                         .arg(numbersText(serverErrorStatuses())));
    }
    if (kind == Kind::Slow && delayMs < 0)
        found.append(tr("delay_ms must be 0 or more; %1 is not").arg(delayMs));
    if (kind == Kind::Throttle && retryAfterSeconds < 0)
        found.append(tr("retry_after must be 0 or more; %1 is not").arg(retryAfterSeconds));
    return found;
}

SandboxFault SandboxFault::fromJson(const QJsonObject &body, const QStringList &routeNames,
                                    QStringList &errors)
{
    static const QStringList known {QStringLiteral("kind"),   QStringLiteral("route"),
                                    QStringLiteral("count"),  QStringLiteral("delay_ms"),
                                    QStringLiteral("status"), QStringLiteral("retry_after")};
    SandboxFault fault;
    fault.delayMs = 2000; // a slow answer someone asks for over HTTP should be noticeable
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            errors.append(tr("\"%1\" is not a member of a fault; the members are %2")
                              .arg(it.key(), known.join(QLatin1String(", "))));
        }
    }
    const std::optional<Kind> kind = parseKind(body.value(QLatin1String("kind")).toString());
    if (kind) {
        fault.kind = *kind;
    } else {
        errors.append(tr("kind must be one of %1").arg(kindNames().join(QLatin1String(", "))));
    }
    const QJsonValue route = body.value(QLatin1String("route"));
    if (route.isString())
        fault.route = route.toString();
    else if (!route.isUndefined())
        errors.append(tr("route must be a string: a route name or a regular expression"));
    readWholeNumber(body, "count", fault.count, errors);
    readWholeNumber(body, "delay_ms", fault.delayMs, errors);
    readWholeNumber(body, "status", fault.httpStatus, errors);
    readWholeNumber(body, "retry_after", fault.retryAfterSeconds, errors);
    // Without a kind, only what does not depend on it (the route) can be judged.
    SandboxFault judged = fault;
    if (!kind)
        judged.kind = Kind::MalformedBody;
    errors.append(judged.problems(routeNames));
    return fault;
}
