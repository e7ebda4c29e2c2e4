#include "ConfigChangeDialog.h"

#include "ConfigDiffView.h"
#include "config/ConfigDiff.h"
#include "dialogs/DialogParts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hexclave::ui {

bool ConfigChangeDialog::confirm(QWidget *parent, const QString &title,
                                 const QList<models::ConfigLevelChange> &changes, const QString &acceptText)
{
    ConfigChangeDialog dialog(title, changes, acceptText, parent);
    return dialog.exec() == QDialog::Accepted && dialog.hasChanges();
}

ConfigChangeDialog::ConfigChangeDialog(const QString &title, const QList<models::ConfigLevelChange> &changes,
                                       const QString &acceptText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("configChangeDialog"));
    setWindowTitle(title);
    setSizeGripEnabled(true);

    QList<models::ConfigLevelChange> shown;
    for (const models::ConfigLevelChange &change : changes) {
        if (!api::diffConfigs(change.before, change.after).isEmpty())
            shown.append(change);
    }

    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(this);
    if (shown.isEmpty()) {
        auto *nothing = explanationLabel(tr("Nothing would change: the configuration already has these values."), this);
        nothing->setObjectName(QStringLiteral("nothingToChange"));
        layout->addWidget(nothing);
        layout->addStretch(1);
        buttons->addButton(QDialogButtonBox::Close);
        resize(480, 160);
    } else {
        QStringList titles;
        for (const models::ConfigLevelChange &change : std::as_const(shown))
            titles << change.title;
        layout->addWidget(explanationLabel(
            tr("Check the changes to %1 before they are written.").arg(QLocale().createSeparatedList(titles)), this));

        const auto diffView = [this](const models::ConfigLevelChange &change) {
            auto *view = new ConfigDiffView(this);
            view->setObjectName(QStringLiteral("configDiffView"));
            view->setTrees(change.before, change.after, tr("Now"), tr("After the change"));
            return view;
        };
        if (shown.size() == 1) {
            layout->addWidget(sectionTitle(shown.constFirst().title, this));
            layout->addWidget(diffView(shown.constFirst()), 1);
        } else {
            auto *tabs = new QTabWidget(this);
            tabs->setObjectName(QStringLiteral("configChangeLevels"));
            for (const models::ConfigLevelChange &change : std::as_const(shown)) {
                ConfigDiffView *view = diffView(change);
                tabs->addTab(view, tr("%1 (%n change(s))", nullptr, view->changeCount()).arg(change.title));
            }
            layout->addWidget(tabs, 1);
        }
        m_acceptButton = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
        m_acceptButton->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
        resize(960, 640);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace hexclave::ui
