#pragma once

#include "models/RequestFile.h"

#include <QLocale>
#include <QSize>
#include <QStringList>

#include <optional>

// One function a sub-command; `arguments` starts with the program name and the command word,
// as QCommandLineParser expects. Each returns the process exit code (see DESIGN.md):
// 0 done, 1 invalid input, 2 usage or unreadable file, 3 failed desktops, 4 API or network error.
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
