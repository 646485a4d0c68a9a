#pragma once

#include <QLocale>

class QCoreApplication;

/**
 * Installs deskwiz's translation (compiled in under :/i18n/) and Qt's own (for the wizard's
 * buttons) for `locale`. Returns true when deskwiz's translation was found; English needs none.
 */
bool installTranslations(QCoreApplication *application, const QLocale &locale);
