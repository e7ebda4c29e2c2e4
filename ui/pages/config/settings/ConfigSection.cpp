#include "ConfigSection.h"

#include "dialogs/DialogParts.h"

#include "pages/config/ConfigChangeDialog.h"
#include "widgets/ErrorBanner.h"

#include <QHBoxLayout>
#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::ConfigSetting;

namespace {

bool sameSlot(const ConfigSetting &a, const ConfigSetting &b)
{
    if (a.path != b.path || a.exactLevel != b.exactLevel)
        return false;
    return !a.exactLevel || a.preferredLevel == b.preferredLevel;
}

} // namespace

ConfigSection::ConfigSection(models::ConfigTarget *target, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_title(title)
    , m_banner(new ErrorBanner(this))
    , m_blockedNote(new QLabel(this))
    , m_content(new QVBoxLayout)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    m_banner->hide();
    m_banner->setRetryText(tr("Read again"));
    m_blockedNote->setWordWrap(true);
    m_blockedNote->setObjectName(QStringLiteral("blockedNote"));
    m_blockedNote->setContentsMargins(0, 0, 0, 6);
    QFont noteFont = m_blockedNote->font();
    noteFont.setItalic(true);
    m_blockedNote->setFont(noteFont);
    m_blockedNote->hide();
    m_status->setWordWrap(true);
    m_progress->setRange(0, 0); // busy
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_save->setDefault(true);
    if (m_target && m_target->isOffline()) {
        // Offline, the file itself is saved by its window; this only changes the document.
        m_save->setText(tr("&Apply"));
        m_save->setToolTip(tr("Show the change, then apply it to the file (save the file to keep it)"));
    } else {
        m_save->setToolTip(tr("Show the change, then write it to the configuration"));
    }
    m_revert->setToolTip(tr("Drop the edits of this section"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_blockedNote);
    layout->addLayout(m_content, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ConfigSection::save);
    connect(m_revert, &QPushButton::clicked, this, &ConfigSection::discardUnsavedChanges);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        m_banner->hide();
        if (m_target)
            m_target->load();
    });
    if (m_target) {
        connect(m_target, &models::ConfigTarget::loaded, this, [this] {
            if (!m_saving)
                m_banner->hide();
            refreshAll();
        });
        connect(m_target, &models::ConfigTarget::applied, this, &ConfigSection::onApplied);
        connect(m_target, &models::ConfigTarget::failed, this, &ConfigSection::onFailed);
    }
    updateButtons();
}

void ConfigSection::discardUnsavedChanges()
{
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    m_status->clear();
    refreshAll();
    Q_EMIT unsavedChangesChanged(false);
}

api::ConfigTree ConfigSection::shown() const
{
    api::ConfigTree tree = m_target ? m_target->values() : api::ConfigTree();
    for (const ConfigSetting &setting : m_pending)
        tree = setting.appliedTo(tree);
    return tree;
}

bool ConfigSection::storedAlreadyHas(const ConfigSetting &setting) const
{
    if (!m_target)
        return false;
    const api::ConfigTree values = m_target->values();
    if (setting.type == ConfigSetting::Type::Removal)
        return !values.contains(setting.path);
    // An exact-level write (a removal's counterpart) always counts.
    if (setting.exactLevel || !values.contains(setting.path))
        return false;
    return api::sameJsonText(values.jsonAt(setting.path), setting.jsonText());
}

void ConfigSection::setPending(const ConfigSetting &setting)
{
    setPending(QList<ConfigSetting>{setting});
}

void ConfigSection::setPending(const QList<ConfigSetting> &settings)
{
    const bool wasUnsaved = hasUnsavedChanges();
    for (const ConfigSetting &setting : settings) {
        const QString inside = setting.path + u'.';
        m_pending.removeIf([&](const ConfigSetting &pending) {
            return sameSlot(pending, setting) || pending.path.startsWith(inside);
        });
        if (!storedAlreadyHas(setting))
            m_pending.append(setting);
    }
    m_status->clear();
    updateButtons();
    if (wasUnsaved != hasUnsavedChanges())
        Q_EMIT unsavedChangesChanged(hasUnsavedChanges());
}

bool ConfigSection::isRemovalPending(const QString &path) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const ConfigSetting &setting) {
        return setting.type == ConfigSetting::Type::Removal && setting.path == path;
    });
}

QList<ConfigSetting> ConfigSection::removalsEverywhere(const QString &path) const
{
    QList<ConfigSetting> removals;
    if (!m_target)
        return removals;
    for (const api::ConfigLevel level : m_target->levels()) {
        if (m_target->overrideAt(level).touches(path))
            removals << ConfigSetting::removal(path).atLevel(level);
    }
    return removals;
}

