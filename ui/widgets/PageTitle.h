#pragma once

#include <QLabel>

namespace hexclave::ui {

// The title at the top left of a page ("Users", "Teams", …): the same size and weight on every page.
class PageTitle : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageTitle)

public:
    explicit PageTitle(const QString &text, QWidget *parent = nullptr);
};

} // namespace hexclave::ui
