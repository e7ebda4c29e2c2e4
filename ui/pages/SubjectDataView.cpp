#include "SubjectDataView.h"

#include "ListTableModel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

constexpr int idRole = models::ListTableRoles::IdRole;

} // namespace

SubjectDataView::SubjectDataView(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_toolbar(new QHBoxLayout)
    , m_reload(new QToolButton(this))
    , m_notice(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_status(new QLabel(this))
{
    m_reload->setIcon(themedIcon(QStringLiteral("refresh")));
    m_reload->setToolTip(tr("Load again from the server"));
    m_reload->setAccessibleName(tr("Reload"));
    m_reload->setAutoRaise(true);
    connect(m_reload, &QToolButton::clicked, this, &SubjectDataView::reload);

    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->hide();

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText); // secondary, yet readable (disabled text is too faint)
    m_placeholder->setMargin(12);
    m_stack->addWidget(m_placeholder);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_toolbar->setSpacing(6);
    m_toolbar->addStretch();
    m_toolbar->addWidget(m_reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_notice);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_banner, &ErrorBanner::retryRequested, this, &SubjectDataView::reload);
    m_stack->setCurrentWidget(m_placeholder);
}

SubjectDataView::~SubjectDataView()
{
    abortLoads();
}

void SubjectDataView::addToolButton(QAbstractButton *button)
{
    m_toolbar->insertWidget(m_toolbar->count() - 2, button); // before the stretch and Reload
}

void SubjectDataView::setTitle(const QString &title)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    m_toolbar->insertWidget(0, heading);
    m_toolbar->insertSpacing(1, 8);
}

void SubjectDataView::setContent(QWidget *content)
{
    m_stack->insertWidget(0, content);
    updatePlaceholder();
}

void SubjectDataView::setListView(QAbstractItemView *view)
{
    m_listView = view;
    setContent(view);
    // The actions follow the selection (the current row changes before the selection does).
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SubjectDataView::updateActions);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SubjectDataView::updateActions);
}

void SubjectDataView::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString SubjectDataView::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString SubjectDataView::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

QString SubjectDataView::loadingText() const
{
    return tr("Loading…");
}

QString SubjectDataView::failedText() const
{
    return tr("Could not load this. The reason is shown above.");
}

void SubjectDataView::setSubject(const QString &id, const QString &name)
{
    const bool sameSubject = id == m_subjectId && m_state != State::NoSubject;
    m_subjectId = id;
    m_subjectName = name;
    if (sameSubject) {
        subjectRefreshed();
        return;
    }
    ++m_subjectGeneration;
    abortLoads();
    m_currentRowId.clear();
    clearData();
    m_banner->hide();
    m_bannerShowsLoadError = false;
    m_status->hide();
    setBusy(false);
    setState(State::NotLoaded);
    if (m_loadsWhenShown && isVisible())
        ensureLoaded();
}

void SubjectDataView::clearSubject()
{
    ++m_subjectGeneration;
    abortLoads();
    m_subjectId.clear();
    m_subjectName.clear();
    m_currentRowId.clear();
    clearData();
    m_banner->hide();
    m_status->hide();
    setBusy(false);
    setState(State::NoSubject);
}

void SubjectDataView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loadsWhenShown)
        ensureLoaded();
}

void SubjectDataView::ensureLoaded()
{
    if (m_state == State::NotLoaded)
        startLoad();
}

void SubjectDataView::reload()
{
    if (m_state != State::NoSubject)
        startLoad();
}

void SubjectDataView::startLoad()
{
    abortLoads();
    rememberCurrentRow();
    if (m_bannerShowsLoadError)
        m_banner->hide();
    m_bannerShowsLoadError = false;
    m_loadError = {};
    setState(State::Loading);
    startLoading();
    // Nothing to fetch (or the connection is gone and failLoad() ran): settle at once.
    if (m_state == State::Loading && m_pendingFetches == 0) {
        loadFinished();
        setState(State::Loaded);
        restoreCurrentRow();
    }
}

void SubjectDataView::abortLoads()
{
    ++m_loadGeneration; // whatever still arrives for them is dropped
    m_pendingFetches = 0;
    const QList<QPointer<api::ApiJob>> jobs = std::exchange(m_loadJobs, {});
    for (const QPointer<api::ApiJob> &job : jobs) {
        if (job && !job->isFinished())
            job->abort();
    }
}

void SubjectDataView::loadPartDone()
{
    if (--m_pendingFetches > 0)
        return;
    m_loadJobs.clear();
    loadFinished();
    setState(State::Loaded);
    restoreCurrentRow();
}

void SubjectDataView::failLoad(const api::ApiError &error)
{
    abortLoads(); // the other parts of this load no longer matter
    m_loadError = error;
    if (error.kind != api::ApiError::Kind::Cancelled) {
        m_banner->setRetryText(tr("Retry"));
        m_banner->showError(explained(error));
        m_bannerShowsLoadError = true;
    }
    setState(State::Failed);
}

