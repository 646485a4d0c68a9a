#include "models/DesktopTableModel.h"

#include "models/DraftListAccess.h"

namespace {

QList<DraftTableModel::Column> desktopColumns(const ApiLimits &limits)
{
    using namespace DraftListAccess;
    const ListRef<Desktop> list = member(&CreateDesktopRequest::desktops);
    const QString groups = DesktopTableModel::tr("%1 (Windows) or %2 (Linux)")
                               .arg(limits.userGroupsWindows.join(QLatin1String(", ")),
                                    limits.userGroupsLinux.join(QLatin1String(", ")));
    return {
        textColumn(
            QStringLiteral("user_name"), DesktopTableModel::tr("User name"),
            DesktopTableModel::tr("%1; starts with a letter (LITE_AD) or a letter or digit "
                                  "(LOCAL_AD); up to %2 characters with LITE_AD, %3 with "
                                  "LOCAL_AD, and up to %4 on Windows, %5 on Linux")
                .arg(DraftTableModel::allowedCharactersText(limits.userNameAllowedPunctuation))
                .arg(limits.userNameMaxLengthLiteAd)
                .arg(limits.userNameMaxLengthLocalAd)
                .arg(limits.userNameMaxLengthWindows)
                .arg(limits.userNameMaxLengthLinux),
            list, &Desktop::userName),
        textColumn(QStringLiteral("user_email"), DesktopTableModel::tr("E-mail"),
                   DesktopTableModel::tr("Optional: a valid e-mail address"), list,
                   &Desktop::userEmail),
        textColumn(QStringLiteral("user_phone"), DesktopTableModel::tr("Phone"),
                   DesktopTableModel::tr("Optional: a mobile number of %1 to %2 digits with an "
                                         "optional leading +")
                       .arg(limits.userPhoneMinDigits)
                       .arg(limits.userPhoneMaxDigits),
                   list, &Desktop::userPhone),
        textColumn(QStringLiteral("user_group"), DesktopTableModel::tr("Group"),
                   DesktopTableModel::tr("Optional: %1").arg(groups), list, &Desktop::userGroup),
        textColumn(QStringLiteral("computer_name"), DesktopTableModel::tr("Computer name"),
                   DesktopTableModel::tr("Optional: 1-%1 letters, digits or -, starting with a "
                                         "letter or digit, not ending with -; unique")
                       .arg(limits.computerNameMaxLength),
                   list, &Desktop::computerName),
        textColumn(QStringLiteral("os_host_name"), DesktopTableModel::tr("OS host name"),
                   DesktopTableModel::tr("Optional: the name inside the OS, 1-%1 characters")
                       .arg(limits.osHostNameMaxLength),
                   list, &Desktop::osHostName),
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
        desktopColumns(draft->limits()), parent)
{
}
