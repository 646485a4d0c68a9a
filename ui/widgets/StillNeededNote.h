#pragma once

#include <QLabel>
#include <QStringList>

/**
 * One line at the foot of a page that names the fields Next still waits for while they keep quiet
 * (FieldMessageLabel::followInput(): an empty field the operator has not had a go at says nothing
 * yet), e.g. "Still needed: Product (package), Image type and Image". Hidden when there is none,
 * so Next is never disabled without a word on the page.
 */
class StillNeededNote : public QLabel
{
    Q_OBJECT
public:
    explicit StillNeededNote(QWidget *parent = nullptr);

    /** Names `fields` (as their labels say), or hides the note when there are none. */
    void showFields(const QStringList &fields);
};
