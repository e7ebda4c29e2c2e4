#include "ProjectChoiceDialog.h"

#include "auth/Capabilities.h"
#include "connections/Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

ProjectChoiceDialog::ProjectChoiceDialog(const QList<ConfigProjectChoice> &choices, const QString &title,
                                         const QString &acceptText, const QString &preferredProjectId, QWidget *parent)
    : QDialog(parent)
    , m_choices(choices)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("projectChoiceDialog"));
    setWindowTitle(title);
    m_list->setObjectName(QStringLiteral("projectList"));
    m_list->setAccessibleName(tr("Projects"));
    for (const ConfigProjectChoice &choice : choices) {
        auto *item = new QListWidgetItem(choice.displayName(), m_list);
        item->setToolTip(tr("%1 — %2").arg(choice.project.id, choice.session->connection().describe()));
        if (choices.size() > 1)
            item->setText(tr("%1 (%2)").arg(choice.displayName(), choice.session->connection().serverLabel()));
        if (choice.project.id == preferredProjectId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Project:"), this);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(420, 320);
}

std::optional<ConfigProjectChoice> ProjectChoiceDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_choices.size())
        return std::nullopt;
    return m_choices.at(row);
}

QList<ConfigProjectChoice> ProjectChoiceDialog::candidates(api::Workspace *workspace)
{
    QList<ConfigProjectChoice> choices;
    if (!workspace)
        return choices;
    for (api::ConnectionSession *session : workspace->sessions()) {
        if (session->state() != api::ConnectionSession::State::Ready
            || !api::capabilityFor(session->connection().kind, api::Area::Config).available())
            continue;
        for (const api::Project &project : session->projects())
            choices.append({session, project});
    }
    return choices;
}

std::optional<ConfigProjectChoice> ProjectChoiceDialog::choose(QWidget *parent, api::Workspace *workspace,
                                                               const QString &title, const QString &acceptText,
                                                               const QString &preferredProjectId)
{
    const QList<ConfigProjectChoice> choices = candidates(workspace);
    if (choices.isEmpty()) {
        QString message = tr("Connect to a server in the main window first.");
        if (workspace && !workspace->sessions().isEmpty()) {
            const api::ConnectionSession *session = workspace->sessions().constFirst();
            const api::Capability capability = api::capabilityFor(session->connection().kind, api::Area::Config);
            message = capability.available()
                ? tr("None of your connections is ready. Wait until the main window lists the projects, or sign in again there.")
                : capability.explanation;
        }
        QMessageBox::information(parent, title, message);
        return std::nullopt;
    }
    ProjectChoiceDialog dialog(choices, title, acceptText, preferredProjectId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}

} // namespace hexclave::ui
