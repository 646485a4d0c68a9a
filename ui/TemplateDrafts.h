#pragma once

#include "models/ConnectionProfile.h"
#include "models/Template.h"

#include <QString>
#include <QStringList>

class ConnectionDraft;
class RequestDraft;
struct Connection;

/**
 * Moves templates and connection profiles in and out of the wizard's drafts. Secrets never cross:
 * what comes out of a ConnectionDraft has no token, password or SK, and what goes in leaves the
 * draft's secrets as they are.
 */
namespace TemplateDrafts {

/** The connection settings of `connection` without its secrets; `regionId` is the catalogue one. */
ConnectionSettings settingsOf(const Connection &connection, const QString &regionId);

/**
 * The template the wizard would save: the draft's request (without users and desktop IPs when
 * `withoutPerRunData`), its context and the connection minus secrets.
 */
Template templateOf(const RequestDraft &draft, const ConnectionDraft &connection,
                    const QString &name, const QString &description, bool withoutPerRunData);

/**
 * Puts `settings` into `connection` (members it does not set keep their value). The secrets are
 * kept only while they still belong to the same endpoints, login kind and identity; otherwise they
 * are cleared, so that a secret never goes to another host or account. Returns notes for the
 * operator, e.g. that the secret must still be typed.
 */
QStringList applySettings(const ConnectionSettings &settings, ConnectionDraft *connection);

/**
 * Starts the drafts from `value`: its request and context into `draft`, its connection into
 * `connection` (see applySettings). Returns notes for the operator, translated.
 */
QStringList applyTemplate(const Template &value, RequestDraft *draft, ConnectionDraft *connection);

} // namespace TemplateDrafts
