#include "EmailPreview.h"

#include "PaletteColors.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QLabel>
#include <QSet>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

#include <functional>

namespace hexclave::ui {

namespace {

bool isDataUrl(const QUrl &url)
{
    return url.scheme().compare(QLatin1StringView("data"), Qt::CaseInsensitive) == 0;
}

// The bytes of a data: URL ("data:image/png;base64,iVBOR…" or percent-encoded text).
QByteArray dataUrlPayload(const QUrl &url)
{
    const QByteArray path = QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1());
    const qsizetype comma = path.indexOf(',');
    if (comma < 0)
        return {};
    const QByteArray header = path.left(comma);
    const QByteArray data = path.mid(comma + 1);
    return header.endsWith(";base64") ? QByteArray::fromBase64(data) : data;
}

// The document decides what it may load: QTextDocument itself falls back to reading local
// files when its editor returns nothing, so blocking only in the browser would not be enough.
class BlockingDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

    std::function<void(int type, const QUrl &url)> blocked;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (isDataUrl(name)) {
            const QByteArray payload = dataUrlPayload(name);
            if (!payload.isEmpty())
                return payload;
        }
        if (blocked)
            blocked(type, name);
        return {};
    }
};

} // namespace

// Shows the email without fetching anything and without following links.
class BlockingTextBrowser : public QTextBrowser
{
public:
    explicit BlockingTextBrowser(QWidget *parent)
        : QTextBrowser(parent)
    {
        setOpenLinks(false);
        setOpenExternalLinks(false);
        showEmailHtml({});
    }

    // Each email gets a new document, filled and cleaned before it has a layout: Qt's image
    // handler reads a local file by itself when the document has no resource for an <img>, so
    // every image that is not inline gets a placeholder before it is ever laid out.
    void showEmailHtml(const QString &html)
    {
        m_blocked.clear();
        m_blockedImages.clear();
        auto *document = new BlockingDocument(this);
        document->setUndoRedoEnabled(false);
        document->setDefaultFont(font());
        document->blocked = [this](int type, const QUrl &url) {
            if (url.isEmpty())
                return;
            m_blocked.insert(url);
            if (type == QTextDocument::ImageResource)
                m_blockedImages.insert(url);
            if (onBlocked)
                onBlocked();
        };
        // Links the email does not colour itself would take the application's link colour, which
        // on a dark palette is a light blue made for dark backgrounds: emails are on a white page.
        document->setDefaultStyleSheet(QStringLiteral("a { color: #005ac8; }"));
        document->setHtml(html);
        replaceBlockedImages(document);
        // The first document belongs to the text control, which deletes it in setDocument().
        QTextDocument *previous = this->document();
        const bool previousIsOurs = previous && previous->parent() == this;
        setDocument(document);
        if (previousIsOurs)
            previous->deleteLater();
        document->documentLayout()->documentSize(); // lays out now: the count is known at once
    }

    int blockedCount() const { return int(m_blocked.size()); }
    int blockedImageCount() const { return int(m_blockedImages.size()); }

    std::function<void()> onBlocked;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        // Only reached through QTextBrowser's own API (setSource); the document blocks the rest.
        if (isDataUrl(name))
            return dataUrlPayload(name);
        m_blocked.insert(name);
        if (type == QTextDocument::ImageResource)
            m_blockedImages.insert(name);
        return {};
    }

private:
    void replaceBlockedImages(QTextDocument *document)
    {
        static const QUrl placeholderUrl(QStringLiteral("hexclave-blocked:image"));
        QList<QPair<QTextCursor, QTextImageFormat>> blockedImages;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.charFormat().isImageFormat())
                    continue;
                QTextImageFormat image = fragment.charFormat().toImageFormat();
                const QUrl url(image.name());
                if (isDataUrl(url) && !dataUrlPayload(url).isEmpty())
                    continue;
                if (!url.isEmpty()) {
                    m_blocked.insert(url);
                    m_blockedImages.insert(url);
                }
                image.setName(placeholderUrl.toString());
                QTextCursor cursor(document);
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                blockedImages.append({cursor, image});
            }
        }
        QImage placeholder(1, 1, QImage::Format_ARGB32);
        placeholder.fill(QColor(128, 128, 128, 60));
        document->addResource(QTextDocument::ImageResource, placeholderUrl, placeholder);
        for (auto &[cursor, image] : blockedImages) {
            if (!image.hasProperty(QTextFormat::ImageWidth) && !image.hasProperty(QTextFormat::ImageHeight)) {
                image.setWidth(16); // an image of unknown size shows as a small box
                image.setHeight(16);
            }
            cursor.setCharFormat(image);
        }
    }

    QSet<QUrl> m_blocked;
    QSet<QUrl> m_blockedImages;
};

namespace {

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

EmailPreview::EmailPreview(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emailPage(new QWidget(m_stack))
    , m_subject(new QLabel(m_emailPage))
    , m_blockedNote(noteLabel(m_emailPage))
    , m_busyNote(noteLabel(m_emailPage))
    , m_linkTarget(noteLabel(m_emailPage))
    , m_browser(new BlockingTextBrowser(m_emailPage))
    , m_busy(new QLabel(m_stack))
    , m_errorPage(new QWidget(m_stack))
    , m_errorTitle(new QLabel(m_errorPage))
    , m_errorDetails(new QLabel(m_errorPage))
    , m_emptyPage(new QWidget(m_stack))
{
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.15);
    m_subject->setFont(subjectFont);

    m_browser->setAccessibleName(tr("Email preview"));
    m_browser->setFrameShape(QFrame::StyledPanel);
    // Emails are written for a white page; on a dark palette their dark text would vanish.
    QPalette page = m_browser->palette();
    page.setColor(QPalette::Base, Qt::white);
    page.setColor(QPalette::Text, Qt::black);
    page.setColor(QPalette::Link, QColor(0, 90, 200));
    page.setColor(QPalette::LinkVisited, QColor(100, 40, 160));
    m_browser->setPalette(page);
    m_browser->onBlocked = [this] { updateBlockedNote(); };
    connect(m_browser, &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        showHoveredLink(url.toString());
    });
    m_linkTarget->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_linkTarget->hide();
    m_blockedNote->hide();

