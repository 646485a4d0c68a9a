#include "ui/pages/ReviewPage.h"

#include "models/RequestCodec.h"
#include "ui/Logging.h"
#include "ui/widgets/FieldMessageLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QVBoxLayout>

namespace {

constexpr int kPointerRole = Qt::UserRole + 1;

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

QString orDash(const std::optional<QString> &value)
{
    return value && !value->isEmpty() ? *value : QStringLiteral("—");
}

} // namespace

ReviewPage::ReviewPage(RequestDraft *draft, QWidget *parent)
    : DraftPage(draft, parent)
    , m_summary(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(tr("Cop&y"), this))
    , m_saveButton(new QPushButton(tr("&Save…"), this))
    , m_status(new QLabel(this))
    , m_issues(new QListWidget(this))
    , m_describePointer([](const QString &pointer) { return pointer; })
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Check the request before it is sent. Activate a problem to go to its field."));

    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("reviewIssues"));
    m_issues->setAccessibleName(tr("Problems in the request"));
    m_issues->setToolTip(tr("Press Enter or double-click a problem to go to its field"));
    m_issues->setMaximumHeight(m_issues->fontMetrics().height() * 8);

    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Summary of the request"));

    m_body->setObjectName(QStringLiteral("reviewJson"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setAccessibleName(tr("The exact JSON body of the request"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().height() * 10);
    m_copyButton->setObjectName(QStringLiteral("copyJsonButton"));
    m_copyButton->setToolTip(tr("Copy the JSON body to the clipboard"));
    m_saveButton->setObjectName(QStringLiteral("saveJsonButton"));
    m_saveButton->setToolTip(tr("Save the JSON body to a file"));

    auto *issuesGroup = new QGroupBox(tr("Problems"), this);
    auto *issuesLayout = new QVBoxLayout(issuesGroup);
    issuesLayout->addWidget(m_status);
    issuesLayout->addWidget(m_issues);

    auto *summaryGroup = new QGroupBox(tr("Summary"), this);
    auto *summaryLayout = new QVBoxLayout(summaryGroup);
    summaryLayout->addWidget(m_summary);

    auto *bodyGroup = new QGroupBox(tr("JSON body (POST /v2/{project_id}/desktops)"), this);
    auto *bodyLayoutBox = new QVBoxLayout(bodyGroup);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_saveButton);
    bodyLayoutBox->addWidget(m_body, 1);
    bodyLayoutBox->addLayout(buttons);

    bodyLayout()->addWidget(issuesGroup);
    bodyLayout()->addWidget(summaryGroup);
    bodyLayout()->addWidget(bodyGroup, 1);

    connect(m_copyButton, &QPushButton::clicked, this, &ReviewPage::copyBody);
    connect(m_saveButton, &QPushButton::clicked, this, &ReviewPage::saveBody);
    connect(m_issues, &QListWidget::itemActivated, this, &ReviewPage::activateItem);

    setTabOrder(m_issues, m_body);
    setTabOrder(m_body, m_copyButton);
    setTabOrder(m_copyButton, m_saveButton);
    refreshFromDraft();
}

void ReviewPage::setPointerDescriber(std::function<QString(const QString &)> describer)
{
    m_describePointer = std::move(describer);
    refreshFromDraft();
}

void ReviewPage::setValueNamer(std::function<QString(const QString &, const QString &)> namer)
{
    m_nameValue = std::move(namer);
    refreshFromDraft();
}

QString ReviewPage::nameOf(const QString &pointer, const QString &id) const
{
    const QString name = m_nameValue ? m_nameValue(pointer, id) : QString();
    return name.isEmpty() ? id : name;
}

QString ReviewPage::bodyText() const
{
    return m_body->toPlainText();
}

void ReviewPage::addTools(QWidget *tools)
{
    tools->setParent(this);
    bodyLayout()->addWidget(tools);
}

bool ReviewPage::isComplete() const
{
    return !hasErrors(draft()->issues());
}

void ReviewPage::initializePage()
{
    refreshFromDraft();
}

void ReviewPage::refreshFromDraft()
{
    const CreateDesktopRequest &request = draft()->request();
    const QString body = QString::fromUtf8(RequestCodec::toBytes(request, QJsonDocument::Indented));
    if (body != m_body->toPlainText())
        m_body->setPlainText(body);
    m_summary->setText(summaryHtml());

    const ValidationIssues &issues = draft()->issues();
    m_issues->clear();
    int errors = 0;
    for (const ValidationIssue &issue : issues) {
        errors += issue.isError() ? 1 : 0;
        const QString where =
            issue.pointer.isEmpty() ? tr("The request") : m_describePointer(issue.pointer);
        const QString text = issue.isError() ? tr("Error — %1: %2").arg(where, issue.message)
                                             : tr("Warning — %1: %2").arg(where, issue.message);
        auto *item = new QListWidgetItem(text, m_issues);
        item->setData(kPointerRole, issue.pointer);
        item->setToolTip(issue.pointer);
        item->setIcon(style()->standardIcon(issue.isError() ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning));
        item->setForeground(issue.isError() ? FieldMessageLabel::errorColor(palette())
                                            : FieldMessageLabel::warningColor(palette()));
    }
    const int warnings = int(issues.size()) - errors;
    if (errors > 0)
        m_status->setText(
            tr("%n error(s) must be fixed before the request can be sent.", "", errors));
    else if (warnings > 0)
        m_status->setText(tr("No errors; %n warning(s) to read.", "", warnings));
    else
        m_status->setText(tr("No problems: the request is ready."));
    m_issues->setVisible(!issues.isEmpty());
}

void ReviewPage::copyBody()
{
    QApplication::clipboard()->setText(m_body->toPlainText());
}

void ReviewPage::saveBody()
{
    // Window-modal, without a nested event loop: the answer arrives through fileSelected.
    auto *dialog =
        new QFileDialog(this, tr("Save the JSON body"), QStringLiteral("create-desktops.json"),
                        tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("saveJsonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &ReviewPage::writeBody);
    dialog->open();
}

void ReviewPage::writeBody(const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = RequestCodec::toBytes(draft()->request(), QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Save the JSON body"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    qCInfo(lcUi) << "Saved the request body to" << path;
}

void ReviewPage::activateItem(QListWidgetItem *item)
{
    if (item)
        Q_EMIT issueActivated(item->data(kPointerRole).toString());
}

QString ReviewPage::summaryHtml() const
{
    const CreateDesktopRequest &r = draft()->request();
    const ValidationContext &context = draft()->context();
    QString html = QStringLiteral("<table>");
    html += row(tr("Desktop type"), orDash(r.desktopType));
    html += row(tr("Operating system"),
                tr("%1, %2").arg(ValidationContext::osTypeName(context.osType),
                                 ValidationContext::domainTypeName(context.domainType)));
    html += row(tr("Availability zone"),
                r.availabilityZone ? *r.availabilityZone : tr("the service's default"));
    html += row(tr("Product"), orDash(r.productId));
    html += row(tr("Image"),
                tr("%1 (%2)").arg(r.imageId ? nameOf(QStringLiteral("/image_id"), *r.imageId)
                                            : orDash(r.imageId),
                                  orDash(r.imageType)));
    if (r.rootVolume)
        html += row(tr("System disk"),
                    tr("%1, %2 GB")
                        .arg(orDash(r.rootVolume->type))
                        .arg(r.rootVolume->size ? QString::number(*r.rootVolume->size)
                                                : QStringLiteral("—")));
    QStringList disks;
    for (const Volume &volume : r.dataVolumes.value_or(QList<Volume>()))
        disks.append(tr("%1 %2 GB")
                         .arg(orDash(volume.type))
                         .arg(volume.size ? QString::number(*volume.size) : QStringLiteral("—")));
    html +=
        row(tr("Data disks"), disks.isEmpty() ? tr("none") : QLocale().createSeparatedList(disks));
    QStringList subnets;
    for (int i = 0; r.nics && i < r.nics->size(); ++i) {
        const std::optional<QString> &id = r.nics->at(i).subnetId;
        subnets.append(id ? nameOf(QStringLiteral("/nics/%1/subnet_id").arg(i), *id)
                          : QStringLiteral("—"));
    }
    html += row(tr("Network interfaces"),
                r.nics ? QLocale().createSeparatedList(subnets) : tr("the default subnet"));
    QStringList groups;
    for (int i = 0; r.securityGroups && i < r.securityGroups->size(); ++i) {
        const std::optional<QString> &id = r.securityGroups->at(i).id;
        groups.append(id ? nameOf(QStringLiteral("/security_groups/%1/id").arg(i), *id)
                         : QStringLiteral("—"));
    }
    html += row(tr("Security groups"),
                r.securityGroups ? QLocale().createSeparatedList(groups)
                                 : tr("the desktop security group"));
    html +=
        row(tr("Fixed desktop IPs"),
            r.desktopIps && !r.desktopIps->isEmpty() ? QLocale().createSeparatedList(*r.desktopIps)
                                                     : tr("none: assigned by the subnet"));
    QString eip = tr("none");
    if (r.eip && r.eip->id)
        eip = tr("existing %1").arg(*r.eip->id);
    else if (r.eip)
        eip = tr("new %1, %2, %3 Mbit/s")
                  .arg(orDash(r.eip->type), orDash(r.eip->chargeMode))
                  .arg(r.eip->bandwidthSize ? QString::number(*r.eip->bandwidthSize)
                                            : QStringLiteral("—"));
    html += row(tr("Elastic IP"), eip);
    if (r.sharedVpc) {
        const QStringList zones = r.sharedVpc->availabilityZones.value_or(QStringList());
        html += row(
            tr("Shared VPC Direct Connect"),
            tr("%1, port %2; zones: %3")
                .arg(orDash(r.sharedVpc->address))
                .arg(r.sharedVpc->port ? QString::number(*r.sharedVpc->port) : QStringLiteral("—"))
                .arg(zones.isEmpty() ? tr("none") : QLocale().createSeparatedList(zones)));
    }
    if (r.desktops) {
        QStringList users;
        for (const Desktop &desktop : *r.desktops)
            users.append(orDash(desktop.userName));
        html += row(tr("Desktops"),
                    tr("%n assigned: %1", "", int(r.desktops->size()))
                        .arg(QLocale().createSeparatedList(users)));
    } else if (r.size) {
        html += row(tr("Desktops"), tr("a pool of %n", "", *r.size));
        html +=
            row(tr("Desktop name or prefix"),
                r.desktopName ? *r.desktopName : tr("none: from the name policy or the service"));
    }
    if (r.desktopNamePolicyId)
        html += row(tr("Name policy"),
                    nameOf(QStringLiteral("/desktop_name_policy_id"), *r.desktopNamePolicyId));
    html += row(tr("E-mail notification"), r.sendsEmailNotification() ? tr("yes") : tr("no"));
    if (r.tags)
        html += row(tr("Tags"), tr("%n tag(s)", "", int(r.tags->size())));
    html += row(tr("Enterprise project"),
                r.enterpriseProjectId ? *r.enterpriseProjectId : tr("default (0)"));
    if (r.hourPackageProductId || r.hourPackageOfferingId)
        html += row(tr("Hourly package"),
                    tr("product %1, offering %2")
                        .arg(orDash(r.hourPackageProductId), orDash(r.hourPackageOfferingId)));
    html += QStringLiteral("</table>");
    return html;
}
