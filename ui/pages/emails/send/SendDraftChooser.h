#pragma once

#include "ProjectContext.h"
#include "dto/Email.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace hexclave::ui {

class FieldMessage;

// The draft SendEmailDialog sends: either one set by the caller, shown by name, or one picked
// from the project's drafts, which it loads (drafts need admin access).
class SendDraftChooser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendDraftChooser)

public:
    explicit SendDraftChooser(const ProjectContext &context, QWidget *parent = nullptr);

    // From now on this draft is sent; the list is no longer offered.
    void setFixedDraft(const api::EmailDraft &draft);
    bool hasFixedDraft() const { return m_fixedDraft.has_value(); }
    void loadDrafts();
    // The draft chosen (set, or picked in the list); nothing while none is.
    std::optional<api::EmailDraft> draft() const;

    QComboBox *choice() const { return m_choice; }
    // Hints and errors about the choice, for the form row below it.
    FieldMessage *message() const { return m_message; }

Q_SIGNALS:
    void changed();

private:
    void showDrafts(const QList<api::EmailDraft> &drafts);

    ProjectContext m_context;
    std::optional<api::EmailDraft> m_fixedDraft;
    QList<api::EmailDraft> m_drafts;
    bool m_loading = false;

    QLabel *m_fixedDraftLabel;
    QComboBox *m_choice;
    FieldMessage *m_message;
    QPushButton *m_retry;
};

} // namespace hexclave::ui
