#include "ui/pages/DesktopPage.h"

#include "ui/widgets/ChoiceCombo.h"
#include "ui/widgets/FieldMessageLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace {

QString desktopTypeLabel(const QString &type)
{
    if (type == QLatin1String("DEDICATED"))
        return DesktopPage::tr("Dedicated: one user a desktop (DEDICATED)");
    if (type == QLatin1String("SHARED"))
        return DesktopPage::tr("Shared: several users a desktop (SHARED)");
    return type;
}

QString imageTypeLabel(const QString &type)
{
    if (type == QLatin1String("gold"))
        return DesktopPage::tr("gold (public image)");
    if (type == QLatin1String("private"))
        return DesktopPage::tr("private (your image)");
    if (type == QLatin1String("market"))
        return DesktopPage::tr("market (Marketplace image)");
    return type;
}

} // namespace

DesktopPage::DesktopPage(RequestDraft *draft, QWidget *parent)
    : DraftPage(draft, parent)
{
    setObjectName(QStringLiteral("desktopPage"));
    setTitle(tr("Desktop"));
    setSubTitle(tr("What kind of desktop, where, with which package and which image."));
    const ApiLimits &limits = draft->limits();

    QList<ComboChoice> desktopTypes;
    for (const QString &type : limits.desktopTypes)
        desktopTypes.append({type, desktopTypeLabel(type), true, QString()});
    QList<ComboChoice> imageTypes;
    for (const QString &type : limits.imageTypes + limits.imageTypesWithWarning)
        imageTypes.append({type, imageTypeLabel(type), true, QString()});

    auto *desktopTypeCombo =
        createChoiceCombo(this, QStringLiteral("desktopTypeCombo"), false, desktopTypes, true);
    m_availabilityZoneCombo =
        createChoiceCombo(this, QStringLiteral("availabilityZoneCombo"), true, {});
    m_availabilityZoneCombo->lineEdit()->setPlaceholderText(tr("the service's default zone"));
    m_productCombo = createChoiceCombo(this, QStringLiteral("productCombo"), true, {});
    // An example, not a chosen value.
    m_productCombo->lineEdit()->setPlaceholderText(
        tr("e.g. %1").arg(QStringLiteral("workspace.c2.large.windows.2")));
    m_imageTypeCombo = createChoiceCombo(this, QStringLiteral("imageTypeCombo"), true, imageTypes);
    m_imageIdCombo = createChoiceCombo(this, QStringLiteral("imageIdCombo"), true, {});
    m_osTypeCombo =
        createChoiceCombo(this, QStringLiteral("osTypeCombo"), false,
                          {{ValidationContext::osTypeName(ValidationContext::OsType::Windows),
                            tr("Windows"), true, QString()},
                           {ValidationContext::osTypeName(ValidationContext::OsType::Linux),
                            tr("Linux"), true, QString()}});
    m_domainTypeCombo = createChoiceCombo(
        this, QStringLiteral("domainTypeCombo"), false,
        {{ValidationContext::domainTypeName(ValidationContext::DomainType::LiteAd),
          tr("LITE_AD (the service's own domain)"), true, QString()},
         {ValidationContext::domainTypeName(ValidationContext::DomainType::LocalAd),
          tr("LOCAL_AD (your Active Directory)"), true, QString()}});

    QFormLayout *form = addForm();
    auto *desktopTypeMessage = addFormRow(form, tr("Desktop &type:"), desktopTypeCombo,
                                          tr("Required: DEDICATED or SHARED"));
    auto *zoneMessage = addFormRow(form, tr("Availability &zone:"), m_availabilityZoneCombo,
                                   tr("Optional, up to %1 characters; empty means the service's "
                                      "default zone")
                                       .arg(limits.stringMaxLength));
    auto *productMessage = addFormRow(form, tr("&Product (package):"), m_productCombo,
                                      tr("Required: the package ID, e.g. "
                                         "workspace.c2.large.windows.2"));
    auto *imageTypeMessage = addFormRow(form, tr("&Image type:"), m_imageTypeCombo,
                                        tr("Required: gold (public) or private; market is "
                                           "accepted with a warning"));
    auto *imageIdMessage =
        addFormRow(form, tr("Ima&ge:"), m_imageIdCombo, tr("Required: the image ID"));
    addFormRow(form, tr("&Operating system:"), m_osTypeCombo,
               tr("The image's OS: it decides the user groups and the user name length"));
    addFormRow(form, tr("&Domain type:"), m_domainTypeCombo,
               tr("The directory of the Workspace service: it decides the user name rules"));
    bodyLayout()->addStretch();

    bindField(
        desktopTypeCombo, desktopTypeMessage, QStringLiteral("/desktop_type"),
        [](const CreateDesktopRequest &r) { return textOf(r.desktopType); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.desktopType = textFrom(v); });
    bindField(
        m_availabilityZoneCombo, zoneMessage, QStringLiteral("/availability_zone"),
        [](const CreateDesktopRequest &r) { return textOf(r.availabilityZone); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.availabilityZone = textFrom(v); });
    bindField(
        m_productCombo, productMessage, QStringLiteral("/product_id"),
        [](const CreateDesktopRequest &r) { return textOf(r.productId); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.productId = textFrom(v); });
    bindField(
        m_imageTypeCombo, imageTypeMessage, QStringLiteral("/image_type"),
        [](const CreateDesktopRequest &r) { return textOf(r.imageType); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.imageType = textFrom(v); });
    bindField(
        m_imageIdCombo, imageIdMessage, QStringLiteral("/image_id"),
        [](const CreateDesktopRequest &r) { return textOf(r.imageId); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.imageId = textFrom(v); });

    connect(m_osTypeCombo, &QComboBox::currentIndexChanged, this, &DesktopPage::applyContext);
    connect(m_domainTypeCombo, &QComboBox::currentIndexChanged, this, &DesktopPage::applyContext);
    refreshFromDraft();
}

void DesktopPage::refreshFromDraft()
{
    const ValidationContext &context = draft()->context();
    const QSignalBlocker osBlocker(m_osTypeCombo);
    const QSignalBlocker domainBlocker(m_domainTypeCombo);
    m_osTypeCombo->setCurrentIndex(
        m_osTypeCombo->findData(ValidationContext::osTypeName(context.osType)));
    m_domainTypeCombo->setCurrentIndex(
        m_domainTypeCombo->findData(ValidationContext::domainTypeName(context.domainType)));
}

void DesktopPage::applyContext()
{
    ValidationContext context = draft()->context();
    if (const auto os = ValidationContext::parseOsType(m_osTypeCombo->currentData().toString()))
        context.osType = *os;
    if (const auto domain =
            ValidationContext::parseDomainType(m_domainTypeCombo->currentData().toString()))
        context.domainType = *domain;
    draft()->setContext(context);
}
