#include "DialogParts.h"

#include "widgets/FieldMessage.h"
#include "widgets/JsonEditor.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>
#include <QWidget>

namespace hexclave::ui {

QLabel *explanationLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *headline(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

namespace {

// A form makes its row's label the buddy of the box around the field; the field is what the
// label names (for screen readers) and what its mnemonic focuses.
class BuddyToField final : public QObject
{
public:
    BuddyToField(QWidget *box, QWidget *field)
        : QObject(box)
        , m_field(field)
    {
        box->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *box = static_cast<QWidget *>(watched);
        if (event->type() == QEvent::Show && box->parentWidget()) {
            const auto labels = box->parentWidget()->findChildren<QLabel *>(Qt::FindDirectChildrenOnly);
            for (QLabel *label : labels) {
                if (label->buddy() == box)
                    label->setBuddy(m_field);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_field;
};

} // namespace

QWidget *withMessage(QWidget *field, FieldMessage *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setFocusProxy(field);
    new BuddyToField(box, field);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

QLineEdit *passwordLineEdit(QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    auto *reveal = field->addAction(themedIcon(QStringLiteral("eye")), QLineEdit::TrailingPosition);
    reveal->setText(QCoreApplication::translate("hexclave::ui::DialogParts", "Show password"));
    reveal->setToolTip(QCoreApplication::translate("hexclave::ui::DialogParts", "Show or hide the password"));
    reveal->setCheckable(true);
    // The icon inside the field takes no focus: Alt+F8 (as on Windows) while the field has it.
    reveal->setShortcut(QKeySequence(Qt::ALT | Qt::Key_F8));
    reveal->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(reveal, &QAction::toggled, field, [field](bool shown) {
        field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    return field;
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.][^@\\s]*$"));
    return email.match(text).hasMatch() && !text.endsWith(u'.');
}

std::optional<QString> nullIfEmpty(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

void setTabChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

std::optional<MetadataTabs::Kind> metadataKind(UserField field)
{
    switch (field) {
    case UserField::ClientMetadata: return MetadataTabs::Kind::Client;
    case UserField::ClientReadOnlyMetadata: return MetadataTabs::Kind::ClientReadOnly;
    case UserField::ServerMetadata: return MetadataTabs::Kind::Server;
    default: return std::nullopt;
    }
}

void FieldProblems::add(FieldMessage *message, const QString &text)
{
    message->showError(text);
    add(message->field() ? message->field() : message);
}

void FieldProblems::add(QWidget *field)
{
    if (!m_first)
        m_first = field;
}

void FieldProblems::checkImageUrl(FieldMessage *message, const QString &text, DataImages dataImages)
{
    const QString image = text.trimmed();
    if (image.isEmpty() || isHttpUrl(image) || (dataImages == DataImages::Accepted && image.startsWith(u"data:image/")))
        return;
    add(message, QCoreApplication::translate("hexclave::ui::DialogParts",
                                             "Enter an http:// or https:// address of an image, or leave it empty."));
}

void FieldProblems::checkMetadata(MetadataTabs *metadata)
{
    if (JsonEditor *invalid = metadata->firstInvalid()) {
        if (isEmpty())
            invalid->moveCursorToError();
        add(invalid);
    }
}

bool FieldProblems::focusFirst() const
{
    if (!m_first)
        return true;
    if (m_first != m_first->window()->focusWidget())
        m_first->setFocus(Qt::OtherFocusReason);
    return false;
}

} // namespace hexclave::ui
