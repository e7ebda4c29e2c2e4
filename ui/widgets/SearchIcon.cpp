#include "SearchIcon.h"

#include "ThemedIcon.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace hexclave::ui {

QAction *addSearchIcon(QLineEdit *field)
{
    QAction *action = field->addAction(themedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    action->setText(QCoreApplication::translate("hexclave::ui::SearchIcon", "Search"));
    return action;
}

} // namespace hexclave::ui
