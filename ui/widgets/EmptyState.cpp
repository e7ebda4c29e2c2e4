#include "EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

EmptyState::EmptyState(QAbstractItemView *view)
    : QWidget(view->viewport())
    , m_viewport(view->viewport())
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setEnabled(false); // the muted colour of the palette
    m_action->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addSpacing(6);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionClicked);
    m_viewport->installEventFilter(this);
    hide();
    fitViewport();
}

void EmptyState::showMessage(const QString &text, const QString &actionText)
{
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    fitViewport();
    show();
}

QString EmptyState::text() const
{
    return isVisible() ? m_text->text() : QString();
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fitViewport();
    return QWidget::eventFilter(watched, event);
}

void EmptyState::fitViewport()
{
    setGeometry(m_viewport->rect().adjusted(20, 20, -20, -20));
}

} // namespace hexclave::ui
