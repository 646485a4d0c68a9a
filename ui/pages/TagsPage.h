#pragma once

#include "ui/pages/DraftPage.h"

class DraftTableEditor;

/** Page 6: tags, the enterprise project and the hourly package (product and offering IDs). */
class TagsPage : public DraftPage
{
    Q_OBJECT
public:
    explicit TagsPage(RequestDraft *draft, QWidget *parent = nullptr);

    DraftTableEditor *tagEditor() const { return m_tags; }

private:
    DraftTableEditor *m_tags;
};
