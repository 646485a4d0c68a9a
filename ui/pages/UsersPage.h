#pragma once

#include "ui/pages/DraftPage.h"

#include <optional>

class DraftTableEditor;
class QComboBox;
class QRadioButton;
class QWidget;

/**
 * Page 5: who gets the desktops. Either desktops assigned to users (an editable table with user
 * name, e-mail, phone, group, computer name, OS host name and name prefix) or an unassigned pool
 * (a size and a name or prefix); plus the name policy and the e-mail notification.
 * Switching between the two keeps what was entered in the other.
 */
class UsersPage : public DraftPage
{
    Q_OBJECT
public:
    explicit UsersPage(RequestDraft *draft, QWidget *parent = nullptr);

    DraftTableEditor *desktopEditor() const { return m_desktops; }
    /** The name policy: a policy id typed, or chosen from the look-up by its name. */
    QComboBox *namePolicyCombo() const { return m_namePolicyCombo; }

protected:
    void refreshFromDraft() override;

private:
    void chooseAssigned(bool assigned);
    void updateUserGroupChoices();

    QRadioButton *m_assignedRadio;
    QRadioButton *m_poolRadio;
    QWidget *m_assignedFields;
    QWidget *m_poolFields;
    DraftTableEditor *m_desktops;
    QComboBox *m_namePolicyCombo;
    bool m_assigned = true;
    std::optional<QList<Desktop>> m_stashedDesktops;
    std::optional<int> m_stashedSize;
    std::optional<QString> m_stashedDesktopName;
};
