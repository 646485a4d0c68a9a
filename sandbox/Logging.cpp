#include "sandbox/Logging.h"

Q_LOGGING_CATEGORY(lcSandbox, "deskwiz.sandbox", QtInfoMsg)