    auto *emailLayout = new QVBoxLayout(m_emailPage);
    emailLayout->setContentsMargins(0, 0, 0, 0);
    emailLayout->setSpacing(4);
    for (QLabel *label : {m_subject, m_blockedNote, m_busyNote, m_linkTarget})
        label->setContentsMargins(6, 0, 6, 0);
    m_busyNote->hide();
    emailLayout->addWidget(m_subject);
    emailLayout->addWidget(m_blockedNote);
    emailLayout->addWidget(m_busyNote);
    emailLayout->addWidget(m_browser, 1);
    emailLayout->addWidget(m_linkTarget);

    m_busy->setAlignment(Qt::AlignCenter);
    m_busy->setWordWrap(true);
    m_busy->setTextFormat(Qt::PlainText);

    QFont titleFont = m_errorTitle->font();
    titleFont.setBold(true);
    m_errorTitle->setFont(titleFont);
    m_errorTitle->setWordWrap(true);
    m_errorTitle->setTextFormat(Qt::PlainText);
    m_errorTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorDetails->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errorDetails->setWordWrap(true);
    m_errorDetails->setTextFormat(Qt::PlainText);
    m_errorDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addWidget(m_errorTitle);
    errorLayout->addWidget(m_errorDetails);
    errorLayout->addStretch();

    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_emailPage);
    m_stack->addWidget(m_busy);
    m_stack->addWidget(m_errorPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    applyPaletteColors();
    clear();
}

void EmailPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPaletteColors();
}

// Colours derived from the palette are set again when it changes (light ↔ dark).
void EmailPreview::applyPaletteColors()
{
    const QPalette current = palette();
    for (QLabel *note : {m_blockedNote, m_busyNote, m_linkTarget}) {
        QPalette palette = current;
        palette.setColor(QPalette::WindowText, current.color(QPalette::PlaceholderText));
        note->setPalette(palette);
    }
    QPalette title = current;
    title.setColor(QPalette::WindowText, errorTextColor(current));
    m_errorTitle->setPalette(title);
}

void EmailPreview::showHtml(const QString &html, const QString &subject)
{
    m_subject->setText(subject.isEmpty() ? QString() : tr("Subject: %1").arg(subject));
    m_subject->setVisible(!subject.isEmpty());
    showHoveredLink({});
    m_browser->showEmailHtml(html);
    m_busyNote->clear();
    m_busyNote->hide();
    updateBlockedNote();
    m_stack->setCurrentWidget(m_emailPage);
}

void EmailPreview::showBusy(const QString &message)
{
    // While an email is shown (a preview rendered again after an edit) it stays in view, so that
    // the preview does not flicker with every pause in typing.
    if (m_stack->currentWidget() == m_emailPage) {
        m_busyNote->setText(message);
        m_busyNote->show();
        return;
    }
    m_busy->setText(message);
    m_stack->setCurrentWidget(m_busy);
}

void EmailPreview::showError(const QString &title, const QString &details)
{
    m_errorTitle->setText(title);
    m_errorDetails->setText(details);
    m_errorDetails->setVisible(!details.isEmpty());
    m_stack->setCurrentWidget(m_errorPage);
}

void EmailPreview::clear()
{
    m_browser->showEmailHtml({});
    m_subject->clear();
    m_busyNote->clear();
    m_busyNote->hide();
    updateBlockedNote();
    m_stack->setCurrentWidget(m_emptyPage);
}

int EmailPreview::blockedResourceCount() const
{
    return m_browser->blockedCount();
}

QString EmailPreview::shownText() const
{
    QWidget *current = m_stack->currentWidget();
    if (current == m_busy)
        return m_busy->text();
    if (current == m_errorPage)
        return m_errorDetails->text().isEmpty() ? m_errorTitle->text()
                                                : m_errorTitle->text() + u'\n' + m_errorDetails->text();
    if (current != m_emailPage)
        return {};
    QStringList parts;
    if (!m_subject->text().isEmpty())
        parts.append(m_subject->text());
    if (!m_blockedNote->text().isEmpty())
        parts.append(m_blockedNote->text());
    if (!m_busyNote->text().isEmpty())
        parts.append(m_busyNote->text());
    parts.append(m_browser->toPlainText().remove(QChar::ObjectReplacementCharacter)); // images
    return parts.join(u'\n');
}

void EmailPreview::updateBlockedNote()
{
    const int blocked = m_browser->blockedCount();
    QString note;
    if (blocked > 0 && blocked == m_browser->blockedImageCount())
        note = tr("%n remote image(s) blocked", nullptr, blocked);
    else if (blocked > 0)
        note = tr("%n remote resource(s) blocked", nullptr, blocked);
    if (note != m_blockedNote->text()) {
        m_blockedNote->setText(note);
        m_blockedNote->setToolTip(tr("The preview never loads anything from the internet."));
    }
    m_blockedNote->setVisible(!note.isEmpty());
}

void EmailPreview::showHoveredLink(const QString &url)
{
    m_linkTarget->setText(url.isEmpty() ? QString() : tr("Link to %1 (not opened from the preview)").arg(url));
    m_linkTarget->setVisible(!url.isEmpty());
    m_browser->viewport()->setToolTip(url);
}

} // namespace hexclave::ui
