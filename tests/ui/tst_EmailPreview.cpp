// EmailPreview: remote content is never fetched (blocked and counted, local files too),
// inline data: images are shown, links are not followed (hovering shows the target), and the
// busy and error states. Also saves a picture (HEXCLAVE_SCREENSHOT_DIR).

#include "EnglishPlurals.h"
#include "UiTestHelpers.h"

#include "widgets/EmailPreview.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

QString dataUrlImage(const QColor &color, const QSize &size = {40, 20})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

QTextBrowser *browserOf(ui::EmailPreview &preview)
{
    return preview.findChild<QTextBrowser *>();
}

QLabel *labelShowing(QWidget &widget, const QString &part)
{
    const auto labels = widget.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisible() && label->text().contains(part))
            return label;
    }
    return nullptr;
}

} // namespace

class TestEmailPreview : public QObject
{
    Q_OBJECT

    EnglishPlurals m_plurals;
    Screenshots m_screenshots;

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QCoreApplication::installTranslator(&m_plurals);
    }

    void remoteImagesAreBlockedAndCounted()
    {
        ui::EmailPreview preview;
        preview.resize(500, 400);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.showHtml(u"<p>Hello</p>"
                         "<img src=\"https://tracker.example.com/open.png?u=42\">"
                         "<img src=\"http://cdn.example.com/logo.gif\">"
                         "<img src=\"https://tracker.example.com/open.png?u=42\">"_s,
                         u"Welcome"_s);
        QCOMPARE(preview.blockedResourceCount(), 2); // the same address counts once
        QVERIFY(preview.shownText().contains(u"2 remote images blocked"_s));
        QVERIFY(preview.shownText().contains(u"Welcome"_s));
        QVERIFY(preview.shownText().contains(u"Hello"_s));
        QVERIFY(labelShowing(preview, u"2 remote images blocked"_s));
        QTextBrowser *browser = browserOf(preview);
        QVERIFY(browser);
        QVERIFY(browser->document()->resource(QTextDocument::ImageResource,
                                              QUrl(u"http://cdn.example.com/logo.gif"_s)).isNull());
        QVERIFY(!browser->openLinks());
        QVERIFY(!browser->openExternalLinks());

        // Painting does not fetch either, and does not count twice.
        QVERIFY(!preview.grab().isNull());
        QCOMPARE(preview.blockedResourceCount(), 2);

        // A new email starts counting again; one without remote images has no note.
        preview.showHtml(u"<p>Plain</p>"_s);
        QCOMPARE(preview.blockedResourceCount(), 0);
        QVERIFY(!labelShowing(preview, u"blocked"_s));
        QCOMPARE(preview.shownText(), u"Plain"_s);
    }

    void localFilesAndOtherSchemesAreBlockedToo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString imagePath = dir.filePath(u"local.png"_s);
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(imagePath));

        ui::EmailPreview preview;
        preview.showHtml(u"<html><head><link rel=\"stylesheet\" type=\"text/css\" href=\"https://example.com/style.css\"></head>"
                         "<body><img src=\"%1\"><img src=\"%2\"><img src=\"cid:logo@x\"><img src=\"relative.png\">"
                         "<p style=\"background-image: url(https://example.com/bg.png)\">Text</p></body></html>"_s
                             .arg(QUrl::fromLocalFile(imagePath).toString(), imagePath));
        QCOMPARE(preview.blockedResourceCount(), 6);
        QVERIFY(preview.shownText().contains(u"6 remote resources blocked"_s));
        QVERIFY(!preview.shownText().contains(QChar::ObjectReplacementCharacter));
        QTextBrowser *browser = browserOf(preview);
        QVERIFY(browser->document()->resource(QTextDocument::ImageResource,
                                              QUrl::fromLocalFile(imagePath)).isNull());
        QVERIFY(browser->document()->resource(QTextDocument::ImageResource, QUrl(imagePath)).isNull());
    }

    void inlineDataImagesAreShown()
    {
        ui::EmailPreview preview;
        const QString green = dataUrlImage(QColor(0, 200, 0));
        preview.showHtml(u"<p>Logo:</p><img src=\"%1\">"_s.arg(green));
        QCOMPARE(preview.blockedResourceCount(), 0);
        QVERIFY(!preview.shownText().contains(u"blocked"_s));
        const QVariant resource = browserOf(preview)->document()->resource(QTextDocument::ImageResource, QUrl(green));
        QImage shown;
        if (resource.canConvert<QImage>() && resource.metaType().id() == QMetaType::QImage)
            shown = resource.value<QImage>();
        else
            shown = QImage::fromData(resource.toByteArray());
        QCOMPARE(shown.size(), QSize(40, 20));
        QCOMPARE(shown.pixelColor(5, 5), QColor(0, 200, 0));
    }

    void linksAreNotFollowed()
    {
        ui::EmailPreview preview;
        preview.resize(500, 300);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        const QString target = u"https://example.com/verify?code=abc"_s;
        preview.showHtml(u"<p><a href=\"%1\">Verify your email</a></p><p>Thanks</p>"_s.arg(target), u"Verify"_s);
        QTextBrowser *browser = browserOf(preview);
        const QString before = browser->toHtml();

        QTextCursor cursor(browser->document());
        cursor.setPosition(3);
        const QPoint onLink = browser->cursorRect(cursor).center();
        QSignalSpy clicked(browser, &QTextBrowser::anchorClicked);
        QSignalSpy hovered(browser, &QTextBrowser::highlighted);
        QTest::mouseMove(browser->viewport(), onLink);
        QTRY_VERIFY(hovered.size() > 0);
        QCOMPARE(hovered.last().first().toUrl(), QUrl(target));
        QVERIFY(labelShowing(preview, target));
        QCOMPARE(browser->viewport()->toolTip(), target);

        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, onLink);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(browser->source(), QUrl());
        QCOMPARE(browser->toHtml(), before);
        QVERIFY(preview.shownText().contains(u"Verify your email"_s));
    }

    void busyAndErrorStates()
    {
        ui::EmailPreview preview;
        preview.show();
        QCOMPARE(preview.shownText(), QString());
        preview.showBusy(u"Rendering the email…"_s);
        QCOMPARE(preview.shownText(), u"Rendering the email…"_s);

        const QString details = u"EMAIL_RENDERING_ERROR: Unexpected token (3:14)\n  at line 3, column 14"_s;
        preview.showError(u"The email could not be rendered"_s, details);
        QCOMPARE(preview.shownText(), u"The email could not be rendered\n"_s + details);
        QLabel *detailsLabel = labelShowing(preview, u"line 3, column 14"_s);
        QVERIFY(detailsLabel);
        QVERIFY(detailsLabel->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(labelShowing(preview, u"could not be rendered"_s));

        preview.showHtml(u"<b>Back</b>"_s);
        QCOMPARE(preview.shownText(), u"Back"_s);
        // Rendering again keeps the email in view, with the busy message above it.
        preview.showBusy(u"Rendering the email…"_s);
        QCOMPARE(preview.shownText(), u"Rendering the email…\nBack"_s);
        preview.showHtml(u"<b>Again</b>"_s);
        QCOMPARE(preview.shownText(), u"Again"_s);
        preview.clear();
        QCOMPARE(preview.shownText(), QString());
        QCOMPARE(preview.blockedResourceCount(), 0);
    }

    void screenshot_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshot()
    {
        QFETCH(bool, dark);
        ui::EmailPreview preview;
        if (dark)
            preview.setPalette(darkPalette());
        preview.resize(560, 420);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.showHtml(
            u"<html><body style=\"background:#f6f9fc; font-family:sans-serif\">"
            "<table width=\"100%\"><tr><td align=\"center\">"
            "<img src=\"%1\" width=\"120\" height=\"24\">"
            "<h2 style=\"color:#1a1a1a\">Welcome to Acme</h2>"
            "<p style=\"color:#333\">Hi Ada, thanks for signing up. Confirm your address to get started.</p>"
            "<p><a href=\"https://acme.example.com/verify?code=123\" "
            "style=\"background:#4f46e5;color:#ffffff;padding:10px 18px;text-decoration:none\">Verify email</a></p>"
            "<img src=\"https://tracker.example.com/open.gif\" width=\"1\" height=\"1\">"
            "<p style=\"color:#8a8a8a;font-size:12px\">You received this because you signed up at acme.example.com.</p>"
            "</td></tr></table></body></html>"_s.arg(dataUrlImage(QColor(79, 70, 229), {120, 24})),
            u"Welcome to Acme"_s);
        QCOMPARE(preview.blockedResourceCount(), 1);
        // Hovering the button shows where it leads.
        QTextBrowser *browser = browserOf(preview);
        QTextCursor cursor = browser->document()->find(u"Verify email"_s);
        QVERIFY(!cursor.isNull());
        cursor.setPosition(cursor.selectionStart() + 2);
        QTest::mouseMove(browser->viewport(), QPoint(1, 1));
        QTest::mouseMove(browser->viewport(), browser->cursorRect(cursor).center());
        QTRY_VERIFY(labelShowing(preview, u"acme.example.com/verify"_s));
        const QString suffix = dark ? u"-dark"_s : QString();
        QVERIFY(m_screenshots.save(&preview, u"editor-preview"_s + suffix));
        preview.showError(u"The email could not be rendered"_s,
                          u"EMAIL_RENDERING_ERROR: Expected \"}\" but found \"<\" at line 12, column 7"_s);
        QVERIFY(m_screenshots.save(&preview, u"editor-preview-error"_s + suffix));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestEmailPreview)
#include "tst_EmailPreview.moc"
