#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace hexclave::ui {

class FlowLayout;

// A conversation's tags as removable chips, and a field to add more (several at once with
// commas; completion from the tags other conversations use; Enter adds). It only asks: the
// header sends the change and shows the tags the server answered.
class TagsEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsEditor)

public:
    explicit TagsEditor(QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    void setKnownTags(const QStringList &tags);
    // The typed text once it was added (kept after a failure, to try again).
    void clearInput();
    QLineEdit *input() const { return m_input; }

Q_SIGNALS:
    void addRequested(const QString &text); // as typed; may hold several, comma-separated
    void removeRequested(const QString &tag);

private:
    void rebuildChips();
    void updateCompletions();

    FlowLayout *m_flow;
    QLineEdit *m_input;
    QStringListModel *m_completions;
    QCompleter *m_completer;
    QList<QWidget *> m_chips;
    QStringList m_tags;
    QStringList m_knownTags;
};

} // namespace hexclave::ui
