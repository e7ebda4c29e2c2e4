#include "MetadataTabs.h"

#include "FieldMessage.h"
#include "JsonEditor.h"
#include "ThemedIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

int tabIndex(MetadataTabs::Kind kind)
{
    return int(kind);
}

QString whoSees(MetadataTabs::Kind kind, MetadataTabs::Subject subject)
{
    if (subject == MetadataTabs::Subject::Team) {
        switch (kind) {
        case MetadataTabs::Kind::Client:
            return MetadataTabs::tr("Readable by the team's members in your app (client access), and writable by those "
                                    "allowed to update the team.");
        case MetadataTabs::Kind::ClientReadOnly:
            return MetadataTabs::tr("Readable by the team's members in your app, writable only with server or admin "
                                    "access, e.g. a plan.");
        case MetadataTabs::Kind::Server:
            return MetadataTabs::tr("Only readable and writable with server or admin access; never sent to your app.");
        }
    }
    switch (kind) {
    case MetadataTabs::Kind::Client:
        return MetadataTabs::tr("Readable and writable by the user's own app (client access), e.g. preferences.");
    case MetadataTabs::Kind::ClientReadOnly:
        return MetadataTabs::tr("Readable by the user's app, writable only with server or admin access, e.g. a plan.");
    case MetadataTabs::Kind::Server:
        return MetadataTabs::tr("Only readable and writable with server or admin access; never sent to the user's app.");
    }
    return {};
}

} // namespace

MetadataTabs::MetadataTabs(QWidget *parent)
    : MetadataTabs(Subject::User, parent)
{
}

MetadataTabs::MetadataTabs(Subject subject, QWidget *parent)
    : QTabWidget(parent)
{
    setAccessibleName(tr("Metadata"));
    for (Kind kind : kinds)
        addTab(createTab(kind, subject), title(kind));
}

QString MetadataTabs::title(Kind kind)
{
    switch (kind) {
    case Kind::Client: return tr("Client metadata");
    case Kind::ClientReadOnly: return tr("Client read-only metadata");
    case Kind::Server: return tr("Server metadata");
    }
    return {};
}

QWidget *MetadataTabs::createTab(Kind kind, Subject subject)
{
    auto *page = new QWidget(this);
    Tab &tab = m_tabs[tabIndex(kind)];
    tab.editor = new JsonEditor(page);
    tab.editor->setAccessibleName(title(kind));
    tab.editor->setObjectName(title(kind));
    tab.message = new FieldMessage(tab.editor, page);
    tab.goToError = new QPushButton(tr("Go to error"), page);
    tab.goToError->setAccessibleName(tr("Go to the error in %1").arg(title(kind)));
    tab.goToError->hide();

    auto *hint = new QLabel(whoSees(kind, subject), page);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(tab.message, 1);
    errorRow->addWidget(tab.goToError, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(tab.editor, 1);
    layout->addLayout(errorRow);

    connect(tab.editor, &JsonEditor::syntaxErrorChanged, this, [this, kind] {
        Tab &checked = m_tabs[tabIndex(kind)];
        checked.syntaxError = checked.editor->errorText();
        updateTab(kind);
    });
    connect(tab.editor, &QPlainTextEdit::textChanged, this, [this, kind] {
        Tab &edited = m_tabs[tabIndex(kind)];
        if (edited.showsServerError) {
            edited.showsServerError = false;
            updateTab(kind);
        }
    });
    connect(tab.goToError, &QPushButton::clicked, tab.editor, &JsonEditor::moveCursorToError);
    return page;
}

JsonEditor *MetadataTabs::editor(Kind kind) const
{
    return m_tabs[tabIndex(kind)].editor;
}

FieldMessage *MetadataTabs::message(Kind kind) const
{
    return m_tabs[tabIndex(kind)].message;
}

void MetadataTabs::updateTab(Kind kind)
{
    Tab &tab = m_tabs[tabIndex(kind)];
    const QString &syntax = tab.syntaxError;
    if (!syntax.isEmpty()) {
        tab.showsServerError = false;
        tab.message->showError(tr("Not valid JSON: %1").arg(syntax));
    } else if (!tab.showsServerError) {
        tab.message->clear();
    }
    tab.goToError->setVisible(!syntax.isEmpty());
    const bool problem = tab.message->isShowingError();
    setTabIcon(tabIndex(kind), problem ? themedIcon(QStringLiteral("warning")) : QIcon());
    setTabToolTip(tabIndex(kind), problem ? tab.message->text() : QString());
}

JsonEditor *MetadataTabs::firstInvalid()
{
    JsonEditor *first = nullptr;
    for (Kind kind : kinds) {
        JsonEditor *candidate = editor(kind);
        candidate->validateNow();
        m_tabs[tabIndex(kind)].syntaxError = candidate->errorText();
        updateTab(kind);
        if (!first && !candidate->isValid()) {
            first = candidate;
            setCurrentIndex(tabIndex(kind));
        }
    }
    return first;
}

bool MetadataTabs::hasChanges() const
{
    return std::any_of(m_tabs.cbegin(), m_tabs.cend(), [](const Tab &tab) { return tab.editor->hasChanges(); });
}

std::optional<QString> MetadataTabs::editedJson(Kind kind) const
{
    const JsonEditor *edited = editor(kind);
    return edited->hasChanges() ? std::optional<QString>(edited->json()) : std::nullopt;
}

void MetadataTabs::showServerError(Kind kind, const QString &message)
{
    Tab &tab = m_tabs[tabIndex(kind)];
    tab.message->showError(message);
    tab.showsServerError = true;
    updateTab(kind);
    setCurrentIndex(tabIndex(kind));
}

} // namespace hexclave::ui
