#pragma once

#include "dto/User.h"
#include "pages/SubjectDataView.h"

namespace hexclave::ui {

// A SubjectDataView about the selected user (sessions, contact channels, …): the subject is the
// user the users list answered, and a change that the users table shows (primary email,
// sign-in methods, …) asks for the user's row to be refreshed.
class UserDataView : public SubjectDataView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDataView)

public:
    ~UserDataView() override;

    // The same user again (their row was refreshed) keeps what was loaded; another user
    // forgets it, to be loaded when the view is shown.
    void setUser(const api::User &user);
    void clearUser();

    const api::User &user() const { return m_user; }
    QString userId() const { return m_user.id; }

Q_SIGNALS:
    // A change succeeded that the users table shows (primary email, sign-in methods, …).
    void userChanged(const QString &userId);

protected:
    UserDataView(const ProjectContext &context, QWidget *parent);

    // What a change says while it runs, once it is done, and when it failed.
    struct Change
    {
        QString busyText;
        QString doneText;
        QString failedText;
        bool affectsUserRow = false; // emit userChanged when it succeeded
    };

    virtual void userRefreshed() {} // setUser() with the same user: their row was refreshed

    template <class T>
    void perform(api::Call<T> call, const Change &change, std::function<void(const T &)> onDone = {})
    {
        SubjectDataView::perform<T>(std::move(call), subjectChange(change), std::move(onDone));
    }

    template <class T>
    void performEach(QList<api::Call<T>> calls, const Change &change, std::function<void(const T &)> onEachDone = {})
    {
        SubjectDataView::performEach<T>(std::move(calls), subjectChange(change), std::move(onEachDone));
    }

private:
    void subjectRefreshed() final { userRefreshed(); }
    static SubjectDataView::Change subjectChange(const Change &change);

    api::User m_user;
};

} // namespace hexclave::ui
