#include "BulkActionDialog.h"

#include "DialogParts.h"
#include "bulk/BulkActionRunner.h"
#include "bulk/BulkResultsModel.h"
#include "core/ApiClient.h"
#include "endpoints/PermissionsEndpoints.h"
#include "endpoints/TeamsEndpoints.h"
#include "widgets/DestructiveButton.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace hexclave::ui {

namespace {

using Kind = models::BulkAction::Kind;
using models::BulkResultsModel;

constexpr int kPreviewNames = 3;
constexpr int kProgressIntervalMs = 100;

} // namespace

BulkActionDialog::BulkActionDialog(const ProjectContext &context, Kind kind, const QList<models::BulkTarget> &targets,
                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_kind(kind)
    , m_resultsFilter(new QSortFilterProxyModel(this))
    , m_steps(new QStackedWidget(this))
    , m_progressTimer(new QTimer(this))
{
    // The same user twice is acted on once, and counted once in the confirmation.
    for (const models::BulkTarget &target : targets) {
        const bool seen = std::any_of(m_targets.cbegin(), m_targets.cend(),
                                      [&target](const models::BulkTarget &other) { return other.userId == target.userId; });
        if (!seen && !target.userId.isEmpty())
            m_targets.append(target);
    }
    m_alreadyRestricted = int(std::count_if(m_targets.cbegin(), m_targets.cend(),
                                            [](const models::BulkTarget &target) { return target.restrictedByAdmin; }));
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(kProgressIntervalMs);
    connect(m_progressTimer, &QTimer::timeout, this, &BulkActionDialog::updateProgress);
    setMinimumWidth(600);
    m_steps->addWidget(createParametersPage());
    m_steps->addWidget(createRunPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    setWindowTitle(m_title->text());
    loadChoices();
    updateStartButton();
}

BulkActionDialog::~BulkActionDialog() = default;

BulkActionDialog::Step BulkActionDialog::step() const
{
    if (m_steps->currentIndex() == 0)
        return Step::Parameters;
    return m_runner && m_runner->isFinished() ? Step::Summary : Step::Progress;
}

QString BulkActionDialog::targetsPreview() const
{
    QStringList names;
    for (qsizetype i = 0; i < m_targets.size() && i < kPreviewNames; ++i)
        names << m_targets.at(i).label;
    const int more = int(m_targets.size()) - int(names.size());
    if (more <= 0)
        return QLocale().createSeparatedList(names);
    return tr("%1 and %n more", nullptr, more).arg(names.join(QStringLiteral(", ")));
}

QWidget *BulkActionDialog::createParametersPage()
{
    auto *page = new QWidget(this);
    const int count = int(m_targets.size());
    m_title = headline(page);
    switch (m_kind) {
    case Kind::Delete:
        m_title->setText(tr("Delete %n user(s)", nullptr, count));
        break;
    case Kind::Restrict:
        m_title->setText(tr("Restrict %n user(s)", nullptr, count));
        break;
    case Kind::Unrestrict:
        m_title->setText(tr("Lift the restriction of %n user(s)", nullptr, count));
        break;
    case Kind::AddToTeam:
        m_title->setText(tr("Add %n user(s) to a team", nullptr, count));
        break;
    case Kind::GrantProjectPermission:
        m_title->setText(tr("Grant a project permission to %n user(s)", nullptr, count));
        break;
    }
    auto *who = explanationLabel(targetsPreview() + u'.', page);
    who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadError = new ErrorBanner(page);
    m_loadError->hide();
    connect(m_loadError, &ErrorBanner::retryRequested, this, &BulkActionDialog::loadChoices);

    if (m_kind == Kind::Delete || m_kind == Kind::Restrict) // locks people out, as in the one-user dialogs
        m_start = new DestructiveButton(QString(), page);
    else
        m_start = new QPushButton(page);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_start->isEnabled())
            start(action(), chosenTargets());
    });
    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &BulkActionDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_start);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(who);
    layout->addWidget(m_loadError);
    layout->addSpacing(6);
    layout->addWidget(createParameterFields(page));
    layout->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QWidget *BulkActionDialog::createParameterFields(QWidget *parent)
{
    auto *fields = new QWidget(parent);
    auto *layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 0, 0);
    const int count = int(m_targets.size());
    switch (m_kind) {
    case Kind::Delete: {
        auto *icon = new QLabel(fields);
        setIconPixmap(icon, themedIcon(QStringLiteral("warning")), 32);
        icon->setAlignment(Qt::AlignTop);
        auto *what = explanationLabel(
            tr("These users are deleted for good, with everything that belongs to them: sessions (they are signed out "
               "everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API "
               "keys. This cannot be undone."),
            fields);
        auto *top = new QHBoxLayout;
        top->addWidget(icon);
        top->addWidget(what, 1);
        m_confirmation = new QLineEdit(fields);
        m_confirmation->setAccessibleName(tr("Type the number of users to confirm"));
        m_confirmation->setPlaceholderText(QString::number(count));
        auto *prompt = new QLabel(tr("To confirm, type the number of users, <b>%1</b>:").arg(count), fields);
        prompt->setTextFormat(Qt::RichText);
        prompt->setBuddy(m_confirmation);
        connect(m_confirmation, &QLineEdit::textChanged, this, &BulkActionDialog::updateStartButton);
        layout->addLayout(top);
        layout->addSpacing(6);
        layout->addWidget(prompt);
        layout->addWidget(m_confirmation);
        m_confirmation->setFocus();
        break;
    }
    case Kind::Restrict: {
        layout->addWidget(explanationLabel(
            tr("A restricted user cannot use your app until an administrator lifts the restriction. The public reason "
               "may be shown to the users; the private details are for administrators only. Both are optional."),
            fields));
        m_reason = new QLineEdit(fields);
        m_reason->setAccessibleName(tr("Public reason"));
        m_reason->setPlaceholderText(tr("e.g. Your account is under review."));
        m_details = new QPlainTextEdit(fields);
        m_details->setAccessibleName(tr("Private details"));
        m_details->setPlaceholderText(tr("Why these users were restricted, for other administrators"));
        m_details->setTabChangesFocus(true);
        m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 5);
        auto *form = new QFormLayout;
        form->addRow(tr("&Public reason:"), m_reason);
        form->addRow(tr("P&rivate details:"), m_details);
        if (m_alreadyRestricted > 0)
            layout->addWidget(createRestrictScope(fields));
        layout->addLayout(form);
        m_reason->setFocus();
        break;
    }
    case Kind::Unrestrict:
        layout->addWidget(explanationLabel(
            tr("An administrator's restriction is lifted, with its reasons; the users can use your app again. Users "
               "restricted for another reason (an unverified email, an anonymous account) stay restricted for that."),
            fields));
        break;
    case Kind::AddToTeam:
    case Kind::GrantProjectPermission: {
        const bool team = m_kind == Kind::AddToTeam;
        layout->addWidget(explanationLabel(
            team ? tr("The users become members of the team, with its default member permissions. Users who are "
                      "members already stay as they are.")
                 : tr("The users are granted the permission directly, with every permission it contains. Users who "
                      "hold it already keep it."),
            fields));
        m_choice = new QComboBox(fields);
        m_choice->setAccessibleName(team ? tr("Team") : tr("Permission"));
        m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_choice->setMinimumContentsLength(24);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &BulkActionDialog::updateStartButton);
        m_choiceNote = new QLabel(fields);
        m_choiceNote->setWordWrap(true);
        auto *form = new QFormLayout;
        form->addRow(team ? tr("&Team:") : tr("&Permission:"), m_choice);
        layout->addLayout(form);
        layout->addWidget(m_choiceNote);
        m_choice->setFocus();
        break;
    }
    }
    return fields;
}

