#include "app/Commands.h"

#include <QTextStream>

int runSubmitCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "deskwiz: this command is being built\n";
    return 2;
}

int runJobsCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "deskwiz: this command is being built\n";
    return 2;
}

