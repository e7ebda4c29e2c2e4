#include "MessagePage.h"

#include "widgets/ThemedIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

MessagePage::MessagePage(const QString &iconName, const QString &title, const QString &text, QWidget *parent)
    : Page(parent)
    , m_actions(new QWidget(this))
{
    auto *icon = new QLabel(this);
    setIconPixmap(icon, themedIcon(iconName), 48, QIcon::Disabled);
    icon->setAlignment(Qt::AlignHCenter);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignHCenter);
    heading->setWordWrap(true);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    body->setTextFormat(Qt::PlainText);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 8, 0, 0);
    actions->addStretch();
    actions->addStretch();

    // A column of readable width in the middle; the labels wrap inside it.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(icon);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(body);
    columnLayout->addWidget(m_actions);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    markReady();
}

QPushButton *MessagePage::addAction(const QString &label)
{
    auto *button = new QPushButton(label, m_actions);
    auto *layout = static_cast<QHBoxLayout *>(m_actions->layout());
    layout->insertWidget(layout->count() - 1, button);
    return button;
}

MessagePage *MessagePage::fill(QWidget *page, const QString &iconName, const QString &title, const QString &text)
{
    auto *message = new MessagePage(iconName, title, text, page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(message);
    return message;
}

MessagePage *MessagePage::notBuiltYet(const QString &iconName, const QString &areaTitle, QWidget *parent)
{
    return new MessagePage(iconName, areaTitle,
                           tr("This area is not built yet in this version of Hexclave Admin. Until it is, use the "
                              "web dashboard for %1.")
                               .arg(areaTitle),
                           parent);
}

MessagePage *MessagePage::unavailable(const QString &iconName, const QString &areaTitle, const QString &why,
                                      QWidget *parent)
{
    return new MessagePage(iconName, tr("%1 is not available with this credential").arg(areaTitle), why, parent);
}

} // namespace hexclave::ui
