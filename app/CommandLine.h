#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QCommandLineParser;

// What every sub-command reads and prints the same way: the first line of its help, numbers
// within bounds, and secrets fit for an HTTP header.

/**
 * `parser`'s help with the first line naming the command ("Usage: deskwiz validate [options]
 * FILE") instead of the executable's path; the command word is the process's first argument.
 */
QString commandHelpText(const QCommandLineParser &parser);

/** The number in `text` when it is finite and within [min, max]; nullopt for nan, inf or words. */
std::optional<double> numberInRange(const QString &text, double min, double max);

/** True when `bytes` holds a control character (CR, LF, TAB, NUL, DEL, ...). */
bool hasControlCharacter(const QByteArray &bytes);
