#include "models/DesktopTableModel.h"

#include "models/DraftListAccess.h"

namespace {

QList<DraftTableModel::Column> desktopColumns()
{
    using namespace DraftListAccess;
    const ListRef<Desktop> list = member(&CreateDesktopRequest::desktops);
    return {
        textColumn(QStringLiteral("user_name"), DesktopTableModel::tr("User name"),
                   DesktopTableModel::tr("Letters, digits, - and _; starts with a letter (LITE_AD) "
                                         "or a letter or digit (LOCAL_AD); up to 20 characters "
                                         "(Windows) or 32 (Linux, LOCAL_AD)"),
                   list, &Desktop::userName),
        textColumn(QStringLiteral("user_email"), DesktopTableModel::tr("E-mail"),
                   DesktopTableModel::tr("Optional: a valid e-mail address"), list,
                   &Desktop::userEmail),
        textColumn(QStringLiteral("user_phone"), DesktopTableModel::tr("Phone"),
                   DesktopTableModel::tr("Optional: a mobile number, digits with an optional "
                                         "leading +"),
                   list, &Desktop::userPhone),
        textColumn(QStringLiteral("user_group"), DesktopTableModel::tr("Group"),
                   DesktopTableModel::tr("Optional: administrators or users (Windows), sudo or "
                                         "default (Linux)"),
                   list, &Desktop::userGroup),
        textColumn(QStringLiteral("computer_name"), DesktopTableModel::tr("Computer name"),
                   DesktopTableModel::tr("Optional: 1-15 letters, digits or -, starting with a "
                                         "letter or digit, not ending with -; unique"),
                   list, &Desktop::computerName),
        textColumn(QStringLiteral("os_host_name"), DesktopTableModel::tr("OS host name"),
                   DesktopTableModel::tr("Optional: the name inside the OS, 1-15 characters"), list,
                   &Desktop::osHostName),
        textColumn(QStringLiteral("desktop_name_prefix"), DesktopTableModel::tr("Name prefix"),
                   DesktopTableModel::tr("Optional: used when no computer name is given"), list,
                   &Desktop::desktopNamePrefix),
    };
}

} // namespace

DesktopTableModel::DesktopTableModel(RequestDraft *draft, QObject *parent)
    : DraftTableModel(
        draft, QStringLiteral("/desktops"),
        DraftListAccess::access(DraftListAccess::member(&CreateDesktopRequest::desktops), Desktop(),
                                true),
        desktopColumns(), parent)
{
}
