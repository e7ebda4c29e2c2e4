#pragma once

#include "config/ConfigTarget.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace hexclave::ui {

class ErrorBanner;

// One section of the configuration settings (sign-in, OAuth providers, …) over a ConfigTarget.
// Edits are kept as pending settings until Save (the change dialog, then target->apply()) or
// Revert; the controls show the target's values with the pending settings applied.
class ConfigSection : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigSection)

public:
    ConfigSection(models::ConfigTarget *target, const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    bool hasUnsavedChanges() const { return !m_pending.isEmpty(); }
    void discardUnsavedChanges();
    QList<models::ConfigSetting> pendingSettings() const { return m_pending; }

    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }

Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);

protected:
    models::ConfigTarget *target() const { return m_target; }
    // Where the section puts its controls (between the error banner and the buttons).
    QVBoxLayout *contentLayout() const { return m_content; }
    // The values as the controls show them: the target's values with the pending edits.
    api::ConfigTree shown() const;
    // Adds an edit (replacing one at the same path and level, and any inside that path); an
    // edit that changes nothing is dropped.
    void setPending(const models::ConfigSetting &setting);
    void setPending(const QList<models::ConfigSetting> &settings);
    bool isRemovalPending(const QString &path) const;
    // Removals of `path` at every level of the target whose override sets it (a removal at one
    // level alone would leave the other level's value, or be shadowed by it).
    QList<models::ConfigSetting> removalsEverywhere(const QString &path) const;
    // Disables `control` when the target blocks `setting`, with the reason as its tooltip;
    // returns the reason (empty when allowed). `tooltip` is shown when allowed.
    QString applyBlocked(QWidget *control, const models::ConfigSetting &setting, const QString &tooltip = {});
    // A note above the controls listing why some of them cannot be changed here.
    void showBlockedNote(QStringList reasons);

    // A check box for the boolean at `path`, with an explanation under it when given; toggling it
    // makes a pending edit. `fallback` is shown where the configuration holds no value.
    QCheckBox *addToggle(const QString &path, const QString &text, const QString &explanation, bool fallback = false);
    // Sets every toggle from `values` and adds the reasons of the blocked ones to `reasons`.
    void refreshToggles(const api::ConfigTree &values, QStringList &reasons);

    // Fills the controls from shown(); control signals during it are no edits (isRefreshing()).
    virtual void refresh() = 0;
    bool isRefreshing() const { return m_refreshing; }
    // Fills the controls again (after an edit made outside them, e.g. in a dialog).
    void refreshAll();

private:
    void updateButtons();
    void save();
    void onApplied();
    // Why apply() refused the pending settings when the target was not busy.
    QString refusalReason() const;
    void onFailed(models::ConfigSettingsWriter::Stage stage, const api::ApiError &error);
    bool storedAlreadyHas(const models::ConfigSetting &setting) const;

    struct Toggle
    {
        QCheckBox *box;
        QString path;
        bool fallback;
    };

    QPointer<models::ConfigTarget> m_target;
    QList<Toggle> m_toggles;
    QString m_title;
    QList<models::ConfigSetting> m_pending;
    bool m_saving = false;
    bool m_refreshing = false;
    ErrorBanner *m_banner;
    QLabel *m_blockedNote;
    QVBoxLayout *m_content;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_revert;
    QPushButton *m_save;
};

} // namespace hexclave::ui
