#include "ui/widgets/StillNeededNote.h"

#include <QLocale>

StillNeededNote::StillNeededNote(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("stillNeededNote"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void StillNeededNote::showFields(const QStringList &fields)
{
    QStringList names = fields;
    names.removeDuplicates();
    const QString text = names.isEmpty()
        ? QString()
        : tr("Still needed: %1").arg(QLocale().createSeparatedList(names));
    if (text != this->text()) {
        setText(text);
        setAccessibleDescription(text);
    }
    setVisible(!names.isEmpty());
}
