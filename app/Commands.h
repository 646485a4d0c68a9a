#pragma once

#include "models/RequestFile.h"

#include <QLocale>
#include <QSize>
#include <QStringList>

#include <optional>

/** The process exit codes of every command (DESIGN.md). */
enum ExitCode {
    ExitDone = 0,
    ExitInvalidInput = 1, ///< the file is malformed or breaks a rule
    ExitUsage = 2, ///< a wrong option or argument, or a file that cannot be read
    ExitFailedDesktops = 3, ///< a job finished with failed desktops
    ExitApiError = 4, ///< an API or network error (a timeout too)
};

// One function a sub-command; `arguments` starts with the program name and the command word,
// as QCommandLineParser expects. Each returns an ExitCode.
int runValidateCommand(const QStringList &arguments);
int runPrintCommand(const QStringList &arguments);
int runSubmitCommand(const QStringList &arguments);
int runJobsCommand(const QStringList &arguments);
int runSandboxCommand(const QStringList &arguments);

/** What the wizard's command line asks for, read and checked before any window can exist. */
struct WizardStart
{
    bool sandbox = false; ///< --sandbox
    QLocale locale; ///< --lang, else the environment's
    std::optional<RequestFile> templateFile; ///< --template, read and found usable
    bool quitAfterFirstPaint = false;
    QString screenshotDir; ///< empty: no screenshot tour
    bool screenshotSubmit = false;
    QSize windowSize; ///< invalid: the wizard's own size
};
/**
 * Reads and checks the wizard's arguments (options, --lang, the --template file); needs only a
 * QCoreApplication, so a mistake is reported without a display. nullopt after printing why: the
 * process exits 2.
 */
std::optional<WizardStart> readWizardArguments(const QStringList &arguments);
/** Opens the wizard; needs a QApplication. */
int runWizard(const WizardStart &start);
