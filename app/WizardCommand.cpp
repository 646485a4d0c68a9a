#include "app/Commands.h"

#include "models/RequestFile.h"
#include "models/TemplateStore.h"
#include "ui/BuiltInSandbox.h"
#include "ui/ConnectionDraft.h"
#include "ui/LiveConnection.h"
#include "ui/ProvisionWizard.h"
#include "ui/TemplateDrafts.h"
#include "ui/Translations.h"
#include "ui/pages/ConnectionPage.h"
#include "ui/pages/SubmitPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>

namespace {

/** Quits the application right after the wizard's first paint (start-up measurement). */
class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // The event loop ends once this paint is done, before anything scheduled after the
            // first paint runs (e.g. the built-in sandbox of a first run).
            QCoreApplication::exit(0);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

/**
 * Visits every page of the wizard and saves a PNG of each into a folder, then quits. Each page
 * gets a moment to settle so that its look-ups have filled the lists; the connection is tested
 * first so the first picture shows the result. With `submit`, the request is sent on the last
 * page and the page is taken while the desktops are created and again when all are final.
 */
class ScreenshotTour : public QObject
{
public:
    ScreenshotTour(ProvisionWizard *wizard, QString folder, bool submit)
        : QObject(wizard)
        , m_wizard(wizard)
        , m_folder(std::move(folder))
        , m_submit(submit)
        , m_ids(wizard->pageIds())
    {
        QDir().mkpath(m_folder);
        QTimer::singleShot(300, this, [this] {
            m_wizard->liveConnection()->test();
            QTimer::singleShot(kSettleMs, this, &ScreenshotTour::shootAndAdvance);
        });
    }

private:
    static constexpr int kSettleMs = 900;

    void grab(const QString &suffix = QString())
    {
        const int id = m_wizard->currentId();
        const QString name = QStringLiteral("%1-%2%3.png")
                                 .arg(m_ids.indexOf(id) + 1, 2, 10, QLatin1Char('0'))
                                 .arg(m_wizard->page(id)->objectName(), suffix);
        const QString path = QDir(m_folder).filePath(name);
        if (!m_wizard->grab().save(path))
            QTextStream(stderr) << "deskwiz: could not write " << path << '\n';
    }

    void shootAndAdvance()
    {
        const int id = m_wizard->currentId();
        if (id == ProvisionWizard::SubmitPageId && m_submit) {
            submitAndShoot();
            return;
        }
        grab();
        const int index = int(m_ids.indexOf(id));
        if (index < 0 || index + 1 >= m_ids.size()) {
            QCoreApplication::quit();
            return;
        }
        m_wizard->setCurrentId(m_ids.at(index + 1));
        QTimer::singleShot(kSettleMs, this, &ScreenshotTour::shootAndAdvance);
    }

    void submitAndShoot()
    {
        DesktopSubmission *submission = m_wizard->submitPage()->submission();
        auto *button =
            m_wizard->submitPage()->findChild<QPushButton *>(QStringLiteral("submitButton"));
        if (!button || !button->isEnabled()) {
            grab();
            QCoreApplication::quit();
            return;
        }
        connect(submission, &DesktopSubmission::finished, this, [this] {
            QTimer::singleShot(300, this, [this] {
                grab();
                QCoreApplication::quit();
            });
        });
        button->click();
        QTimer::singleShot(4500, this, [this] { grab(QStringLiteral("-running")); });
    }

    ProvisionWizard *m_wizard;
    QString m_folder;
    bool m_submit;
    QList<int> m_ids;
};

} // namespace

int runWizard(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("WizardCommand",
                                    "Opens the wizard that creates Workspace "
                                    "desktops."));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("WizardCommand",
                                    "Start the local simulator and connect to it."));
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        QCoreApplication::translate("WizardCommand", "Start from this template or request body."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("WizardCommand", "The language, e.g. en or zh_CN."),
        QStringLiteral("LANG"));
    QCommandLineOption firstPaintOption(QStringLiteral("quit-after-first-paint"));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot-dir"), QString(),
                                        QStringLiteral("DIR"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption submitShotOption(QStringLiteral("screenshot-submit"));
    submitShotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption sizeOption(QStringLiteral("window-size"), QString(),
                                  QStringLiteral("WIDTHxHEIGHT"));
    sizeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({sandboxOption, templateOption, langOption, firstPaintOption,
                       screenshotOption, submitShotOption, sizeOption});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "deskwiz: "
                            << (parser.errorText().isEmpty()
                                    ? QCoreApplication::translate("WizardCommand",
                                                                  "unknown command %1")
                                          .arg(parser.positionalArguments().value(0))
                                    : parser.errorText())
                            << '\n'
                            << QCoreApplication::translate("WizardCommand",
                                                           "Run deskwiz --help for the commands.")
                            << '\n';
        return 2;
    }

    const QLocale locale =
        parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale::system();
    QLocale::setDefault(locale);
    installTranslations(QCoreApplication::instance(), locale);

    RequestDraft draft;
    draft.setRequest(ProvisionWizard::startingRequest(draft.limits()));
    std::optional<Template> startTemplate;
    if (parser.isSet(templateOption)) {
        const RequestFile file = RequestFile::load(parser.value(templateOption));
        QTextStream err(stderr);
        for (const QString &warning : file.warnings)
            err << warning << '\n';
        if (!file.ok()) {
            if (file.isTemplate && file.status == RequestFile::Status::Invalid) {
                // "path:line:column /pointer: message", from the one template reader.
                for (const Template::Problem &problem : TemplateStore().load(file.path).errors)
                    err << problem.toString() << '\n';
            } else {
                if (!file.errorMessage.isEmpty())
                    err << file.errorMessage << '\n';
                for (const ValidationIssue &issue : file.errors)
                    err << file.path << ": " << issue.pointer << ": " << issue.message << '\n';
            }
            return 2;
        }
        if (file.context)
            draft.setContext(*file.context);
        draft.setRequest(file.request);
        startTemplate = file.fileTemplate;
    }

    ConnectionDraft connection;
    if (startTemplate)
        TemplateDrafts::applySettings(startTemplate->connection, &connection);

    ProvisionWizard wizard(&draft, &connection);
    wizard.rememberConnections();
    // --sandbox always wins; a template's connection next; else where the operator went last
    // time, or the built-in sandbox on a first run (started after the first paint).
    if (parser.isSet(sandboxOption)) {
        if (!wizard.connectionPage()->chooseBuiltInSandbox()) {
            QTextStream(stderr) << "deskwiz: " << wizard.builtInSandbox()->errorString() << '\n';
            return 4;
        }
    } else if (!startTemplate || startTemplate->connection.isEmpty()) {
        wizard.startOnRecentConnection();
    }
    if (parser.isSet(sizeOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2) {
            wizard.setMinimumSize(0, 0);
            wizard.resize(size.at(0).toInt(), size.at(1).toInt());
        }
    }
    FirstPaintQuitter quitter;
    if (parser.isSet(firstPaintOption))
        wizard.installEventFilter(&quitter);
    if (parser.isSet(screenshotOption))
        new ScreenshotTour(&wizard, parser.value(screenshotOption), parser.isSet(submitShotOption));
    wizard.show();
    return QApplication::exec();
}
