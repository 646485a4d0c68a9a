#pragma once

#include "ui/pages/DraftPage.h"

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

/**
 * Page 7: a readable summary, the exact JSON body (RequestCodec, read-only, monospace, Copy and
 * Save…) and every remaining issue of the request; activating an issue (Enter or double-click)
 * emits issueActivated() with its pointer, which the wizard turns into a jump to the field.
 * Complete only when the request has no error at all.
 */
class ReviewPage : public DraftPage
{
    Q_OBJECT
public:
    explicit ReviewPage(RequestDraft *draft, QWidget *parent = nullptr);

    /** How an issue's pointer is described ("Storage › System disk size"); default: the pointer. */
    void setPointerDescriber(std::function<QString(const QString &pointer)> describer);
    /**
     * How the summary names an id (the value at `pointer`, e.g. "/image_id" or
     * "/nics/0/subnet_id") when the look-ups know it, e.g. an image's name; empty: the id.
     */
    void setValueNamer(std::function<QString(const QString &pointer, const QString &id)> namer);
    /** The JSON body as shown. */
    QString bodyText() const;

    /** Puts `tools` (e.g. "Save as template…") below the body; the page takes it. */
    void addTools(QWidget *tools);

    bool isComplete() const override;
    void initializePage() override;

Q_SIGNALS:
    void issueActivated(const QString &pointer);

protected:
    void refreshFromDraft() override;

private:
    void copyBody();
    void saveBody();
    void writeBody(const QString &path);
    void activateItem(QListWidgetItem *item);
    QString summaryHtml() const;
    /** The name of the id at `pointer`, or the id. */
    QString nameOf(const QString &pointer, const QString &id) const;

    QLabel *m_summary;
    QPlainTextEdit *m_body;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QLabel *m_status;
    QListWidget *m_issues;
    std::function<QString(const QString &)> m_describePointer;
    std::function<QString(const QString &, const QString &)> m_nameValue;
};
