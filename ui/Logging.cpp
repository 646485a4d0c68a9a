#include "ui/Logging.h"

Q_LOGGING_CATEGORY(lcUi, "deskwiz.ui", QtInfoMsg)
