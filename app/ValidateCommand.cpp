#include "app/Commands.h"

#include <QTextStream>

int runValidateCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "deskwiz: this command is being built\n";
    return 2;
}

int runPrintCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "deskwiz: this command is being built\n";
    return 2;
}

