#include "ui/Translations.h"

#include "ui/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

bool installTranslations(QCoreApplication *application, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(application);
    if (qtTranslator->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(application);
    if (!translator->load(locale, QStringLiteral("deskwiz"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        qCDebug(lcUi) << "No deskwiz translation for" << locale.name();
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}