api::ApiClient *SubjectDataView::clientOrFail(const Change *change)
{
    if (api::ApiClient *client = m_context.client())
        return client;
    api::ApiError error;
    error.kind = api::ApiError::Kind::Network;
    error.message = tr("the connection to the project was closed");
    if (change) {
        showResult(change->failedText, true);
        m_banner->showError(error, false);
    } else {
        failLoad(error);
    }
    return nullptr;
}

void SubjectDataView::finishChange(const Change &change, const QString &subjectId, int failures, int total,
                                const api::ApiError &firstError)
{
    setBusy(false);
    if (failures == 0) {
        showResult(change.doneText, false);
    } else {
        m_banner->setRetryText(tr("Reload"));
        m_banner->showError(explained(firstError));
        m_bannerShowsLoadError = false;
        showResult(total == 1 ? change.failedText
                              : tr("%1 %2 of %3 failed; the first error is shown above.")
                                    .arg(change.failedText)
                                    .arg(failures)
                                    .arg(total),
                   true);
    }
    if (failures < total) {
        if (change.affectsSubject)
            Q_EMIT subjectChanged(subjectId);
        reload(); // what the server holds now
    }
}

void SubjectDataView::setBusy(bool busy, const QString &text)
{
    if (busy) {
        m_status->setText(text);
        m_status->setPalette(QPalette());
        m_status->show();
    }
    if (busy == m_busy)
        return;
    m_busy = busy;
    m_reload->setEnabled(!busy);
    updateActions();
    Q_EMIT busyChanged(busy);
}

void SubjectDataView::showResult(const QString &text, bool failed)
{
    QPalette palette;
    if (failed)
        palette.setColor(QPalette::WindowText, errorTextColor(palette));
    m_status->setPalette(palette);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SubjectDataView::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    updatePlaceholder();
    updateActions();
    if (changed)
        Q_EMIT stateChanged(state);
}

void SubjectDataView::updatePlaceholder()
{
    QString text;
    switch (m_state) {
    case State::NoSubject:
        break;
    case State::NotLoaded:
    case State::Loading:
        if (!hasData())
            text = loadingText();
        break;
    case State::Loaded:
        if (!hasData())
            text = emptyText();
        break;
    case State::Failed:
        if (!hasData())
            text = failedText();
        break;
    }
    m_placeholder->setText(text);
    const bool showContent = m_state != State::NoSubject && text.isEmpty() && m_stack->count() > 1;
    m_stack->setCurrentIndex(showContent ? 0 : m_stack->indexOf(m_placeholder));
}

void SubjectDataView::rememberCurrentRow()
{
    if (!m_listView || !m_listView->model())
        return;
    const QModelIndex current = m_listView->currentIndex();
    if (current.isValid())
        m_currentRowId = current.siblingAtColumn(0).data(idRole).toString();
}

void SubjectDataView::restoreCurrentRow()
{
    if (!m_listView || !m_listView->model() || m_currentRowId.isEmpty())
        return;
    const QAbstractItemModel *model = m_listView->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(idRole).toString() == m_currentRowId) {
            m_listView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void SubjectDataView::confirm(const QString &title, const QString &text, const QString &confirmText,
                           std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    QPushButton *confirmButton = box->addButton(confirmText, QMessageBox::DestructiveRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)));
    // A destructive button gives no QDialog::Accepted: what counts is the button clicked.
    openQuestion(box, [box, confirmButton](int) { return box->clickedButton() == confirmButton; }, std::move(onConfirmed));
}

void SubjectDataView::ask(QDialog *dialog, std::function<void()> onAccepted)
{
    openQuestion(dialog, [](int result) { return result == QDialog::Accepted; }, std::move(onAccepted));
}

void SubjectDataView::openQuestion(QDialog *dialog, std::function<bool(int result)> accepted, std::function<void()> onAccepted)
{
    // The dialog is a child of this view: if the view goes first, so does the question.
    const int generation = m_subjectGeneration;
    const QString subjectName = m_subjectName;
    connect(dialog, &QDialog::finished, this,
            [this, dialog, generation, subjectName, accepted = std::move(accepted), onAccepted = std::move(onAccepted)](int result) {
                dialog->deleteLater();
                if (!accepted(result))
                    return;
                if (generation != m_subjectGeneration) {
                    showResult(tr("Nothing was done for %1: the selection changed while the question was open.")
                                   .arg(subjectName),
                               true);
                    return;
                }
                onAccepted();
            });
    dialog->open();
}

void SubjectDataView::bindDeleteKey(QAbstractButton *button)
{
    Q_ASSERT(m_listView);
    auto *action = new QAction(button->text(), m_listView);
    action->setShortcuts(QKeySequence::Delete);
    // Only in this list: the list beside it and the other tabs have their own Delete.
    action->setShortcutContext(Qt::WidgetShortcut);
    m_listView->addAction(action);
    connect(action, &QAction::triggered, button, [button] {
        if (button->isEnabled())
            button->click();
    });
}

} // namespace hexclave::ui