QWidget *BulkActionDialog::createRestrictScope(QWidget *parent)
{
    const int count = int(m_targets.size());
    const int others = count - m_alreadyRestricted;
    auto *box = new QWidget(parent);
    auto *note = explanationLabel(
        tr("Restricted already by an administrator: %n user(s).", nullptr, m_alreadyRestricted), box);
    m_restrictOthers = new QRadioButton(
        tr("Restrict only the other %n user(s); those restricted already keep their reasons", nullptr, others), box);
    m_restrictAll = new QRadioButton(
        tr("Restrict all %n user(s); those restricted already get these reasons instead of theirs", nullptr, count), box);
    m_lift = new QRadioButton(tr("Lift the restriction of the %n restricted user(s) instead", nullptr, m_alreadyRestricted),
                              box);
    m_restrictOthers->setVisible(others > 0);
    (others > 0 ? m_restrictOthers : m_restrictAll)->setChecked(true); // never overwrite reasons unasked
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(note);
    for (QRadioButton *option : {m_restrictOthers, m_restrictAll, m_lift}) {
        layout->addWidget(option);
        connect(option, &QRadioButton::toggled, this, &BulkActionDialog::updateStartButton);
    }
    return box;
}

QList<models::BulkTarget> BulkActionDialog::chosenTargets() const
{
    if (!m_restrictAll || m_restrictAll->isChecked())
        return m_targets;
    const bool restricted = m_lift->isChecked();
    QList<models::BulkTarget> targets;
    std::copy_if(m_targets.cbegin(), m_targets.cend(), std::back_inserter(targets),
                 [restricted](const models::BulkTarget &target) { return target.restrictedByAdmin == restricted; });
    return targets;
}

