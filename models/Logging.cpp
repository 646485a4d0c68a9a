#include "models/Logging.h"

Q_LOGGING_CATEGORY(lcModels, "deskwiz.models", QtInfoMsg)
