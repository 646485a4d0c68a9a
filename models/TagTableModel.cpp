#include "models/TagTableModel.h"

#include "models/DraftListAccess.h"

namespace {

QList<DraftTableModel::Column> tagColumns()
{
    using namespace DraftListAccess;
    const ListRef<Tag> list = member(&CreateDesktopRequest::tags);
    return {
        textColumn(QStringLiteral("key"), TagTableModel::tr("Key"),
                   TagTableModel::tr("Required, unique, up to 128 characters: letters, digits, - "
                                     "and _"),
                   list, &Tag::key),
        textColumn(QStringLiteral("value"), TagTableModel::tr("Value"),
                   TagTableModel::tr("Up to 43 characters: letters, digits, - and _"), list,
                   &Tag::value),
    };
}

} // namespace

TagTableModel::TagTableModel(RequestDraft *draft, QObject *parent)
    : DraftTableModel(
        draft, QStringLiteral("/tags"),
        DraftListAccess::access(DraftListAccess::member(&CreateDesktopRequest::tags), Tag()),
        tagColumns(), parent)
{
}
