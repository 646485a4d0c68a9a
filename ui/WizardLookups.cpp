#include "ui/WizardLookups.h"

#include "models/DesktopTableModel.h"
#include "models/RequestDraft.h"
#include "ui/ConnectionDraft.h"
#include "ui/ProvisionWizard.h"
#include "ui/pages/DesktopPage.h"
#include "ui/pages/NetworkPage.h"
#include "ui/pages/UsersPage.h"
#include "ui/widgets/DraftTableEditor.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

namespace {

/** How long typing has to pause before a list that depends on the typed value is looked up. */
constexpr int kTypingPauseMs = 250;

QString osTypeOf(const RequestDraft *draft)
{
    return ValidationContext::osTypeName(draft->context().osType);
}

} // namespace

WizardLookups::WizardLookups(ProvisionWizard *wizard, LookupLoader *loader, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_loader(loader)
    , m_typingPause(new QTimer(this))
{
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, [this] {
        loadProducts();
        loadImages();
    });
    connect(m_wizard, &QWizard::currentIdChanged, this, &WizardLookups::onPageEntered);
    connect(m_wizard->draft(), &RequestDraft::changed, this, &WizardLookups::onDraftChanged);
    if (auto *users = qobject_cast<UsersPage *>(m_wizard->page(ProvisionWizard::UsersPageId))) {
        connect(users->desktopEditor()->model(), &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                        for (int column = topLeft.column(); column <= bottomRight.column();
                             ++column)
                            onDesktopCellChanged(row, column);
                    }
                });
    }
}

void WizardLookups::onPageEntered(int pageId)
{
    switch (pageId) {
    case ProvisionWizard::DesktopPageId:
        loadDesktopLists();
        break;
    case ProvisionWizard::NetworkPageId:
        loadNetworkLists();
        break;
    case ProvisionWizard::UsersPageId:
        loadUserLists();
        break;
    default:
        break;
    }
}

QLabel *WizardLookups::ensureNote(int pageId)
{
    if (QLabel *note = m_notes.value(pageId))
        return note;
    QWizardPage *page = m_wizard->page(pageId);
    auto *layout = page ? qobject_cast<QBoxLayout *>(page->layout()) : nullptr;
    if (!layout)
        return nullptr;
    auto *note = new QLabel(page);
    note->setObjectName(QStringLiteral("lookupNote"));
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->hide();
    layout->insertWidget(0, note);
    m_notes.insert(pageId, note);
    return note;
}

void WizardLookups::setState(int pageId, const QString &what, const QString &state)
{
    m_states[pageId].insert(what, state);
    QLabel *note = ensureNote(pageId);
    if (!note)
        return;
    QStringList loading;
    QStringList failures;
    const QHash<QString, QString> &states = m_states.value(pageId);
    for (auto it = states.begin(); it != states.end(); ++it) {
        if (it.value().isNull())
            loading.append(it.key());
        else if (!it.value().isEmpty())
            failures.append(tr("%1 failed: %2 — type the value.").arg(it.key(), it.value()));
    }
    loading.sort();
    failures.sort();
    QStringList lines;
    if (!loading.isEmpty())
        lines.append(tr("Loading %1…").arg(QLocale().createSeparatedList(loading)));
    lines.append(failures);
    QPalette colours = note->palette();
    colours.setColor(QPalette::WindowText,
                     failures.isEmpty() ? m_wizard->palette().color(QPalette::PlaceholderText)
                                        : QColor(0xc0, 0x1c, 0x28));
    note->setPalette(colours);
    note->setText(lines.join(QLatin1Char('\n')));
    note->setVisible(!lines.isEmpty());
}

LookupLoader::Handler WizardLookups::track(int pageId, const QString &what,
                                           std::function<void(const QList<ComboChoice> &)> apply,
                                           std::function<bool()> isCurrent)
{
    setState(pageId, what, QString()); // null: loading
    return [this, pageId, what, apply, isCurrent](const LookupChoices &result) {
        if (isCurrent && !isCurrent())
            return; // an older answer: the current look-up's answer decides
        if (!result.ok()) {
            setState(pageId, what, result.error.summary());
            return;
        }
        setState(pageId, what, QLatin1String(""));
        apply(result.choices);
    };
}

void WizardLookups::loadDesktopLists()
{
    auto *page = qobject_cast<DesktopPage *>(m_wizard->page(ProvisionWizard::DesktopPageId));
    if (!page)
        return;
    const int id = ProvisionWizard::DesktopPageId;
    m_loader->availabilityZones(
        this, track(id, tr("availability zones"), [this, page](const auto &choices) {
            setComboChoices(page->availabilityZoneCombo(), choices);
            m_productsKey.clear(); // sold-out marks depend on the zones
            loadProducts();
        }));
    const QString connectionKey = m_wizard->connectionDraft()->connection().endpoint.toString()
        + QLatin1Char('|') + m_wizard->connectionDraft()->connection().projectId;
    m_loader->serviceConfig(this, [this, connectionKey](const ApiResult<ServiceConfig> &result) {
        if (!result.ok() || m_domainAppliedFor == connectionKey)
            return;
        m_domainAppliedFor = connectionKey;
        const auto domain = ValidationContext::parseDomainType(result.value.domainType);
        if (domain && *domain != m_wizard->draft()->context().domainType) {
            ValidationContext context = m_wizard->draft()->context();
            context.domainType = *domain;
            m_wizard->draft()->setContext(context);
        }
    });
    loadProducts();
    loadImages();
}

