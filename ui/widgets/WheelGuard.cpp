#include "ui/widgets/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

void WheelGuard::guardChildrenOf(QWidget *root)
{
    auto *guard = new WheelGuard(root);
    guard->setObjectName(QStringLiteral("wheelGuard"));
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!qobject_cast<QComboBox *>(widget) && !qobject_cast<QAbstractSpinBox *>(widget))
            continue;
        widget->setFocusPolicy(Qt::StrongFocus); // not WheelFocus: the wheel does not focus it
        widget->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && !widget->hasFocus()) {
            // Filtered and not accepted: QApplication hands the wheel on to the parents.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
