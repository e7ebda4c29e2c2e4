#pragma once

#include "UserFieldErrors.h"
#include "widgets/MetadataTabs.h"

#include <QString>

#include <initializer_list>
#include <optional>

class QLabel;
class QLineEdit;
class QWidget;

namespace hexclave::ui {

class FieldMessage;

// Small pieces the user dialogs share.

// A wrapped paragraph of explanation.
QLabel *explanationLabel(const QString &text, QWidget *parent);
// A step's title in a larger bold font, wrapped; the text is set by the caller.
QLabel *headline(QWidget *parent);
// A section's title in bold.
QLabel *sectionTitle(const QString &text, QWidget *parent);
// `field` with its `message` right under it, for one cell of a form.
QWidget *withMessage(QWidget *field, FieldMessage *message, QWidget *parent);
// A password field with a "Show" action that reveals what was typed.
QLineEdit *passwordLineEdit(QWidget *parent);
// local@domain without spaces: as lenient as the server, which accepts "a@b".
bool looksLikeEmail(const QString &text);
// What a text field means for a nullable string: trimmed, and empty is null.
std::optional<QString> nullIfEmpty(const QString &text);
// An absolute http:// or https:// URL with a host.
bool isHttpUrl(const QString &text);
// Tab goes through `widgets` in this order.
void setTabChain(std::initializer_list<QWidget *> widgets);
// The metadata tab a field error belongs to, if it is about metadata.
std::optional<MetadataTabs::Kind> metadataKind(UserField field);

// What a form check found: each problem is shown as it is added, and the first one's field gets
// the focus at the end.
class FieldProblems
{
public:
    // Shows `text` as an error on `message`.
    void add(FieldMessage *message, const QString &text);
    // A problem that `field` shows itself (e.g. a JSON editor with a syntax error).
    void add(QWidget *field);
    // A profile image URL that is neither empty nor an http(s) address (nor, when `dataImages`
    // is Accepted, a data:image/ URL), shown on `message`.
    enum class DataImages { Rejected, Accepted };
    void checkImageUrl(FieldMessage *message, const QString &text, DataImages dataImages = DataImages::Rejected);
    // The first metadata value that is not valid JSON; its cursor goes to the error when it is
    // the first problem.
    void checkMetadata(MetadataTabs *metadata);
    bool isEmpty() const { return !m_first; }
    // Focuses the field of the first problem; returns true when there was none.
    bool focusFirst() const;

private:
    QWidget *m_first = nullptr;
};

} // namespace hexclave::ui
