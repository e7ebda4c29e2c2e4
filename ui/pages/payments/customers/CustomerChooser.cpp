#include "CustomerChooser.h"

#include "CustomerTexts.h"

#include "TeamPickerDialog.h"
#include "dialogs/UserPickerDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

namespace hexclave::ui {


CustomerChooser::CustomerChooser(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_type(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_chooseUser(new QPushButton(tr("Choose &user…"), this))
    , m_userLabel(new QLabel(this))
    , m_chooseTeam(new QPushButton(tr("Choose &team…"), this))
    , m_teamLabel(new QLabel(this))
    , m_customId(new QLineEdit(this))
    , m_showCustom(new QPushButton(tr("&Show"), this))
{
    m_type->addItem(tr("User"), int(api::CustomerType::User));
    m_type->addItem(tr("Team"), int(api::CustomerType::Team));
    m_type->addItem(tr("Custom"), int(api::CustomerType::Custom));
    m_type->setAccessibleName(tr("Customer type"));
    m_type->setToolTip(tr("Users and teams of the project, or customers of your own identified by any ID"));

    for (QLabel *label : {m_userLabel, m_teamLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_chooseUser->setToolTip(tr("Search the project's users and choose one (Ctrl+F)"));
    m_chooseTeam->setToolTip(tr("Choose one of the project's teams (Ctrl+F)"));
    m_customId->setPlaceholderText(tr("Customer ID, as your own system names it"));
    m_customId->setAccessibleName(tr("Custom customer ID"));
    m_customId->setClearButtonEnabled(true);
    m_customId->setMinimumWidth(260);
    m_showCustom->setToolTip(tr("Show this customer's items and products"));
    m_showCustom->setEnabled(false);

    auto pageOf = [this](std::initializer_list<QWidget *> widgets) {
        auto *page = new QWidget(m_pages);
        auto *row = new QHBoxLayout(page);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget *widget : widgets)
            row->addWidget(widget);
        row->addStretch(1);
        m_pages->addWidget(page);
    };
    pageOf({m_chooseUser, m_userLabel});
    pageOf({m_chooseTeam, m_teamLabel});
    pageOf({m_customId, m_showCustom});

    auto *typeLabel = new QLabel(tr("&Customer:"), this);
    typeLabel->setBuddy(m_type);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(typeLabel);
    layout->addWidget(m_type);
    layout->addWidget(m_pages, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomerChooser::typeChanged);
    connect(m_chooseUser, &QPushButton::clicked, this, &CustomerChooser::chooseUser);
    connect(m_chooseTeam, &QPushButton::clicked, this, &CustomerChooser::chooseTeam);
    connect(m_customId, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_showCustom->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_customId, &QLineEdit::returnPressed, this, &CustomerChooser::applyCustomId);
    connect(m_showCustom, &QPushButton::clicked, this, &CustomerChooser::applyCustomId);
    showChoice(api::CustomerType::User);
    showChoice(api::CustomerType::Team);
}

api::CustomerType CustomerChooser::type() const
{
    return api::CustomerType(m_type->currentData().toInt());
}

void CustomerChooser::setCustomer(const api::CustomerRef &customer, const QString &name)
{
    const QString shown = name.isEmpty() ? customer.id : name;
    m_choices.insert(int(customer.type), {customer.id, shown, shown});
    showChoice(customer.type);
    const QSignalBlocker quiet(m_type);
    m_type->setCurrentIndex(m_type->findData(int(customer.type)));
    m_pages->setCurrentIndex(m_type->currentIndex());
}

void CustomerChooser::focusChooser()
{
    switch (type()) {
    case api::CustomerType::User: m_chooseUser->setFocus(Qt::ShortcutFocusReason); break;
    case api::CustomerType::Team: m_chooseTeam->setFocus(Qt::ShortcutFocusReason); break;
    case api::CustomerType::Custom:
        m_customId->setFocus(Qt::ShortcutFocusReason);
        m_customId->selectAll();
        break;
    }
}

void CustomerChooser::typeChanged()
{
    m_pages->setCurrentIndex(m_type->currentIndex());
    const Choice choice = m_choices.value(int(type()));
    if (choice.id.isEmpty())
        Q_EMIT customerCleared();
    else
        Q_EMIT customerChosen({type(), choice.id}, choice.name);
}

void CustomerChooser::chooseUser()
{
    UserPickerDialog::chooseOne(m_context, this, [this](const api::User &user) {
        choose(api::CustomerType::User, {user.id, user.label(), customerUserText(user)});
    });
}

void CustomerChooser::chooseTeam()
{
    auto *dialog = new TeamPickerDialog(m_context, this);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        const std::optional<api::Team> team = dialog->chosenTeam();
        if (result != QDialog::Accepted || !team)
            return;
        const QString name = team->displayName.isEmpty() ? team->id : team->displayName;
        choose(api::CustomerType::Team, {team->id, name, name});
    });
    dialog->open();
}

void CustomerChooser::applyCustomId()
{
    const QString id = m_customId->text().trimmed();
    if (id.isEmpty())
        return;
    choose(api::CustomerType::Custom, {id, id, id});
}

void CustomerChooser::choose(api::CustomerType type, const Choice &choice)
{
    m_choices.insert(int(type), choice);
    showChoice(type);
    Q_EMIT customerChosen({type, choice.id}, choice.name);
}

void CustomerChooser::showChoice(api::CustomerType type)
{
    const Choice choice = m_choices.value(int(type));
    switch (type) {
    case api::CustomerType::User:
        m_userLabel->setText(choice.id.isEmpty() ? tr("No user chosen") : choice.shown);
        m_userLabel->setToolTip(choice.id.isEmpty() ? QString() : tr("User ID: %1").arg(choice.id));
        m_userLabel->setEnabled(!choice.id.isEmpty());
        break;
    case api::CustomerType::Team:
        m_teamLabel->setText(choice.id.isEmpty() ? tr("No team chosen") : choice.shown);
        m_teamLabel->setEnabled(!choice.id.isEmpty());
        m_teamLabel->setToolTip(choice.id.isEmpty() ? QString() : tr("Team ID: %1").arg(choice.id));
        break;
    case api::CustomerType::Custom:
        if (m_customId->text().trimmed() != choice.id)
            m_customId->setText(choice.id);
        break;
    }
}

} // namespace hexclave::ui
