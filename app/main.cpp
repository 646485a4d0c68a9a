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
    const char *summary; ///< one line for --help (translated in context "deskwiz")
};

const Command kCommands[] = {
    {"validate", runValidateCommand,
     QT_TRANSLATE_NOOP("deskwiz", "check a template or request body; one line per problem")},
    {"print", runPrintCommand,
     QT_TRANSLATE_NOOP("deskwiz", "print the exact request body (an array when batched)")},
    {"submit", runSubmitCommand,
     QT_TRANSLATE_NOOP("deskwiz", "send a request and optionally wait for its desktops")},
    {"jobs", runJobsCommand, QT_TRANSLATE_NOOP("deskwiz", "show the progress of jobs by id")},
    {"sandbox", runSandboxCommand,
     QT_TRANSLATE_NOOP("deskwiz", "run the local Workspace simulator in the foreground")},
};

bool asksFor(int argc, char **argv, const char *longName, const char *shortName)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], longName) == 0 || std::strcmp(argv[i], shortName) == 0)
            return true;
    }
    return false;
}

/** deskwiz --help: the wizard's options and one line a sub-command; needs no display. */
void printHelp()
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("deskwiz", text);
    };
    QTextStream out(stdout);
    out << tr("Usage: deskwiz [--sandbox] [--template FILE] [--lang LANG]") << '\n'
        << tr("       deskwiz COMMAND [options]   (COMMAND --help shows its options)") << "\n\n"
        << tr("Creates Huawei Cloud Workspace desktops.") << "\n\n"
        << tr("Wizard options:") << '\n'
        << "  --sandbox          " << tr("start the local simulator and connect to it") << '\n'
        << "  --template FILE    " << tr("start from a template or request body") << '\n'
        << "  --lang LANG        " << tr("the language, e.g. en or zh_CN") << '\n'
        << "  -h, --help         " << tr("show this help") << '\n'
        << "  -v, --version      " << tr("show the version") << "\n\n"
        << tr("Commands:") << '\n';
    for (const Command &command : kCommands) {
        out << "  " << QString::fromLatin1(command.name).leftJustified(10) << ' '
            << tr(command.summary) << '\n';
    }
}

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