void WizardLookups::loadProducts()
{
    auto *page = qobject_cast<DesktopPage *>(m_wizard->page(ProvisionWizard::DesktopPageId));
    if (!page)
        return;
    const QString zone = m_wizard->draft()->request().availabilityZone.value_or(QString());
    const QString os = osTypeOf(m_wizard->draft());
    const QString key = zone + QLatin1Char('|') + os;
    if (key == m_productsKey)
        return;
    m_productsKey = key;
    m_loader->products(zone, os, this,
                       track(
                           ProvisionWizard::DesktopPageId, tr("products"),
                           [this, page](const auto &choices) {
                               setComboChoices(page->productCombo(), choices);
                               onDraftChanged(); // the chosen product's OS may now be known
                           },
                           [this, key] { return m_productsKey == key; }));
}

void WizardLookups::loadImages()
{
    auto *page = qobject_cast<DesktopPage *>(m_wizard->page(ProvisionWizard::DesktopPageId));
    if (!page)
        return;
    const std::optional<QString> &typed = m_wizard->draft()->request().imageType;
    // Not set: every image. A value the Validator rejects (e.g. "gol" on the way to "gold") has
    // no images: the list keeps what it shows until the value is one.
    if (typed && !isAcceptable(QStringLiteral("/image_type")))
        return;
    const QString imageType = typed.value_or(QString());
    // The OS filter is left out: choosing an image is what sets the OS.
    const QString key = imageType;
    if (key == m_imagesKey && !m_imagesKey.isNull())
        return;
    m_imagesKey = key.isNull() ? QLatin1String("") : key;
    m_loader->images(imageType, QString(), this,
                     track(
                         ProvisionWizard::DesktopPageId, tr("images"),
                         [this, page](const auto &choices) {
                             setComboChoices(page->imageIdCombo(), choices);
                             m_lastImageId.clear();
                             onDraftChanged(); // the chosen image may now be known
                         },
                         [this, key] { return m_imagesKey == key; }));
}

void WizardLookups::loadNetworkLists()
{
    auto *page = qobject_cast<NetworkPage *>(m_wizard->page(ProvisionWizard::NetworkPageId));
    if (!page)
        return;
    const int id = ProvisionWizard::NetworkPageId;
    m_loader->subnets(this, track(id, tr("subnets"), [page](const auto &choices) {
                          page->nicEditor()->setColumnChoices(0, choices);
                      }));
    m_loader->securityGroups(this, track(id, tr("security groups"), [page](const auto &choices) {
                                 page->securityGroupEditor()->setColumnChoices(0, choices);
                             }));
}

void WizardLookups::loadUserLists()
{
    auto *page = qobject_cast<UsersPage *>(m_wizard->page(ProvisionWizard::UsersPageId));
    if (!page)
        return;
    const int id = ProvisionWizard::UsersPageId;
    m_loader->users(this, track(id, tr("users"), [page](const auto &choices) {
                        page->desktopEditor()->setColumnChoices(DesktopTableModel::UserNameColumn,
                                                                choices);
                    }));
    m_loader->namePolicies(this, track(id, tr("name policies"), [page](const auto &choices) {
                               setComboChoices(page->namePolicyCombo(), choices);
                           }));
}

void WizardLookups::onDraftChanged()
{
    if (m_wizard->currentId() != ProvisionWizard::DesktopPageId)
        return;
    const QString imageId = m_wizard->draft()->request().imageId.value_or(QString());
    ValidationContext context = m_wizard->draft()->context();
    if (imageId != m_lastImageId) {
        const QString os = m_loader->imageOsType(imageId);
        if (!os.isEmpty())
            m_lastImageId = imageId;
        // The image decides the OS the request is judged as, and the smallest system disk (an
        // image the look-up does not know has no known minimum).
        if (const auto osType = ValidationContext::parseOsType(os))
            context.osType = *osType;
        context.imageMinDiskGb = m_loader->imageMinDisk(imageId);
    }
    // The OS the chosen package is for, from the products look-up (a typed product the look-up
    // does not know has none); the Validator says when it is not the image's.
    const QString productId = m_wizard->draft()->request().productId.value_or(QString());
    context.productOsType = ValidationContext::parseOsType(m_loader->productOsType(productId));
    if (context != m_wizard->draft()->context()) {
        m_wizard->draft()->setContext(context); // changed() comes back here
        return;
    }
    m_typingPause->start(); // products and images once typing pauses
}

bool WizardLookups::isAcceptable(const QString &pointer) const
{
    return !hasErrors(m_wizard->draft()->issuesUnder(pointer));
}

void WizardLookups::onDesktopCellChanged(int row, int column)
{
    if (column != DesktopTableModel::UserNameColumn)
        return;
    auto *page = qobject_cast<UsersPage *>(m_wizard->page(ProvisionWizard::UsersPageId));
    QAbstractItemModel *model = page->desktopEditor()->model();
    const std::optional<User> user =
        m_loader->user(model->index(row, column).data(Qt::EditRole).toString());
    if (!user)
        return;
    const QModelIndex email = model->index(row, DesktopTableModel::UserEmailColumn);
    if (!user->userEmail.isEmpty() && email.data(Qt::EditRole).toString().isEmpty())
        model->setData(email, user->userEmail, Qt::EditRole);
    const QModelIndex phone = model->index(row, DesktopTableModel::UserPhoneColumn);
    if (!user->userPhone.isEmpty() && phone.data(Qt::EditRole).toString().isEmpty())
        model->setData(phone, user->userPhone, Qt::EditRole);
}
