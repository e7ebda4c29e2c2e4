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

// Small pieces the user dialogs share.

// A wrapped paragraph of explanation.
QLabel *explanationLabel(const QString &text, QWidget *parent);
// A password field with a "Show" action that reveals what was typed.
QLineEdit *passwordLineEdit(QWidget *parent);
// local@domain without spaces: as lenient as the server, which accepts "a@b".
bool looksLikeEmail(const QString &text);
// An absolute http:// or https:// URL with a host.
bool isHttpUrl(const QString &text);
// Tab goes through `widgets` in this order.
void setTabChain(std::initializer_list<QWidget *> widgets);
// The metadata tab a field error belongs to, if it is about metadata.
std::optional<MetadataTabs::Kind> metadataKind(UserField field);

} // namespace hexclave::ui
