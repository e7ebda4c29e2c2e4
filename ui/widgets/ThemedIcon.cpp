#include "ThemedIcon.h"

#include <QApplication>
#include <QEvent>
#include <QIconEngine>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace hexclave::ui {

namespace {

class ThemedIconEngine final : public QIconEngine
{
public:
    explicit ThemedIconEngine(QString path, QColor fixedColor = {})
        : m_path(std::move(path))
        , m_fixedColor(fixedColor)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, render(rect.size(), ratio, mode));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override { return render(size, 1.0, mode); }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        // Before 6.8, QIcon::pixmap() asks with the size in device pixels already (and sets the
        // pixmap's ratio itself); scaling again would draw a 20x20 icon at ratio 2 with 80x80 pixels.
        Q_UNUSED(scale)
        return render(size, 1.0, mode);
#else
        return render(size, scale, mode);
#endif
    }

    QIconEngine *clone() const override { return new ThemedIconEngine(m_path, m_fixedColor); }
    QString key() const override { return QStringLiteral("hexclave-themed"); }

private:
    QPixmap render(const QSize &size, qreal ratio, QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        QColor color = m_fixedColor.isValid() ? m_fixedColor : palette.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::HighlightedText);

        // Table rows paint their icons on every repaint: parse and colour each SVG once per look.
        const QString key = QStringLiteral("hexclave-icon:%1:%2:%3x%4@%5")
                                .arg(m_path, color.name(QColor::HexArgb))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(ratio);
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        pixmap = QPixmap(size * ratio);
        pixmap.fill(Qt::transparent);
        QSvgRenderer renderer(m_path);
        QPainter painter(&pixmap);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixmap.size())));
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
        painter.end();
        pixmap.setDevicePixelRatio(ratio);
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    QString m_path;
    QColor m_fixedColor;
};

// Lives as a child of the label it draws into.
class LabelIconUpdater final : public QObject
{
public:
    LabelIconUpdater(QLabel *label, QIcon icon, int size, QIcon::Mode mode)
        : QObject(label)
        , m_label(label)
        , m_icon(std::move(icon))
        , m_size(size)
        , m_mode(mode)
    {
        label->installEventFilter(this);
        update();
    }

    void setIcon(QIcon icon, int size, QIcon::Mode mode)
    {
        m_icon = std::move(icon);
        m_size = size;
        m_mode = mode;
        update();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label) {
            switch (event->type()) {
            case QEvent::PaletteChange:
            case QEvent::ApplicationPaletteChange:
            case QEvent::StyleChange:
            case QEvent::ScreenChangeInternal:
                update();
                break;
            default:
                break;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void update()
    {
        m_label->setPixmap(m_icon.pixmap(QSize(m_size, m_size), m_label->devicePixelRatioF(), m_mode));
    }

    QLabel *m_label;
    QIcon m_icon;
    int m_size;
    QIcon::Mode m_mode;
};

} // namespace

void setIconPixmap(QLabel *label, const QIcon &icon, int size, QIcon::Mode mode)
{
    for (QObject *child : label->children()) {
        if (auto *updater = dynamic_cast<LabelIconUpdater *>(child)) {
            updater->setIcon(icon, size, mode);
            return;
        }
    }
    new LabelIconUpdater(label, icon, size, mode);
}

QIcon themedIcon(const QString &name)
{
    return QIcon(new ThemedIconEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QIcon tintedIcon(const QString &name, const QColor &color)
{
    return QIcon(new ThemedIconEngine(QStringLiteral(":/icons/%1.svg").arg(name), color));
}

} // namespace hexclave::ui
