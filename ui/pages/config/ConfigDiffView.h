#pragma once

#include "dto/ProjectConfig.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTreeWidget;

namespace hexclave::ui {

// Two configurations side by side as pretty JSON, their lines aligned (blank filler lines where
// one side has lines the other lacks), removed lines tinted red on the left and added ones green
// on the right; above them the list of changed paths. Secret values are masked on both sides.
class ConfigDiffView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigDiffView)

public:
    // One aligned line of both panes.
    struct Row
    {
        enum class Kind { Same, Removed, Added, Filler, Gap };
        QString before;
        QString after;
        Kind beforeKind = Kind::Same;
        Kind afterKind = Kind::Same;
    };

    explicit ConfigDiffView(QWidget *parent = nullptr);

    void setTrees(const api::ConfigTree &before, const api::ConfigTree &after, const QString &beforeTitle,
                  const QString &afterTitle);

    // The list of changed paths above the panes (shown by default).
    void setChangeListVisible(bool visible);
    // Only the changed lines and a few around them (off by default).
    void setOnlyChanges(bool only);
    bool onlyChanges() const;

    bool hasChanges() const { return m_changeCount > 0; }
    int changeCount() const { return m_changeCount; }
    // The aligned lines as shown (with "Only changes", the gaps between stretches included).
    const QList<Row> &rows() const { return m_shownRows; }

    static QList<Row> alignedRows(const QString &beforeText, const QString &afterText);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void render();
    void fillChangeList();

    QTreeWidget *m_changeList;
    QCheckBox *m_onlyChanges;
    QLabel *m_beforeTitle;
    QLabel *m_afterTitle;
    QPlainTextEdit *m_beforePane;
    QPlainTextEdit *m_afterPane;
    QSplitter *m_splitter;
    api::ConfigTree m_before;
    api::ConfigTree m_after;
    QList<Row> m_rows;
    QList<Row> m_shownRows;
    int m_changeCount = 0;
    bool m_rendering = false;
};

} // namespace hexclave::ui
