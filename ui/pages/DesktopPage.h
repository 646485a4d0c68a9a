#pragma once

#include "ui/pages/DraftPage.h"

class QComboBox;

/**
 * Page 2: the desktop itself: type (DEDICATED/SHARED), availability zone, product (package),
 * image type and image, and the OS and domain type the request is judged against (the
 * draft's ValidationContext). Zone, product, image type and image are editable combo boxes:
 * typed values work, and the look-ups fill their lists with setComboChoices().
 */
class DesktopPage : public DraftPage
{
    Q_OBJECT
public:
    explicit DesktopPage(RequestDraft *draft, QWidget *parent = nullptr);

    QComboBox *availabilityZoneCombo() const { return m_availabilityZoneCombo; }
    QComboBox *productCombo() const { return m_productCombo; }
    QComboBox *imageTypeCombo() const { return m_imageTypeCombo; }
    QComboBox *imageIdCombo() const { return m_imageIdCombo; }
    QComboBox *osTypeCombo() const { return m_osTypeCombo; }
    QComboBox *domainTypeCombo() const { return m_domainTypeCombo; }

protected:
    void refreshFromDraft() override;

private:
    void applyContext();

    QComboBox *m_availabilityZoneCombo;
    QComboBox *m_productCombo;
    QComboBox *m_imageTypeCombo;
    QComboBox *m_imageIdCombo;
    QComboBox *m_osTypeCombo;
    QComboBox *m_domainTypeCombo;
};
