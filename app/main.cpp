#include "app/Commands.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
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

/** The help's texts, in the translation context "deskwiz" (a class lupdate can read). */
struct HelpText
{
    Q_DECLARE_TR_FUNCTIONS(deskwiz)
};

/** deskwiz --help: the wizard's options and one line a sub-command; needs no display. */
void printHelp()
{
    QTextStream out(stdout);
    out << HelpText::tr("Usage: deskwiz [--sandbox] [--template FILE] [--lang LANG]") << '\n'
        << HelpText::tr("       deskwiz COMMAND [options]   (COMMAND --help shows its options)")
        << "\n\n"
        << HelpText::tr("Creates Huawei Cloud Workspace desktops.") << "\n\n"
        << HelpText::tr("Wizard options:") << '\n'
        << "  --sandbox          " << HelpText::tr("start the local simulator and connect to it")
        << '\n'
        << "  --template FILE    " << HelpText::tr("start from a template or request body") << '\n'
        << "  --lang LANG        " << HelpText::tr("the language, e.g. en or zh_CN") << '\n'
        << "  -h, --help         " << HelpText::tr("show this help") << '\n'
        << "  -v, --version      " << HelpText::tr("show the version") << "\n\n"
        << HelpText::tr("Commands:") << '\n';
    for (const Command &command : kCommands) {
        out << "  " << QString::fromLatin1(command.name).leftJustified(10) << ' '
            << HelpText::tr(command.summary) << '\n';
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
    // They speak the language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); the wizard
    // also takes --lang.
    if (const Command *command = findCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslations(&app, QLocale::system());
        return command->run(QCoreApplication::arguments());
    }
    if (asksFor(argc, argv, "--help", "-h") || asksFor(argc, argv, "--version", "-v")) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslations(&app, QLocale::system());
        if (asksFor(argc, argv, "--help", "-h"))
            printHelp();
        else
            QTextStream(stdout) << "deskwiz " << QCoreApplication::applicationVersion() << '\n';
        return ExitDone;
    }
    // The wizard's arguments are checked before a QApplication exists, so that a mistake is
    // reported (exit 2) on a machine without a display instead of aborting in the platform plugin.
    std::optional<WizardStart> start;
    {
        QCoreApplication checker(argc, argv);
        setApplicationIdentity();
        start = readWizardArguments(QCoreApplication::arguments());
    }
    if (!start)
        return ExitUsage;
    QApplication app(argc, argv);
    setApplicationIdentity();
    return runWizard(*start);
}
