// ErrorBanner: the message as plain text, the technical details, Retry (waiting out a rate
// limit), Copy details and Dismiss.

#include "UiTestHelpers.h"

#include "widgets/ErrorBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

class TestErrorBanner : public QObject
{
    Q_OBJECT

private:
    static api::ApiError knownError()
    {
        api::ApiError error;
        error.kind = api::ApiError::Kind::Http;
        error.httpStatus = 404;
        error.code = u"USER_NOT_FOUND"_s;
        error.message = u"User not found."_s;
        error.requestId = u"req-42"_s;
        return error;
    }

private Q_SLOTS:
    void showsMessageAndDetails()
    {
        ui::ErrorBanner banner;
        banner.resize(700, 80);
        banner.showError(knownError());
        QVERIFY(!banner.isHidden());
        QVERIFY(showsText(&banner, u"User not found."_s));
        QVERIFY(showsText(&banner, u"HTTP 404 · USER_NOT_FOUND · request req-42"_s));
        QVERIFY(findButton<QPushButton>(&banner, u"Retry"_s));
    }

    void serverTextIsNotRendered()
    {
        api::ApiError error;
        error.kind = api::ApiError::Kind::Http;
        error.httpStatus = 502;
        error.message = u"<html><body><h1>502 Bad Gateway</h1></body></html>"_s;
        ui::ErrorBanner banner;
        banner.show();
        banner.showError(error);
        const auto labels = banner.findChildren<QLabel *>();
        bool found = false;
        for (const QLabel *label : labels) {
            if (label->text().contains(u"<h1>"_s)) {
                found = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(found);
    }

    void retryWaitsOutARateLimit()
    {
        api::ApiError error;
        error.kind = api::ApiError::Kind::Http;
        error.httpStatus = 429;
        error.retryAfterSeconds = 2;
        ui::ErrorBanner banner;
        banner.show();
        QSignalSpy retried(&banner, &ui::ErrorBanner::retryRequested);
        banner.showError(error);
        QPushButton *retry = nullptr;
        for (QPushButton *button : banner.findChildren<QPushButton *>()) {
            if (button->text().startsWith(u"Retry"_s))
                retry = button;
        }
        QVERIFY(retry);
        QVERIFY(!retry->isEnabled());
        QVERIFY(retry->text().contains(u"2 s"_s));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 4000);
        QCOMPARE(retry->text(), u"Retry"_s);
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(retried.count(), 1);
        QVERIFY(banner.isHidden());
    }

    void copiesDetails()
    {
        ui::ErrorBanner banner;
        banner.show();
        banner.showError(knownError());
        QPushButton *copy = findButton<QPushButton>(&banner, u"Copy details"_s);
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(u"User not found."_s));
        QVERIFY(copied.contains(u"req-42"_s));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestErrorBanner)
#include "tst_ErrorBanner.moc"
