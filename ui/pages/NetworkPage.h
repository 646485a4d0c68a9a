#pragma once

#include "ui/pages/DraftPage.h"

#include <optional>

class DraftTableEditor;
class QGroupBox;
class QRadioButton;
class QWidget;

/**
 * Page 4: NICs (subnets), security groups, fixed desktop IPs, the EIP (none, an existing one by
 * id, or a new one with type, charge mode and bandwidth) and, in a checkable group, the shared-VPC
 * Direct Connect settings (address, port, availability zones).
 */
class NetworkPage : public DraftPage
{
    Q_OBJECT
public:
    explicit NetworkPage(RequestDraft *draft, QWidget *parent = nullptr);

    DraftTableEditor *nicEditor() const { return m_nics; }
    DraftTableEditor *securityGroupEditor() const { return m_securityGroups; }

protected:
    void refreshFromDraft() override;

private:
    enum class EipMode { None, Existing, New };
    void chooseEipMode(EipMode mode);
    void setSharedVpcEnabled(bool enabled);

    DraftTableEditor *m_nics;
    DraftTableEditor *m_securityGroups;
    DraftTableEditor *m_desktopIps;
    DraftTableEditor *m_sharedVpcZones;
    QRadioButton *m_eipNone;
    QRadioButton *m_eipExisting;
    QRadioButton *m_eipNew;
    QWidget *m_eipExistingFields;
    QWidget *m_eipNewFields;
    QGroupBox *m_sharedVpcGroup;
    EipMode m_eipMode = EipMode::None;
    /** What the operator entered before switching away, so switching back restores it. */
    std::optional<Eip> m_stashedEip;
    std::optional<SharedVpcParam> m_stashedSharedVpc;
};
