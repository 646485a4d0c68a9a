#pragma once

#include <QString>

/** What a form label says without its mnemonic and colon, as in any language's translation. */
namespace LabelText {

/**
 * "System disk &size:" → "System disk size"; "系统盘大小(&S)：" → "系统盘大小": the name of the
 * field for accessible names and for naming the field elsewhere (review, "Still needed").
 */
QString plain(const QString &label);

} // namespace LabelText
