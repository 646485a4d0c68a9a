#include "ui/pages/TagsPage.h"

#include "models/TagTableModel.h"
#include "ui/widgets/DraftTableEditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

TagsPage::TagsPage(RequestDraft *draft, QWidget *parent)
    : DraftPage(draft, parent)
{
    setObjectName(QStringLiteral("tagsPage"));
    setTitle(tr("Tags and project"));
    setSubTitle(tr("Optional: tags for cost and search, the enterprise project, and a package "
                   "billed by the hour."));
    const ApiLimits &limits = draft->limits();

    auto *tagGroup = new QGroupBox(tr("Tags"), this);
    auto *tagLayout = new QVBoxLayout(tagGroup);
    m_tags = new DraftTableEditor(new TagTableModel(draft, this), QStringLiteral("tags"),
                                  tr("Tags"), tagGroup);
    m_tags->setReorderable(false);
    m_tags->setToolTip(tr("At most %1 tags with unique keys; never any of %2")
                           .arg(limits.maxTags)
                           .arg(limits.tagForbiddenCharacters));
    tagLayout->addWidget(m_tags);
    bodyLayout()->addWidget(tagGroup, 1);
    addTableEditor(m_tags);

    QFormLayout *form = addForm();
    auto *projectEdit = new QLineEdit(this);
    projectEdit->setObjectName(QStringLiteral("enterpriseProjectEdit"));
    projectEdit->setPlaceholderText(tr("0 (the default project)"));
    auto *productEdit = new QLineEdit(this);
    productEdit->setObjectName(QStringLiteral("hourPackageProductEdit"));
    auto *offeringEdit = new QLineEdit(this);
    offeringEdit->setObjectName(QStringLiteral("hourPackageOfferingEdit"));
    auto *projectMessage = addFormRow(form, tr("&Enterprise project ID:"), projectEdit,
                                      tr("Optional: up to %1 letters, digits, - and _; empty "
                                         "means the default project (0)")
                                          .arg(limits.enterpriseProjectIdMaxLength));
    auto *productMessage = addFormRow(form, tr("Hourly package &product ID:"), productEdit,
                                      tr("Optional: given together with the offering ID"));
    auto *offeringMessage = addFormRow(form, tr("Hourly package &offering ID:"), offeringEdit,
                                       tr("Optional: given together with the product ID"));

    bindField(
        projectEdit, projectMessage, QStringLiteral("/enterprise_project_id"),
        [](const CreateDesktopRequest &r) { return textOf(r.enterpriseProjectId); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.enterpriseProjectId = textFrom(v); });
    bindField(
        productEdit, productMessage, QStringLiteral("/hour_package_product_id"),
        [](const CreateDesktopRequest &r) { return textOf(r.hourPackageProductId); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.hourPackageProductId = textFrom(v); });
    bindField(
        offeringEdit, offeringMessage, QStringLiteral("/hour_package_offering_id"),
        [](const CreateDesktopRequest &r) { return textOf(r.hourPackageOfferingId); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.hourPackageOfferingId = textFrom(v); });

    setTabOrder(projectEdit, productEdit);
    setTabOrder(productEdit, offeringEdit);
}
