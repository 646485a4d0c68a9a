#pragma once

#include <QList>
#include <QString>

class QComboBox;
class QWidget;

/** One entry of a choice list: the value sent to the API, what the operator reads, availability. */
struct ComboChoice
{
    QString value; ///< e.g. a product id
    QString label; ///< e.g. "workspace.c2.large.windows.2 (2 vCPUs, 4 GB, Windows)"
    bool available = true; ///< false: shown but not selectable (e.g. sold out)
    QString toolTip;
};

/**
 * Replaces the entries of an (editable) combo box with `choices` while keeping the value the
 * operator has already chosen or typed, without writing anything back. This is how the look-ups
 * fill the wizard's lists; typing a value stays possible when a look-up fails.
 */
void setComboChoices(QComboBox *combo, const QList<ComboChoice> &choices);

/** The same for plain values (label = value). */
void setComboValues(QComboBox *combo, const QStringList &values);

/**
 * A combo box named `objectName`. Editable ones accept any typed value (the look-ups fill their
 * lists later); a fixed one starts with a blank "not set" entry when `withBlank`.
 */
QComboBox *createChoiceCombo(QWidget *parent, const QString &objectName, bool editable,
                             const QList<ComboChoice> &choices, bool withBlank = false);
