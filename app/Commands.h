#pragma once

#include <QStringList>

// One function a sub-command; `arguments` starts with the program name and the command word,
// as QCommandLineParser expects. Each returns the process exit code (see DESIGN.md):
// 0 done, 1 invalid input, 2 usage or unreadable file, 3 failed desktops, 4 API or network error.
int runValidateCommand(const QStringList &arguments);
int runPrintCommand(const QStringList &arguments);
int runSubmitCommand(const QStringList &arguments);
int runJobsCommand(const QStringList &arguments);
int runSandboxCommand(const QStringList &arguments);
/** Opens the wizard; needs a QApplication. */
int runWizard(const QStringList &arguments);
