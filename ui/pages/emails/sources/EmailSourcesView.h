#pragma once

#include "ProjectContext.h"
#include "emails/EmailSourceEdits.h"
#include "emails/EmailThemesSource.h"
#include "endpoints/EmailsEndpoints.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace hexclave::models {
class EditorAutosave;
class EmailSourceFilterModel;
class EmailSourceListModel;
} // namespace hexclave::models

namespace hexclave::ui {

class EmailPreview;
class EmailThemeChooser;
class EmptyState;
class ErrorBanner;
class PreviewRenderer;
class SourceEditor;

// What the Drafts, Templates and Themes tabs have in common: the list on the left (searchable,
// sorted by name), and for the selected item its TSX source next to the server's rendering of it,
// a theme chooser (drafts and templates), Preview (Ctrl+R, and on its own a moment after typing
// stops) and Save (Ctrl+S). Edits are kept per item while another one is selected and autosaved
// to disk; opening the tab offers those the server does not have yet for recovery. A failed
// save keeps the edits, and the edits of an item deleted elsewhere are offered (keep as a new
// item, copy, discard), never kept or dropped silently. Nothing is read before the view is
// first shown. Subclasses talk to their routes.
class EmailSourcesView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailSourcesView)

public:
    enum class Kind { Drafts, Templates, Themes };

    ~EmailSourcesView() override;

    Kind kind() const { return m_kind; }
    bool isLoaded() const { return m_loaded; }
    bool hasUnsavedChanges() const;
    // Throws every unsaved edit away, on disk too (the person chose to discard them on closing).
    void discardAllEdits();
    // Something is being created, saved, renamed or deleted.
    bool isBusy() const { return m_busy > 0; }
    // Reads the list (again). The first read starts when the view is first shown.
    void reload();

    QString currentId() const { return m_currentId; }
    QString currentName() const;
    bool selectItem(const QString &id);
    // The item's edited (else saved) source, as Save would send it.
    std::optional<models::EmailSourceVersion> versionOf(const QString &id) const;

    // The actions of the buttons and shortcuts.
    void newItem();
    // False when no save was started (nothing to save, busy, not loaded).
    bool saveCurrent();
    void previewCurrent();
    void deleteCurrent();
    void discardCurrentEdits();

    QTreeView *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    SourceEditor *editor() const { return m_editor; }
    EmailPreview *preview() const { return m_preview; }
    EmailThemeChooser *themeChooser() const { return m_themeChooser; } // null for themes
    ErrorBanner *errorBanner() const { return m_banner; }
    EmptyState *emptyState() const { return m_empty; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *discardButton() const { return m_discardButton; }
    models::EmailSourceListModel *model() const { return m_model; }
    models::EmailSourceEdits *edits() const { return m_edits; }
    PreviewRenderer *renderer() const { return m_renderer; }

Q_SIGNALS:
    void loaded();
    void unsavedChangesChanged(bool unsaved);
    void saved(const QString &id);
    void saveFailed(const QString &id, const hexclave::api::ApiError &error);
    // All recovery questions of the first load were answered (or there were none).
    void recoveryDone();

protected:
    // An item as the server lists it.
    struct Item
    {
        QString id;
        QString name;
        QString note;
        bool marked = false;
        std::optional<QString> source; // nullopt: not in the list (themes), read when selected
        api::EmailThemeChoice theme;
        QString noteToolTip; // the note in full; empty: the note says it all
    };

    // The words of a kind, for the shared texts.
    struct Texts
    {
        QString one;          // "draft"
        QString emptyList;    // "No drafts yet. …"
        QString newAction;    // "New draft…"
        QString newTitle;     // "New draft"
        QString loadFailed;   // "The drafts could not be loaded."
    };

    EmailSourcesView(Kind kind, const Texts &texts, const ProjectContext &context, models::EmailThemesSource *themes,
                     QWidget *parent);

    const ProjectContext &context() const { return m_context; }
    models::EmailThemesSource *themes() const { return m_themes; }
    const Item *item(const QString &id) const;
    QHBoxLayout *extraActions() const { return m_extraActions; }
    QAction *addListAction(const QString &text, const QKeySequence &shortcut, std::function<void()> slot);
    ErrorBanner *banner() const { return m_banner; }
    void showStatus(const QString &text);

    // Sends `call` and hands its value or error over later; nothing arrives once this view is gone.
    template <class T>
    void send(api::Call<T> call, std::function<void(T)> done, std::function<void(const api::ApiError &)> failed)
    {
        api::ApiClient *client = m_context.client();
        if (!client)
            return;
        auto *job = client->send(std::move(call));
        connect(job, &api::ApiJob::finished, this, [job, done = std::move(done), failed = std::move(failed)] {
            if (job->succeeded())
                done(job->takeValue());
            else
                failed(job->error());
        });
    }
    // As send(), counted as a change under way (buttons disabled meanwhile).
    template <class T>
    void perform(api::Call<T> call, std::function<void(T)> done, std::function<void(const api::ApiError &)> failed)
    {
        ++m_busy;
        updateActions();
        send<T>(std::move(call),
                [this, done = std::move(done)](T value) {
                    --m_busy;
                    done(std::move(value));
                    updateActions();
                },
                [this, failed = std::move(failed)](const api::ApiError &error) {
                    --m_busy;
                    failed(error);
                    updateActions();
                });
    }

    // --- For the subclasses.
    virtual void fetchList() = 0; // then listArrived() or listFailed()
    // Numbers a list request; an answer whose number is no longer the latest is dropped (a
    // reload and the read after a create may overlap).
    int beginListFetch() { return ++m_listGeneration; }
    bool isLatestList(int generation) const { return generation == m_listGeneration; }
    // The first reload was made (the view was shown, or reload() was called).
    bool hasStarted() const { return m_started; }
    void listArrived(const QList<Item> &items);
    void listFailed(const api::ApiError &error);
    // Reads an item whose source the list did not carry; then sourceArrived() or sourceFailed().
    virtual void fetchSource(const QString &id) { Q_UNUSED(id) }
    void sourceArrived(const QString &id, const QString &source);
    void sourceFailed(const QString &id, const api::ApiError &error);
    virtual void sendCreate(const QString &name) = 0; // then created() or createRefused()
    void created(const QString &id);
    void createRefused(const QString &name, const api::ApiError &error);
    // Sends the version; then savedAs() or saveRefused().
    virtual void sendSave(const QString &id, const models::EmailSourceVersion &version) = 0;
    void savedAs(const QString &id, const models::EmailSourceVersion &version);
    void saveRefused(const QString &id, const api::ApiError &error);
    // Unset: the kind cannot be deleted here.
    virtual std::optional<api::Call<api::NoContent>> deleteCall(const QString &id) const = 0;
    virtual api::emails::RenderRequest renderRequest(const models::EmailSourceVersion &version) const = 0;
    // Why the version cannot be previewed (e.g. an empty theme); empty: it can.
    virtual QString unpreviewableReason(const models::EmailSourceVersion &version) const
    {
        Q_UNUSED(version)
        return {};
    }
    // A change of the selection or of what can be done: subclasses enable their own actions.
    virtual void updateExtraActions() {}
    virtual void themesChanged();
    void updateActions();
    void actionFailed(const QString &what, const api::ApiError &error);
    // Asks for a name (New, Rename); `accepted` gets the trimmed, non-empty text.
    void askForName(const QString &title, const QString &label, const QString &text,
                    std::function<void(const QString &)> accepted);
    // Updates the name and note of a listed item (after a rename).
    void updateItem(const Item &item);
    bool isCurrentModified() const;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void restoreSplitters();
    void rememberSplitters();
    void showItem(const QString &id);
    void editorChanged();
    models::EmailSourceVersion shownVersion() const;
    void offerRecovery();
    void askNextRecovery();
    // Edits of items the server no longer lists: offered (keep as a new item, copy, discard).
    void findOrphans();
    void askNextOrphan();
    void keepOrphanAsNew(const QString &id);
    void render(const models::EmailSourceVersion &version, bool soon);
    void removeItem(const QString &id);
    void selectFirstVisible();
    void updateEmptyState();
    QString kindKey() const;

    Kind m_kind;
    Texts m_texts;
    ProjectContext m_context;
    QPointer<models::EmailThemesSource> m_themes;
    models::EditorAutosave *m_autosave;
    models::EmailSourceEdits *m_edits;
    models::EmailSourceListModel *m_model;
    models::EmailSourceFilterModel *m_filter;
    ErrorBanner *m_banner;
    QSplitter *m_outer;
    QSplitter *m_inner;
    QLineEdit *m_search;
    QTreeView *m_list;
    EmptyState *m_empty;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    QHBoxLayout *m_extraActions;
    QWidget *m_editorPane;
    QLabel *m_nothingSelected;
    QStackedWidget *m_right;
    QLabel *m_title;
    EmailThemeChooser *m_themeChooser = nullptr;
    QPushButton *m_previewButton;
    QPushButton *m_saveButton;
    QPushButton *m_discardButton;
    QLabel *m_status;
    SourceEditor *m_editor;
    EmailPreview *m_preview;
    PreviewRenderer *m_renderer;

    QHash<QString, Item> m_items;
    QString m_currentId;
    QString m_selectAfterLoad;
    bool m_showing = false; // setting the editor's text: not an edit
    bool m_loaded = false;
    bool m_recoveryOffered = false;
    bool m_started = false; // the first reload was made
    bool m_listArrived = false; // a list was read (not only failed)
    bool m_asking = false;  // a recovery or orphan question is open
    bool m_themesFailed = false;
    int m_listGeneration = 0;
    QStringList m_orphanQueue;
    QSet<QString> m_orphansOffered;
    // The orphaned edit being kept as a new item: its old id, and the name it is created with.
    QString m_adoptingId;
    QString m_adoptingName;
    QSet<QString> m_sourcesForRecovery; // read before the recovery question can compare
    QList<models::RecoverableEdit> m_recoveryQueue;
    int m_busy = 0;
};

} // namespace hexclave::ui
