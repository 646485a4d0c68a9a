#include "tests/support/TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace TestData {

namespace {

const QString kRequestsDir = QStringLiteral(DESKWIZ_TESTDATA_DIR "/requests");

} // namespace

QJsonObject requestCase(const QString &name)
{
    QFile file(QDir(kRequestsDir).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject validUserRequest()
{
    const QStringList names =
        QDir(kRequestsDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QJsonObject testCase = requestCase(name);
        const QJsonObject request = testCase.value(u"request").toObject();
        const QJsonObject context = testCase.value(u"context").toObject();
        if (testCase.value(u"expect").toObject().value(u"errors").toArray().isEmpty()
            && request.value(u"desktops").isArray() && request.value(u"root_volume").isObject()
            && context.value(u"os_type").toString() == QLatin1String("Windows")
            && context.value(u"domain_type").toString() == QLatin1String("LITE_AD")) {
            return request;
        }
    }
    return {};
}

QProcessEnvironment environmentWithoutSecrets()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("DESKWIZ_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    return environment;
}

} // namespace TestData
