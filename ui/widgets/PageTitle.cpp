#include "PageTitle.h"

namespace hexclave::ui {

PageTitle::PageTitle(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    setFont(titleFont);
}

} // namespace hexclave::ui
