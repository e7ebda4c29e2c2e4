// UserConfirmations: removing two-factor authentication asks first; "Remove" sends the change
// (the server then no longer requires a second factor), Cancel sends nothing.

#include "UserDialogTesting.h"

#include "dialogs/UserConfirmations.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

// The user with a TOTP secret, as if they had set up an authenticator app. The endpoints have
// no setter for it (the console only ever removes it), so the request is written out here.
std::optional<api::User> withTwoFactor(DialogTestProject &project, const QString &userId)
{
    const QByteArray body = R"({"totp_secret_base64":"SGVsbG8hIDEyMzQ1Njc4OTAxMjM0NTY="})";
    api::Call<api::User> call{api::ApiRequest::patch(api::resourcePath(u"/users"_s, {userId}), project.scope(), body)};
    return waitForJob(project.admin().send(std::move(call)));
}

void clickInNextQuestion(QObject *context, bool *done, const QString &buttonText)
{
    onNextModal<QMessageBox>(context, done, [buttonText](QMessageBox *box) {
        QVERIFY(box->text().contains(u"two-factor"_s));
        QAbstractButton *button = findButton(box, buttonText);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

} // namespace

class TestUserConfirmations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removeTwoFactorAfterConfirming()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto created = project.createSampleUser();
        QVERIFY(created);
        const auto user = withTwoFactor(project, created->id);
        QVERIFY(user);
        QVERIFY(user->requiresTotpMfa);

        QWidget window;
        window.show();
        bool answered = false;
        clickInNextQuestion(this, &answered, u"Remove"_s);
        api::Job<api::User> *job = ui::UserConfirmations::removeTwoFactor(&window, project.context(), *user);
        QVERIFY(answered);
        QVERIFY(job);
        const auto updated = waitForJob(job);
        QVERIFY(updated);
        QVERIFY(!updated->requiresTotpMfa);
        QVERIFY(!project.fetchUser(user->id)->requiresTotpMfa);
    }

    void cancelSendsNothing()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto created = project.createSampleUser();
        QVERIFY(created);
        const auto user = withTwoFactor(project, created->id);
        QVERIFY(user);

        QWidget window;
        window.show();
        bool answered = false;
        clickInNextQuestion(this, &answered, u"Cancel"_s);
        QVERIFY(!ui::UserConfirmations::removeTwoFactor(&window, project.context(), *user));
        QVERIFY(answered);
        QVERIFY(project.fetchUser(user->id)->requiresTotpMfa);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUserConfirmations)
#include "tst_UserConfirmations.moc"
