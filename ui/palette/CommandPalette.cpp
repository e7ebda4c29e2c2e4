#include "CommandPalette.h"

#include "palette/CommandPaletteModel.h"
#include "widgets/PaletteColors.h"
#include "widgets/SearchIcon.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

using Model = models::CommandPaletteModel;

// One result: icon, title, a dimmed subtitle, and on the right its kind and shortcut.
class ResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 14));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette &palette = opt.palette;
        const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = text;
        dim.setAlphaF(0.65);
        const bool isError = index.data(Model::IsErrorRole).toBool();
        const bool isStatus = index.data(Model::KindRole).value<Model::Kind>() == Model::Kind::Status;

        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(4, 0, -8, 0);
        QString right = index.data(Model::KindTextRole).toString();
        const QString shortcut = index.data(Model::ShortcutRole).toString();
        if (!shortcut.isEmpty())
            right = right.isEmpty() ? shortcut : right + QStringLiteral("  ·  ") + shortcut;
        painter->save();
        painter->setPen(dim);
        const int rightWidth = right.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(right) + 12;
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, right);

        QRect left = textRect.adjusted(0, 0, -rightWidth, 0);
        painter->setPen(isError ? errorTextColor(palette) : isStatus ? dim : text);
        const QString titleText = opt.fontMetrics.elidedText(title, Qt::ElideRight, left.width());
        painter->drawText(left, Qt::AlignLeft | Qt::AlignVCenter, titleText);
        const QString subtitle = index.data(Model::SubtitleRole).toString();
        if (!subtitle.isEmpty()) {
            left.setLeft(left.left() + opt.fontMetrics.horizontalAdvance(titleText) + 10);
            painter->setPen(dim);
            painter->drawText(left, Qt::AlignLeft | Qt::AlignVCenter,
                              opt.fontMetrics.elidedText(subtitle, Qt::ElideRight, left.width()));
        }
        painter->restore();
    }
};

} // namespace

CommandPalette::CommandPalette(models::CommandPaletteModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_field(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    // A plain line in the palette's mid colour: visible on light and dark pages alike.
    setFrameShape(QFrame::Box);
    setFrameShadow(QFrame::Plain);
    setForegroundRole(QPalette::Mid);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    hide();

    m_field->setObjectName(QStringLiteral("commandPaletteField"));
    m_field->setPlaceholderText(tr("Go to a page, project, user or team, or run a command…"));
    m_field->setAccessibleName(tr("Search pages, projects, users, teams and commands"));
    m_field->setClearButtonEnabled(true);
    addSearchIcon(m_field);
    m_field->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("commandPaletteResults"));
    m_list->setAccessibleName(tr("Results"));
    m_list->setModel(model);
    m_list->setItemDelegate(new ResultDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setFocusPolicy(Qt::NoFocus); // the field keeps the keyboard; Up/Down move here
    m_list->setIconSize(QSize(18, 18));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_field);
    layout->addWidget(m_list, 1);

    connect(m_field, &QLineEdit::textEdited, model, &models::CommandPaletteModel::setQuery);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_model->query().isEmpty())
            m_model->setQuery(text); // the clear button
    });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &CommandPalette::rememberCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (isVisible())
            place();
        restoreCurrent();
    });
    connect(m_list, &QListView::clicked, this, &CommandPalette::activate);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && !isAncestorOf(now) && now != this)
            hide();
    });
    Q_ASSERT(parent);
    parent->installEventFilter(this);
}

CommandPalette::~CommandPalette() = default;

models::CommandPaletteModel *CommandPalette::model() const
{
    return m_model;
}

void CommandPalette::setTriggerShortcut(const QKeySequence &keys)
{
    if (m_trigger.isEmpty())
        qApp->installEventFilter(this);
    m_trigger = keys;
}

void CommandPalette::popup()
{
    if (QWidget *focus = QApplication::focusWidget(); focus && !isAncestorOf(focus))
        m_previousFocus = focus;
    m_model->startSession();
    m_field->clear();
    place();
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    selectFirst();
}

void CommandPalette::place()
{
    const QWidget *window = parentWidget();
    const int width = std::clamp(window->width() * 6 / 10, std::min(520, window->width() - 20), 720);
    // As tall as its results (up to twelve rows), so that a short answer leaves the page visible.
    const int rows = std::clamp(m_model->rowCount(), 1, 12);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 14);
    const QMargins margins = layout()->contentsMargins();
    const int height = margins.top() + m_field->sizeHint().height() + layout()->spacing() + rows * rowHeight
        + 2 * m_list->frameWidth() + margins.bottom() + 2 * frameWidth();
    setGeometry((window->width() - width) / 2, 60, width, std::min(height, window->height() - 80));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (event->type() == QEvent::ShortcutOverride && !m_trigger.isEmpty()) {
        // Not accepted, the override lets the window's shortcut run instead of the field's key.
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (widget && widget->window() == window() && QKeySequence(key->keyCombination()) == m_trigger) {
            event->ignore();
            return true;
        }
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            hide();
            if (m_previousFocus)
                m_previousFocus->setFocus(Qt::OtherFocusReason);
            return true;
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
            moveSelection(8);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-8);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(m_list->currentIndex());
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CommandPalette::moveSelection(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int direction = step > 0 ? 1 : -1;
    int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : (step > 0 ? -1 : rows);
    int target = -1;
    for (int moved = 0, at = row + direction; at >= 0 && at < rows; at += direction) {
        if (!(m_model->flags(m_model->index(at)) & Qt::ItemIsSelectable))
            continue;
        target = at;
        if (++moved == std::abs(step))
            break;
    }
    if (target >= 0)
        m_list->setCurrentIndex(m_model->index(target));
}

void CommandPalette::selectFirst()
{
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    moveSelection(1);
    m_list->scrollToTop();
}

void CommandPalette::rememberCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    m_current.clear();
    if (current.isValid())
        m_current = {current.data(Model::KindRole), current.data(Model::IdRole), current.data(Model::ConnectionIdRole)};
}

void CommandPalette::restoreCurrent()
{
    const bool sameQuery = m_model->query() == m_currentQuery;
    m_currentQuery = m_model->query();
    if (sameQuery && !m_current.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row);
            if (index.data(Model::KindRole) == m_current.at(0) && index.data(Model::IdRole) == m_current.at(1)
                && index.data(Model::ConnectionIdRole) == m_current.at(2) && (m_model->flags(index) & Qt::ItemIsSelectable)) {
                m_list->setCurrentIndex(index);
                return;
            }
        }
    }
    selectFirst();
}

void CommandPalette::activate(const QModelIndex &index)
{
    if (!index.isValid() || !(m_model->flags(index) & Qt::ItemIsSelectable))
        return;
    hide();
    Q_EMIT activated(index);
}

} // namespace hexclave::ui
