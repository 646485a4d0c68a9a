// The Chinese translation: loaded the way deskwiz loads it, it turns the rules' messages into
// Chinese (with the user's value kept), and every message of translations/deskwiz_zh_CN.ts is
// translated, so that a string added later without its translation fails here.
#include "models/Validator.h"
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QString kZhCnTsFile = QStringLiteral(DESKWIZ_SOURCE_DIR "/translations/deskwiz_zh_CN.ts");

bool hasCjk(const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() >= 0x4E00 && character.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

/** The placeholders (%1 … %99, %n) of a text, sorted, one entry each time one occurs. */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

/** One message of a .ts file as written there. */
struct TsMessage
{
    QString context;
    QString source;
    QString type; ///< the translation's type attribute: "" when finished
    QStringList forms; ///< the translation, or its numerus forms
    bool numerus = false;
};

QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message")
            messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms.append(xml.readElementText());
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void validatorSpeaksChinese();
    void everyMessageTranslated();
};

void TestTranslations::cleanup()
{
    // installTranslations() parents its translators to the application: remove them again.
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::validatorSpeaksChinese()
{
    const Validator validator;
    const IntRange sizes = validator.limits().rootVolumeSize;
    CreateDesktopRequest request;
    // Out of range whatever the step: above the largest size the API takes.
    const int badSize = sizes.max + 5;
    request.rootVolume = Volume {validator.limits().volumeTypes.value(0), badSize, {}};

    const auto sizeMessage = [&] {
        const ValidationIssues issues = issuesUnder(
            validator.validate(request, ValidationContext()), QStringLiteral("/root_volume/size"));
        return issues.isEmpty() ? QString() : issues.first().message;
    };
    const QString english = sizeMessage();
    QVERIFY2(!english.isEmpty(), "the validator reports no problem with the root size");
    QVERIFY2(!hasCjk(english), qPrintable(english));

    QVERIFY(installTranslations(qApp, QLocale(QLocale::Chinese, QLocale::China)));
    const QString chinese = sizeMessage();
    QVERIFY2(hasCjk(chinese), qPrintable(chinese));
    QVERIFY2(chinese.contains(QString::number(badSize)), qPrintable(chinese));
    QVERIFY2(chinese.contains(QString::number(sizes.min)), qPrintable(chinese));
    QVERIFY2(chinese != english, qPrintable(chinese));
}

void TestTranslations::everyMessageTranslated()
{
    QString error;
    const QList<TsMessage> messages = readTsFile(kZhCnTsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(kZhCnTsFile + QLatin1String(": ") + error));
    QVERIFY2(!messages.isEmpty(), qPrintable(kZhCnTsFile + QLatin1String(" has no message")));

    QStringList problems;
    for (const TsMessage &message : messages) {
        const QString where =
            message.context + QLatin1String(": \"") + message.source + QLatin1Char('"');
        if (!message.type.isEmpty()) {
            problems.append(where + QLatin1String(" is ") + message.type);
            continue;
        }
        if (message.forms.isEmpty()
            || std::any_of(message.forms.cbegin(), message.forms.cend(),
                           [](const QString &form) { return form.trimmed().isEmpty(); })) {
            problems.append(where + QLatin1String(" has an empty translation"));
            continue;
        }
        for (const QString &form : message.forms) {
            if (placeholders(form) != placeholders(message.source)) {
                problems.append(where + QLatin1String(" has other placeholders: \"") + form
                                + QLatin1Char('"'));
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 messages of %3 need work (run the "
                                       "update_translations target, then translate):\n  %4")
                            .arg(problems.size())
                            .arg(messages.size())
                            .arg(kZhCnTsFile, problems.join(QLatin1String("\n  ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
