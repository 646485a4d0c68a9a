#pragma once

#include <QObject>

class QWidget;

/**
 * Keeps the mouse wheel for scrolling the page: a combo box or spin box takes wheel events only
 * while it has focus (a click or Tab gives it focus; the wheel no longer does). Unfocused, the
 * wheel passes on to the scroll area around it, so scrolling a page never changes a value the
 * pointer happens to cross (e.g. an EIP's charge mode).
 */
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    /** Guards every combo box and spin box below `root` that exists now; owned by `root`. */
    static void guardChildrenOf(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
