#include "tests/support/WizardInput.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QWizard>

namespace WizardInput {

void replaceText(QWidget *input, const QString &text)
{
    QWidget *target = input;
    if (auto *combo = qobject_cast<QComboBox *>(input))
        target = combo->lineEdit();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(input))
        target = spin->findChild<QLineEdit *>();
    QVERIFY(target);
    target->setFocus();
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_Delete);
    QTest::keyClicks(target, text);
}

void chooseData(QComboBox *combo, const QVariant &value)
{
    QVERIFY(combo);
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value.toString()));
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), index);
}

void typeIntoCell(QTableView *table, int row, int column, const QString &text)
{
    QVERIFY(table);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    // The keys go where a person's would: to the editor that has focus (a combo box hands them
    // on to its line edit, after its delegate has seen them).
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from a queued call
    QTRY_COMPARE(table->model()->index(row, column).data(Qt::EditRole).toString(), text);
}

void goNext(QWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY2(next->isEnabled(), qPrintable(wizard->currentPage()->objectName()));
    const int before = wizard->currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(wizard->currentId() > before);
}

} // namespace WizardInput
