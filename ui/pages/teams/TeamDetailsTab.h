#pragma once

#include "dto/Team.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hexclave::ui {

class MetadataTabs;

// What a team is, read-only: its id (to copy), when it was created, its profile image URL and
// its three metadata values; "Edit team…" leads to the dialog that changes them.
class TeamDetailsTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDetailsTab)

public:
    explicit TeamDetailsTab(QWidget *parent = nullptr);

    void showTeam(const api::Team &team);
    void clear();

    QLineEdit *idField() const { return m_id; }
    QLabel *createdLabel() const { return m_created; }
    QLabel *profileImageLabel() const { return m_profileImage; }
    MetadataTabs *metadata() const { return m_metadata; }
    QPushButton *editButton() const { return m_edit; }

Q_SIGNALS:
    void editRequested();

private:
    QLineEdit *m_id;
    QLabel *m_created;
    QLabel *m_profileImage;
    MetadataTabs *m_metadata;
    QPushButton *m_edit;
};

} // namespace hexclave::ui
