#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>

// The shared test data (../shared/testdata, see its README), read where it lies, and what the
// tests that start deskwiz give it.
namespace TestData {

/** The test case `name` of testdata/requests/ (an object with request, context and expect). */
QJsonObject requestCase(const QString &name);
/**
 * The request of the first valid Windows/LITE_AD case (in file name order) that gives users
 * desktops and names a root volume; empty when there is none.
 */
QJsonObject validUserRequest();
/** The system environment without any DESKWIZ_ variable (no secret of the runner's), debug off. */
QProcessEnvironment environmentWithoutSecrets();

} // namespace TestData
