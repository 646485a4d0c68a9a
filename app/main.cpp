#include "app/Commands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments);
};

const Command kCommands[] = {
    {"validate", runValidateCommand}, {"print", runPrintCommand},     {"submit", runSubmitCommand},
    {"jobs", runJobsCommand},         {"sandbox", runSandboxCommand},
};

const Command *findCommand(int argc, char **argv)
{
    if (argc < 2)
        return nullptr;
    for (const Command &command : kCommands) {
        if (std::strcmp(argv[1], command.name) == 0)
            return &command;
    }
    return nullptr;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("deskwiz"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("deskwiz.app"));
    QCoreApplication::setApplicationName(QStringLiteral("deskwiz"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESKWIZ_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    // The sub-commands are for scripts and need no display; only the wizard opens a QApplication.
    if (const Command *command = findCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return command->run(QCoreApplication::arguments());
    }
    if (asksFor(argc, argv, "--help", "-h") || asksFor(argc, argv, "--version", "-v")) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        if (asksFor(argc, argv, "--help", "-h"))
            printHelp();
        else
            QTextStream(stdout) << "deskwiz " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    return runWizard(QCoreApplication::arguments());
}