void BulkActionDialog::loadChoices()
{
    if (!m_choice || !m_context.client())
        return;
    m_loadError->hide();
    m_choicesLoaded = false;
    m_choice->clear();
    m_choice->setEnabled(false);
    m_choiceNote->setText(m_kind == Kind::AddToTeam ? tr("Loading the teams…") : tr("Loading the permissions…"));
    m_choiceNote->show();
    updateStartButton();

    const auto fill = [this](QList<std::pair<QString, QString>> entries, const QString &emptyNote) {
        // (id, text) by text, as people look for a name.
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(entries.begin(), entries.end(),
                  [&collator](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
        for (const auto &[id, text] : entries)
            m_choice->addItem(text, id);
        m_choicesLoaded = true;
        m_choice->setEnabled(!entries.isEmpty());
        m_choiceNote->setText(emptyNote);
        m_choiceNote->setVisible(entries.isEmpty());
        updateStartButton();
    };
    const auto failed = [this](const api::ApiError &error) {
        m_choiceNote->hide();
        m_loadError->showError(error);
    };

    if (m_kind == Kind::AddToTeam) {
        auto *job = m_context.client()->send(api::teams::list(m_context.scope()));
        connect(job, &api::ApiJob::finished, this, [job, fill, failed] {
            if (!job->succeeded()) {
                failed(job->error());
                return;
            }
            QList<std::pair<QString, QString>> entries;
            for (const api::Team &team : job->value().items)
                entries.append({team.id, team.displayName.isEmpty() ? team.id : team.displayName});
            fill(entries, tr("This project has no teams yet."));
        });
        return;
    }
    auto *job = m_context.client()->send(api::permissions::projectDefinitions(m_context.scope()));
    connect(job, &api::ApiJob::finished, this, [this, job, fill, failed] {
        if (!job->succeeded()) {
            failed(job->error());
            return;
        }
        QList<std::pair<QString, QString>> entries;
        for (const api::PermissionDefinition &definition : job->value().items) {
            const QString description = definition.description.value_or(QString());
            entries.append({definition.id, description.isEmpty() ? definition.id
                                                                 : tr("%1 — %2").arg(definition.id, description)});
        }
        fill(entries, tr("This project has no project permissions. Define one first (Permissions)."));
    });
}

models::BulkAction BulkActionDialog::action() const
{
    switch (m_kind) {
    case Kind::Delete:
        return models::BulkAction::deleteUsers();
    case Kind::Restrict:
        if (m_lift && m_lift->isChecked())
            return models::BulkAction::unrestrict();
        return models::BulkAction::restrict(m_reason->text().trimmed(), m_details->toPlainText().trimmed());
    case Kind::Unrestrict:
        return models::BulkAction::unrestrict();
    case Kind::AddToTeam:
        return models::BulkAction::addToTeam(m_choice->currentData().toString(), m_choice->currentText());
    case Kind::GrantProjectPermission:
        return models::BulkAction::grantProjectPermission(m_choice->currentData().toString());
    }
    return {};
}

void BulkActionDialog::updateStartButton()
{
    const int count = int(chosenTargets().size());
    bool ready = count > 0 && m_context.client();
    QString why;
    if (m_reason) {
        const bool restricting = !m_lift || !m_lift->isChecked();
        m_reason->setEnabled(restricting);
        m_details->setEnabled(restricting);
    }
    if (m_confirmation && m_confirmation->text().trimmed() != QString::number(count)) {
        ready = false;
        why = tr("Type %1 to enable this button.").arg(count);
    }
    if (m_choice && (!m_choicesLoaded || m_choice->currentIndex() < 0)) {
        ready = false;
        why = m_kind == Kind::AddToTeam ? tr("Choose a team.") : tr("Choose a permission.");
    }
    m_start->setText(m_choice && m_choice->currentIndex() < 0 ? m_title->text() : action().summary(count));
    m_start->setEnabled(ready);
    m_start->setToolTip(why);
}

// ---- run -------------------------------------------------------------------------------

QWidget *BulkActionDialog::createRunPage()
{
    auto *page = new QWidget(this);
    m_runTitle = headline(page);
    m_progress = new QProgressBar(page);
    m_progress->setFormat(tr("%v of %m"));
    m_runText = new QLabel(page);
    m_runText->setWordWrap(true);
    m_showAll = new QCheckBox(tr("Show &all users, not only the problems"), page);
    m_resultsFilter->setFilterRole(BulkResultsModel::IsProblemRole);
    m_resultsFilter->setFilterFixedString(QStringLiteral("true"));
    m_results = new QTableView(page);
    m_results->setModel(m_resultsFilter);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setAccessibleName(tr("Results by user"));
    connect(m_showAll, &QCheckBox::toggled, this, [this](bool all) {
        m_resultsFilter->setFilterFixedString(all ? QString() : QStringLiteral("true"));
        if (m_runner && m_runner->isFinished() && m_resultsFilter->rowCount() <= 500)
            m_results->resizeRowsToContents();
    });

    m_stop = new QPushButton(tr("&Stop"), page);
    m_stop->setToolTip(tr("Sends nothing more; what is under way finishes and is reported."));
    connect(m_stop, &QPushButton::clicked, this, &BulkActionDialog::reject);
    m_copy = new QPushButton(themedIcon(QStringLiteral("copy")), tr("&Copy the failures"), page);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_runner)
            QApplication::clipboard()->setText(m_runner->failureReport());
    });
    m_retry = new QPushButton(tr("&Try these again"), page);
    m_retry->setToolTip(tr("Runs the action again for the users it failed for or did not reach."));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_runner && m_runner->isFinished())
            start(m_runner->action(), m_runner->unfinishedTargets());
    });
    m_close = new QPushButton(tr("Close"), page);
    connect(m_close, &QPushButton::clicked, this, &BulkActionDialog::accept);
    for (QPushButton *button : {m_stop, m_copy, m_retry})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_runTitle);
    layout->addWidget(m_progress);
    layout->addWidget(m_runText);
    layout->addWidget(m_showAll);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);
    return page;
}

