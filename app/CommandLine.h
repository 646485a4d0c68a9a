#pragma once

#include "models/ValidationContext.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;
struct ValidationIssue;

// What every sub-command reads and prints the same way: the standard streams, the first line of
// its help, numbers within bounds, the validation context, problems, and secrets fit for an HTTP
// header.

/** The process's standard output and standard error, one text stream each for all commands. */
QTextStream &standardOutput();
QTextStream &standardError();

/**
 * `parser`'s help with the first line naming the command ("Usage: deskwiz validate [options]
 * FILE") instead of the executable's path; the command word is the process's first argument.
 */
QString commandHelpText(const QCommandLineParser &parser);

/** The number in `text` when it is finite and within [min, max]; nullopt for nan, inf or words. */
std::optional<double> numberInRange(const QString &text, double min, double max);

/** True when `bytes` holds a control character (CR, LF, TAB, NUL, DEL, ...). */
bool hasControlCharacter(const QByteArray &bytes);

/** "POINTER: message", or "POINTER: warning: message" for a warning. */
QString issueLine(const ValidationIssue &issue);

/** Prints what reading a file warned about (e.g. a secret it ignored), "deskwiz: warning: ...". */
void printFileWarnings(const QStringList &warnings);

/** What --os and --domain-type say about the context a request is judged in. */
struct ContextOverrides
{
    std::optional<ValidationContext::OsType> osType;
    std::optional<ValidationContext::DomainType> domainType;

    /** Puts what was given into `context`, leaving the rest as it is. */
    void applyTo(ValidationContext &context) const;
};

/** Adds --os and --domain-type to `parser`. */
void addContextOptions(QCommandLineParser &parser);
/** Reads --os and --domain-type; nullopt after printing what would be right. */
std::optional<ContextOverrides> readContextOptions(const QCommandLineParser &parser);
