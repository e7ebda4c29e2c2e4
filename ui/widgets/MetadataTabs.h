#pragma once

#include <QTabWidget>

#include <array>
#include <optional>

class QPushButton;

namespace hexclave::ui {

class FieldMessage;
class JsonEditor;

// The three metadata values of a user, one JSON editor per tab, each with a line saying who
// can read and write it, and its syntax error (or the server's complaint) underneath with a
// button that jumps to the error. A tab whose JSON is invalid carries a warning icon.
class MetadataTabs : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataTabs)

public:
    enum class Kind { Client, ClientReadOnly, Server };
    static constexpr std::array<Kind, 3> kinds{Kind::Client, Kind::ClientReadOnly, Kind::Server};

    // Whose metadata: the sentences saying who can read and write each value differ.
    enum class Subject { User, Team };

    explicit MetadataTabs(QWidget *parent = nullptr);
    MetadataTabs(Subject subject, QWidget *parent);

    static QString title(Kind kind);
    JsonEditor *editor(Kind kind) const;
    FieldMessage *message(Kind kind) const;

    // Checks every editor now and shows their errors; returns the first invalid one (and shows
    // its tab), or null when all three are valid JSON.
    JsonEditor *firstInvalid();
    bool hasChanges() const;
    // The JSON of `kind` when someone edited it, else nothing.
    std::optional<QString> editedJson(Kind kind) const;
    // Puts the edited values into a create or patch body's *MetadataJson members; an untouched
    // editor leaves its member alone (so a new subject gets the server's default, null).
    template <class Body>
    void putEdited(Body &body) const
    {
        if (auto json = editedJson(Kind::Client))
            body.clientMetadataJson = std::move(json);
        if (auto json = editedJson(Kind::ClientReadOnly))
            body.clientReadOnlyMetadataJson = std::move(json);
        if (auto json = editedJson(Kind::Server))
            body.serverMetadataJson = std::move(json);
    }
    // The server's complaint about one value, shown until that value is edited.
    void showServerError(Kind kind, const QString &message);

private:
    struct Tab
    {
        JsonEditor *editor = nullptr;
        FieldMessage *message = nullptr;
        QPushButton *goToError = nullptr;
        QString syntaxError;            // as of the editor's last check (after the pause in typing)
        bool showsServerError = false;
    };

    QWidget *createTab(Kind kind, Subject subject);
    void updateTab(Kind kind);

    std::array<Tab, 3> m_tabs;
};

} // namespace hexclave::ui
