#pragma once

#include "models/DraftTableModel.h"

/** `desktops[]`: one row a desktop assigned to a user (user name, e-mail, phone, group, names). */
class DesktopTableModel : public DraftTableModel
{
    Q_OBJECT
public:
    enum ColumnIndex {
        UserNameColumn,
        UserEmailColumn,
        UserPhoneColumn,
        UserGroupColumn,
        ComputerNameColumn,
        OsHostNameColumn,
        DesktopNamePrefixColumn,
    };

    explicit DesktopTableModel(RequestDraft *draft, QObject *parent = nullptr);
};
