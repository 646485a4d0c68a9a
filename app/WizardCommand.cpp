#include "app/Commands.h"

#include <QTextStream>

int runWizard(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "deskwiz: this command is being built\n";
    return 2;
}

