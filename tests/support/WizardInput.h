#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

class QComboBox;
class QTableView;
class QWidget;
class QWizard;

// How the GUI tests give the wizard its input: as a person would, with keys and clicks on the real
// widgets, found by objectName. A helper that fails records the failure in the running test
// (QVERIFY); the caller goes on, so tests check their own outcome after it.
namespace WizardInput {

/** The child of `root` called `name`, or nullptr with a warning naming it. */
template<typename T>
T *find(const QObject *root, const char *name)
{
    auto *child = root->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        qWarning("no widget called %s", name);
    return child;
}

/** Selects all the text of a line edit, an editable combo box or a spin box and types `text`. */
void replaceText(QWidget *input, const QString &text);
/** Walks `combo` to the item whose data is `value` with the arrow keys. */
void chooseData(QComboBox *combo, const QVariant &value);
/** Opens the cell's editor with F2, types `text`, commits it with Return and waits for it. */
void typeIntoCell(QTableView *table, int row, int column, const QString &text);
/** Clicks Next once it is enabled and checks that the wizard went on. */
void goNext(QWizard *wizard);

} // namespace WizardInput
