#pragma once

// Building blocks for DraftTableModel subclasses: how to reach a list inside a request and how to
// read and write one member of its items. Templates, so their bodies live here.

#include "models/DraftTableModel.h"

#include <optional>

namespace DraftListAccess {

/** Reaches an optional list inside a request (for reading and for writing). */
template<typename Item>
struct ListRef
{
    std::function<std::optional<QList<Item>>(const CreateDesktopRequest &)> get;
    std::function<std::optional<QList<Item>> &(CreateDesktopRequest &)> ref;
};

/** A list that is a direct member of the request. */
template<typename Item>
ListRef<Item> member(std::optional<QList<Item>> CreateDesktopRequest::*list)
{
    return {[list](const CreateDesktopRequest &request) { return request.*list; },
            [list](CreateDesktopRequest &request) -> std::optional<QList<Item>> & {
                return request.*list;
            }};
}

/**
 * Count/insert/remove/move over `list`. An emptied list becomes unset (omitted from the body)
 * unless `keepEmptyList` (e.g. `desktops`, whose presence chooses the assigned mode).
 */
template<typename Item>
DraftTableModel::ListAccess access(ListRef<Item> list, Item fresh, bool keepEmptyList = false)
{
    DraftTableModel::ListAccess result;
    result.count = [list](const CreateDesktopRequest &request) {
        const std::optional<QList<Item>> items = list.get(request);
        return items ? int(items->size()) : 0;
    };
    result.insertNew = [list, fresh](CreateDesktopRequest &request, int row) {
        std::optional<QList<Item>> &items = list.ref(request);
        if (!items)
            items = QList<Item>();
        items->insert(qBound(0, row, int(items->size())), fresh);
    };
    result.remove = [list, keepEmptyList](CreateDesktopRequest &request, int row) {
        std::optional<QList<Item>> &items = list.ref(request);
        if (!items || row < 0 || row >= items->size())
            return;
        items->removeAt(row);
        if (items->isEmpty() && !keepEmptyList)
            items.reset();
    };
    result.move = [list](CreateDesktopRequest &request, int from, int to) {
        std::optional<QList<Item>> &items = list.ref(request);
        if (items && from >= 0 && to >= 0 && from < items->size() && to < items->size())
            items->move(from, to);
    };
    return result;
}

/** Text: blank means unset. */
inline std::optional<QString> textFromVariant(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

/** A whole number: blank or not a number means unset. */
inline std::optional<int> intFromVariant(const QVariant &value)
{
    bool ok = false;
    const int number = value.toString().trimmed().toInt(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

/** A column over an optional QString member of the items. */
template<typename Item>
DraftTableModel::Column textColumn(const QString &key, const QString &header,
                                   const QString &toolTip, ListRef<Item> list,
                                   std::optional<QString> Item::*field)
{
    DraftTableModel::Column column;
    column.key = key;
    column.header = header;
    column.toolTip = toolTip;
    column.read = [list, field](const CreateDesktopRequest &request, int row) -> QVariant {
        const std::optional<QList<Item>> items = list.get(request);
        if (!items || row >= items->size())
            return {};
        return (items->at(row).*field).value_or(QString());
    };
    column.write = [list, field](CreateDesktopRequest &request, int row, const QVariant &value) {
        std::optional<QList<Item>> &items = list.ref(request);
        if (items && row < items->size())
            (*items)[row].*field = textFromVariant(value);
    };
    return column;
}

/** A column over an optional int member of the items. */
template<typename Item>
DraftTableModel::Column intColumn(const QString &key, const QString &header, const QString &toolTip,
                                  ListRef<Item> list, std::optional<int> Item::*field)
{
    DraftTableModel::Column column;
    column.key = key;
    column.header = header;
    column.toolTip = toolTip;
    column.read = [list, field](const CreateDesktopRequest &request, int row) -> QVariant {
        const std::optional<QList<Item>> items = list.get(request);
        if (!items || row >= items->size() || !(items->at(row).*field))
            return {};
        return *(items->at(row).*field);
    };
    column.write = [list, field](CreateDesktopRequest &request, int row, const QVariant &value) {
        std::optional<QList<Item>> &items = list.ref(request);
        if (items && row < items->size())
            (*items)[row].*field = intFromVariant(value);
    };
    return column;
}

/** A column over a list of plain strings (the item itself, e.g. `desktop_ips/N`). */
inline DraftTableModel::Column stringItemColumn(const QString &header, const QString &toolTip,
                                                ListRef<QString> list)
{
    DraftTableModel::Column column;
    column.header = header;
    column.toolTip = toolTip;
    column.read = [list](const CreateDesktopRequest &request, int row) -> QVariant {
        const std::optional<QStringList> items = list.get(request);
        if (!items || row >= items->size())
            return {};
        return items->at(row);
    };
    column.write = [list](CreateDesktopRequest &request, int row, const QVariant &value) {
        std::optional<QStringList> &items = list.ref(request);
        if (items && row < items->size())
            (*items)[row] = value.toString();
    };
    return column;
}

} // namespace DraftListAccess
