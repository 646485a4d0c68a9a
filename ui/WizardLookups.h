#pragma once

#include "ui/LookupLoader.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

class ProvisionWizard;
class QLabel;
class QWizardPage;

/**
 * Fills the lists of a ProvisionWizard's pages from the look-ups when each page is entered, and
 * again when what a list depends on changes (products follow the zone and OS, images the image
 * type and OS). Each page shows a note while its lists load ("loading…") or when one failed
 * ("failed: reason — type the value"); typing stays possible throughout. Choosing an image sets
 * the OS type the request is judged against and its smallest system disk (min_disk); the service
 * configuration sets the domain type; a user picked from the list fills that row's e-mail and phone
 * when they are empty.
 *
 * A list follows what the operator types: the look-ups wait until typing pauses, a value the
 * Validator rejects (e.g. a half-typed image type) starts none, and only the answer for the value
 * that is current fills the list, whatever order the answers arrive in.
 */
class WizardLookups : public QObject
{
    Q_OBJECT
public:
    WizardLookups(ProvisionWizard *wizard, LookupLoader *loader, QObject *parent = nullptr);

    /** The note shown on the page with id `pageId` (for tests), or nullptr. */
    QLabel *noteOf(int pageId) const { return m_notes.value(pageId); }

private:
    void onPageEntered(int pageId);
    void loadDesktopLists();
    void loadProducts();
    void loadImages();
    void loadNetworkLists();
    void loadUserLists();
    void onDraftChanged();
    /** True when the draft has no error at `pointer` (a value worth looking up). */
    bool isAcceptable(const QString &pointer) const;
    void onDesktopCellChanged(int row, int column);

    /** Records the state of one look-up of a page and redraws the page's note. */
    void setState(int pageId, const QString &what, const QString &state);
    /**
     * A handler that records `what` on `pageId` and hands successful choices to `apply`. With
     * `isCurrent`, an answer for which it returns false is dropped: a newer look-up of the same
     * list has been started since (e.g. the operator typed on), and only its answer counts.
     */
    LookupLoader::Handler track(int pageId, const QString &what,
                                std::function<void(const QList<ComboChoice> &)> apply,
                                std::function<bool()> isCurrent = {});
    QLabel *ensureNote(int pageId);

    ProvisionWizard *m_wizard;
    LookupLoader *m_loader;
    QHash<int, QLabel *> m_notes;
    QHash<int, QHash<QString, QString>> m_states; ///< page → look-up → "" (ok) or a message
    QTimer *m_typingPause; ///< products and images are looked up once typing pauses
    QString m_productsKey;
    QString m_imagesKey;
    QString m_lastImageId;
    QString m_domainAppliedFor;
};
