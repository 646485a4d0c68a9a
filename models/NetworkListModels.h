#pragma once

#include "models/DraftTableModel.h"

/** `nics[]`: one row a NIC, by its VPC subnet id. */
class NicListModel : public DraftTableModel
{
    Q_OBJECT
public:
    explicit NicListModel(RequestDraft *draft, QObject *parent = nullptr);
};

/** `security_groups[]`: one row a security group id. */
class SecurityGroupListModel : public DraftTableModel
{
    Q_OBJECT
public:
    explicit SecurityGroupListModel(RequestDraft *draft, QObject *parent = nullptr);
};

/** `desktop_ips[]`: one row a fixed IPv4 address. */
class DesktopIpListModel : public DraftTableModel
{
    Q_OBJECT
public:
    explicit DesktopIpListModel(RequestDraft *draft, QObject *parent = nullptr);
};

/** `apply_shared_vpc_dedicated_param.availability_zone[]`: one row an availability zone. */
class SharedVpcZoneListModel : public DraftTableModel
{
    Q_OBJECT
public:
    explicit SharedVpcZoneListModel(RequestDraft *draft, QObject *parent = nullptr);
};
