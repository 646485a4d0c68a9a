#include "app/Commands.h"

#include "models/RequestFile.h"
#include "models/TemplateStore.h"
#include "ui/BuiltInSandbox.h"
#include "ui/ConnectionDraft.h"
#include "ui/LiveConnection.h"
#include "ui/ProvisionWizard.h"
#include "ui/Translations.h"
#include "ui/WizardTemplates.h"
#include "ui/pages/ConnectionPage.h"
#include "ui/pages/SubmitPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QPixmap>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>

namespace {

/** The wizard's texts, in the translation context "WizardCommand" (a class lupdate can read). */
struct WizardCommandText
{
    Q_DECLARE_TR_FUNCTIONS(WizardCommand)
};

/**
 * Quits the application right after the first page's first paint (start-up measurement), saying
 * on stdout how long it took and whether the built-in sandbox was already running: it must not
 * be, since nothing the first page does not need may delay the first paint.
 */
class FirstPaintQuitter : public QObject
{
public:
    FirstPaintQuitter(const QElapsedTimer &sinceStart, const BuiltInSandbox *sandbox)
        : m_sinceStart(sinceStart)
        , m_sandbox(sandbox)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            const QString sandbox = m_sandbox->isRunning()
                ? WizardCommandText::tr("the built-in sandbox was already running")
                : WizardCommandText::tr("the built-in sandbox had not started");
            QTextStream(stdout) << WizardCommandText::tr(
                                       "deskwiz: painted the first page after %1 ms; %2.")
                                       .arg(m_sinceStart.elapsed())
                                       .arg(sandbox)
                                << Qt::endl;
            // The event loop ends once this paint is done, before anything scheduled after the
            // first paint runs (e.g. the built-in sandbox).
            QCoreApplication::exit(0);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceStart;
    const BuiltInSandbox *m_sandbox;
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
            // exit(), not quit(): quit() closes the window first, which asks about unsent input.
            QCoreApplication::exit(0);
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
            QCoreApplication::exit(0);
            return;
        }
        connect(submission, &DesktopSubmission::finished, this, [this] {
            QTimer::singleShot(300, this, [this] {
                grab();
                QCoreApplication::exit(0);
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

/**
 * The arguments QGuiApplication and QApplication take for themselves (e.g. -platform offscreen,
 * -style fusion): accepted here, hidden from help, and left in argv for the QApplication.
 */
QList<QCommandLineOption> qtGuiOptions()
{
    QList<QCommandLineOption> options;
    for (const char *name : {"platform", "platformpluginpath", "platformtheme", "plugin",
                             "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "display",
                             "geometry", "title", "icon", "name", "style", "stylesheet"}) {
        options.append(
            QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("VALUE")));
    }
    for (const char *name : {"reverse", "widgetcount"})
        options.append(QCommandLineOption(QString::fromLatin1(name)));
    for (QCommandLineOption &option : options)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    return options;
}

/** The languages deskwiz has a translation for, e.g. "en, zh_CN" (the .qm files under :/i18n). */
QString availableLanguages()
{
    const QString prefix = QStringLiteral("deskwiz_");
    const QString suffix = QStringLiteral(".qm");
    QStringList languages;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({prefix + QLatin1Char('*') + suffix}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size(), file.size() - prefix.size() - suffix.size()));
    languages.sort();
    return languages.join(QLatin1String(", "));
}

/** "deskwiz: unknown option '--bogus'; see deskwiz --help", or the parser's own words. */
QString usageError(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString name = unknown.constFirst();
        return WizardCommandText::tr("deskwiz: unknown option '%1'; see deskwiz --help")
            .arg((name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name);
    }
    if (parser.errorText().isEmpty()) {
        return WizardCommandText::tr("deskwiz: unknown command '%1'; see deskwiz --help")
            .arg(parser.positionalArguments().value(0));
    }
    return WizardCommandText::tr("deskwiz: %1 See deskwiz --help.").arg(parser.errorText());
}

/** Reads --template FILE; after printing why it cannot be used, nullopt. */
std::optional<RequestFile> readTemplate(const QString &path)
{
    const RequestFile file = RequestFile::load(path);
    QTextStream err(stderr);
    for (const QString &warning : file.warnings)
        err << warning << '\n';
    if (file.ok())
        return file;
    if (file.isTemplate() && file.status == RequestFile::Status::Invalid) {
        // "path:line:column /pointer: message", from the one template reader.
        for (const Template::Problem &problem : TemplateStore().load(file.path).errors)
            err << problem.toString() << '\n';
    } else {
        if (!file.errorMessage.isEmpty())
            err << file.errorMessage << '\n';
        for (const ValidationIssue &issue : file.errors)
            err << file.path << ": " << issue.pointer << ": " << issue.message << '\n';
    }
    return std::nullopt;
}

} // namespace

std::optional<WizardStart> readWizardArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    // One dash and a word is one option, as Qt's own -platform and -style are.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"));
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(),
                                            QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption firstPaintOption(QStringLiteral("quit-after-first-paint"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot-dir"), QString(),
                                              QStringLiteral("DIR"));
    const QCommandLineOption submitShotOption(QStringLiteral("screenshot-submit"));
    const QCommandLineOption sizeOption(QStringLiteral("window-size"), QString(),
                                        QStringLiteral("WIDTHxHEIGHT"));
    parser.addOptions({sandboxOption, templateOption, langOption, firstPaintOption,
                       screenshotOption, submitShotOption, sizeOption});
    parser.addOptions(qtGuiOptions());
    const bool parsed = parser.parse(arguments) && parser.positionalArguments().isEmpty();

    WizardStart start;
    start.locale =
        parsed && parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale::system();
    const bool translated = installTranslations(QCoreApplication::instance(), start.locale);
    QTextStream err(stderr);
    if (!parsed) {
        err << usageError(parser) << '\n';
        return std::nullopt;
    }
    if (parser.isSet(langOption) && !translated) {
        err << WizardCommandText::tr("deskwiz: warning: there is no translation for --lang '%1'; "
                                     "using English. Available: %2.")
                   .arg(parser.value(langOption), availableLanguages())
            << Qt::endl;
    }
    if (parser.isSet(templateOption)) {
        start.templateFile = readTemplate(parser.value(templateOption));
        if (!start.templateFile)
            return std::nullopt;
    }
    start.sandbox = parser.isSet(sandboxOption);
    start.quitAfterFirstPaint = parser.isSet(firstPaintOption);
    start.screenshotDir = parser.value(screenshotOption);
    start.screenshotSubmit = parser.isSet(submitShotOption);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    if (size.size() == 2)
        start.windowSize = QSize(size.at(0).toInt(), size.at(1).toInt());
    return start;
}

int runWizard(const WizardStart &start)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QLocale::setDefault(start.locale);
    installTranslations(QCoreApplication::instance(), start.locale);

    RequestDraft draft;
    draft.setRequest(ProvisionWizard::startingRequest(draft.limits()));
    ConnectionDraft connection;
    ProvisionWizard wizard(&draft, &connection);
    wizard.rememberConnections();
    // The --template file fills the wizard as "Start from template" does, notes and warnings
    // shown on the first page.
    if (start.templateFile)
        wizard.templates()->startFromFile(*start.templateFile);
    const bool templateConnects = start.templateFile && start.templateFile->fileTemplate
        && !start.templateFile->fileTemplate->connection.isEmpty();
    // --sandbox always wins; a template's connection next; else where the operator went last
    // time, or the built-in sandbox on a first run. The sandbox starts after the first paint
    // (a failure to start is said on the page, below the region list).
    if (start.sandbox) {
        wizard.connectionPage()->chooseBuiltInSandboxAfterFirstPaint();
    } else if (!templateConnects) {
        wizard.startOnRecentConnection();
    }
    if (start.windowSize.isValid()) {
        wizard.setMinimumSize(0, 0);
        wizard.resize(start.windowSize);
    }
    FirstPaintQuitter quitter(sinceStart, wizard.builtInSandbox());
    if (start.quitAfterFirstPaint)
        wizard.page(wizard.startId())->installEventFilter(&quitter);
    if (!start.screenshotDir.isEmpty())
        new ScreenshotTour(&wizard, start.screenshotDir, start.screenshotSubmit);
    wizard.show();
    return QApplication::exec();
}
