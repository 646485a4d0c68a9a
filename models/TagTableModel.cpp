#include "models/TagTableModel.h"

#include "models/DraftListAccess.h"

namespace {

QList<DraftTableModel::Column> tagColumns(const ApiLimits &limits)
{
    using namespace DraftListAccess;
    const ListRef<Tag> list = member(&CreateDesktopRequest::tags);
    const QString characters = DraftTableModel::allowedCharactersText(limits.tagAllowedPunctuation);
    return {
        textColumn(QStringLiteral("key"), TagTableModel::tr("Key"),
                   TagTableModel::tr("Required, unique, up to %1 characters: %2")
                       .arg(limits.tagKeyMaxLength)
                       .arg(characters),
                   list, &Tag::key),
        textColumn(QStringLiteral("value"), TagTableModel::tr("Value"),
                   TagTableModel::tr("Up to %1 characters: %2")
                       .arg(limits.tagValueMaxLength)
                       .arg(characters),
                   list, &Tag::value),
    };
}

} // namespace

TagTableModel::TagTableModel(RequestDraft *draft, QObject *parent)
    : DraftTableModel(
        draft, QStringLiteral("/tags"),
        DraftListAccess::access(DraftListAccess::member(&CreateDesktopRequest::tags), Tag()),
        tagColumns(draft->limits()), parent)
{
}