QString ConfigSection::applyBlocked(QWidget *control, const ConfigSetting &setting, const QString &tooltip)
{
    const QString reason = m_target ? m_target->blockedReason(setting) : QString();
    control->setEnabled(reason.isEmpty() && !m_saving);
    control->setToolTip(reason.isEmpty() ? tooltip : reason);
    return reason;
}

void ConfigSection::showBlockedNote(QStringList reasons)
{
    reasons.removeAll(QString());
    reasons.removeDuplicates();
    m_blockedNote->setText(reasons.join(u'\n'));
    m_blockedNote->setVisible(!reasons.isEmpty());
}

void ConfigSection::refreshAll()
{
    m_refreshing = true;
    refresh();
    m_refreshing = false;
    updateButtons();
}

void ConfigSection::updateButtons()
{
    const bool loaded = m_target && m_target->isLoaded();
    m_save->setEnabled(loaded && !m_saving && hasUnsavedChanges());
    m_revert->setEnabled(!m_saving && hasUnsavedChanges());
    m_progress->setVisible(m_saving);
    if (hasUnsavedChanges() && !m_saving && m_status->text().isEmpty())
        m_status->setText(tr("Unsaved changes"));
    else if (!hasUnsavedChanges() && m_status->text() == tr("Unsaved changes"))
        m_status->clear();
}

void ConfigSection::save()
{
    if (!m_target || m_pending.isEmpty() || m_saving)
        return;
    const QList<models::ConfigLevelChange> changes = m_target->preview(m_pending);
    const bool changesSomething = std::any_of(changes.cbegin(), changes.cend(), [](const models::ConfigLevelChange &change) {
        return !change.before.sameContent(change.after);
    });
    if (!changesSomething) {
        m_pending.clear();
        refreshAll();
        m_status->setText(tr("Nothing to save: the configuration already says this."));
        Q_EMIT unsavedChangesChanged(false);
        return;
    }
    const bool offline = m_target->isOffline();
    if (!ConfigChangeDialog::confirm(this, offline ? tr("Apply %1 settings to the file").arg(m_title) : tr("Save %1 settings").arg(m_title),
                                     changes, offline ? tr("&Apply") : tr("&Save")))
        return;
    m_banner->hide();
    m_saving = true;
    m_status->setText(offline ? tr("Applying…") : tr("Saving…"));
    refreshAll(); // disables the controls
    const bool busy = m_target->isBusy();
    if (!m_target->apply(m_pending)) {
        m_saving = false;
        m_status->clear();
        refreshAll();
        m_banner->showProblem(busy ? tr("Nothing was saved: the configuration is being read or written. Try again in a moment.")
                                   : refusalReason());
    }
}

QString ConfigSection::refusalReason() const
{
    QStringList reasons;
    for (const ConfigSetting &setting : m_pending)
        reasons << m_target->blockedReason(setting);
    reasons.removeAll(QString());
    reasons.removeDuplicates();
    if (!reasons.isEmpty())
        return tr("Nothing was saved: %1").arg(reasons.join(u' '));
    return tr("Nothing was saved: the configuration refused these values, or already has them.");
}

void ConfigSection::onApplied()
{
    if (!m_saving)
        return;
    m_saving = false;
    m_pending.clear();
    m_status->setText(m_target && m_target->isOffline() ? tr("Applied to the file.") : tr("Saved."));
    refreshAll();
    Q_EMIT unsavedChangesChanged(false);
}

void ConfigSection::onFailed(models::ConfigSettingsWriter::Stage stage, const api::ApiError &error)
{
    if (m_saving) {
        m_saving = false;
        m_status->clear();
        refreshAll();
        const QString what = stage == models::ConfigSettingsWriter::Stage::Verifying
                                 ? tr("The change was sent, but reading it back did not show it.")
                                 : tr("The settings were not saved.");
        m_banner->showActionError(what, error);
        return;
    }
    // A failed read is shown by the page, once.
    updateButtons();
}

QCheckBox *ConfigSection::addToggle(const QString &path, const QString &text, const QString &explanation, bool fallback)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(path);
    contentLayout()->addWidget(box);
    if (!explanation.isEmpty()) {
        auto *note = explanationLabel(explanation, this);
        note->setContentsMargins(24, 0, 0, 0);
        contentLayout()->addWidget(note);
    }
    m_toggles.append({box, path, fallback});
    connect(box, &QCheckBox::toggled, this, [this, path](bool checked) {
        if (!isRefreshing())
            setPending(models::ConfigSetting::boolean(path, checked));
    });
    return box;
}

void ConfigSection::refreshToggles(const api::ConfigTree &values, QStringList &reasons)
{
    for (const Toggle &toggle : std::as_const(m_toggles)) {
        toggle.box->setChecked(values.boolAt(toggle.path).value_or(toggle.fallback));
        reasons << applyBlocked(toggle.box, models::ConfigSetting::boolean(toggle.path, true));
    }
}

} // namespace hexclave::ui