void BulkActionDialog::start(models::BulkAction chosen, QList<models::BulkTarget> targets)
{
    if (m_runner && !m_runner->isFinished())
        return;
    m_results->setModel(nullptr);
    delete m_resultsModel;
    delete m_runner;
    m_runner = new models::BulkActionRunner(m_context.client(), m_context.scope(), chosen, targets, this);
    m_resultsModel = new BulkResultsModel(m_runner, this);
    m_resultsFilter->setSourceModel(m_resultsModel);
    m_results->setModel(m_resultsFilter);
    m_results->horizontalHeader()->resizeSection(BulkResultsModel::UserColumn, 200);
    m_results->horizontalHeader()->resizeSection(BulkResultsModel::ResultColumn, 110);
    connect(m_runner, &models::BulkActionRunner::itemsChanged, this, [this] {
        if (!m_progressTimer->isActive())
            m_progressTimer->start();
    });
    connect(m_runner, &models::BulkActionRunner::finished, this, &BulkActionDialog::showSummary);

    m_runTitle->setText(chosen.summary(m_runner->total()) + QStringLiteral("…"));
    m_progress->setRange(0, m_runner->total());
    m_progress->setValue(0);
    m_showAll->setChecked(true); // while it runs, every user; the summary shows the problems
    m_stop->show();
    m_stop->setEnabled(true);
    m_copy->hide();
    m_retry->hide();
    m_close->hide();
    m_steps->setCurrentIndex(1);
    resize(std::max(width(), 680), std::max(height(), 520)); // room for the list of users
    m_stop->setFocus();
    updateProgress();
    m_runner->start();
}

void BulkActionDialog::updateProgress()
{
    if (!m_runner)
        return;
    const int failed = m_runner->count(models::BulkItem::State::Failed);
    const int done = m_runner->finishedCount();
    m_progress->setValue(done);
    m_runText->setText(failed ? tr("%1 of %2 done, %n failed so far.", nullptr, failed).arg(done).arg(m_runner->total())
                              : tr("%1 of %2 done.").arg(done).arg(m_runner->total()));
}

void BulkActionDialog::reject()
{
    if (m_runner && m_runner->isStarted() && !m_runner->isFinished()) {
        m_runner->cancel();
        m_stop->setEnabled(false);
        m_runTitle->setText(tr("Stopping… the requests under way finish first."));
        return;
    }
    QDialog::reject();
}

void BulkActionDialog::showSummary()
{
    m_progressTimer->stop();
    updateProgress();
    const int failed = m_runner->count(models::BulkItem::State::Failed);
    const int skipped = m_runner->count(models::BulkItem::State::NotAttempted);
    const int succeeded = m_runner->count(models::BulkItem::State::Succeeded);
    const bool problems = failed + skipped > 0;
    m_runTitle->setText(tr("%1: %2.").arg(m_runner->action().summary(m_runner->total()), m_runner->summaryText()));
    m_runText->setText(!problems ? tr("Every user is done.")
                       : failed  ? tr("The users it failed for are listed with the reason. Where an answer was lost, "
                                      "the server was asked what had happened instead of being sent the request again.")
                                 : tr("It was stopped before it reached every user."));
    m_showAll->setChecked(!problems);
    if (m_results->model()->rowCount() <= 500) // the reasons in full; beyond that, in the tooltips
        m_results->resizeRowsToContents();
    m_stop->hide();
    m_copy->setVisible(problems);
    m_retry->setVisible(problems);
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
    if (succeeded > 0)
        Q_EMIT usersChanged();
}

} // namespace hexclave::ui
