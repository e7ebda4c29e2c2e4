// What a screen reader and a keyboard user get: the main window on the demo server, every area,
// every tab inside each page (also the detail tabs of a selected row) and the main dialogs; every
// visible interactive widget must have an accessible name, icon-only buttons a tooltip, and every
// enabled one must be reachable with Tab (documented exceptions below).

#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "DemoServer.h"
#include "MainWindow.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/CreateUserDialog.h"
#include "dialogs/NewProjectDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/TeamDialog.h"
#include "emulator/Emulator.h"
#include "pages/Page.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

const QString kSeparator = u" › "_s;

bool hasAncestor(const QWidget *widget, const std::function<bool(const QWidget *)> &test)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (test(parent))
            return true;
        if (parent->isWindow())
            break;
    }
    return false;
}

// Parts of a compound widget: the compound is the widget a person meets, and it is checked itself.
bool isPartOfCompound(const QWidget *widget)
{
    return hasAncestor(widget, [](const QWidget *parent) {
        return qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QScrollBar *>(parent);
    }) || (qobject_cast<const QAbstractButton *>(widget) && qobject_cast<const QAbstractItemView *>(widget->parentWidget()));
}

bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QTabBar *>(widget))
        return true;
    // Custom widgets (charts among them) that take keyboard focus are stops a person meets too.
    // Plain scroll areas and tab widgets only pass focus on to what they hold.
    if (widget->focusProxy())
        return false;
    if (qobject_cast<const QTabWidget *>(widget))
        return false;
    if (qobject_cast<const QAbstractScrollArea *>(widget) && !qobject_cast<const QGraphicsView *>(widget))
        return false;
    return widget->focusPolicy() & Qt::TabFocus;
}

// Interactive widgets a screen reader does not announce on their own, or that are reached
// another way than Tab; each with the reason.
bool isExemptFromChecks(const QWidget *widget)
{
    // Scroll bars are driven with the arrow and page keys of the view they scroll.
    if (qobject_cast<const QScrollBar *>(widget))
        return true;
    // A header is part of its table: the table is announced and focused, sorting has the menu.
    if (qobject_cast<const QHeaderView *>(widget))
        return true;
    return false;
}

bool isExemptFromTab(const QWidget *widget)
{
    // Tool bar buttons are commands with shortcuts and menu entries (Qt keeps them out of the Tab
    // chain on purpose); a tool bar is reached as a whole with the menu's entries.
    if (hasAncestor(widget, [](const QWidget *parent) { return qobject_cast<const QToolBar *>(parent); }))
        return true;
    // Qt keeps only the checked button of a group of radio buttons in the Tab chain; the arrow
    // keys move between them.
    if (const auto *radio = qobject_cast<const QRadioButton *>(widget); radio && radio->autoExclusive() && !radio->isChecked())
        return true;
    // The icons inside a line edit take no focus (Qt's design); the field is the Tab stop. They
    // are its clear button (Ctrl+A, Delete), a leading decoration (a search field's magnifier), or
    // an action with a shortcut that works while the field has focus (show a password: Alt+F8).
    if (auto *field = qobject_cast<const QLineEdit *>(widget->parentWidget())) {
        const auto *button = qobject_cast<const QToolButton *>(widget);
        const QAction *action = button ? button->defaultAction() : nullptr;
        if (action
            && (action->objectName() == u"_q_qlineeditclearaction"_s || !action->shortcut().isEmpty()
                || widget->geometry().center().x() < field->width() / 2))
            return true;
    }
    return false;
}

// What a screen reader announces as the widget's name. On Linux a combo box's accessible name is
// its current text, which is not a label: there a name must come from setAccessibleName, a buddy
// label or the group box it sits in, as on the other platforms.
QString accessibleName(QWidget *widget)
{
    if (qobject_cast<QComboBox *>(widget)) {
        if (!widget->accessibleName().isEmpty())
            return widget->accessibleName();
        const auto labels = widget->window()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->buddy() == widget)
                return label->text();
        }
        if (auto *group = qobject_cast<QGroupBox *>(widget->parentWidget()))
            return group->title();
        return {};
    }
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u' ' + widget->objectName();
    if (!widget->toolTip().isEmpty())
        text += u" \"%1\""_s.arg(widget->toolTip());
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && !button->icon().isNull())
        text += u" (icon)"_s;
    // The class of the nearest named ancestor helps to find the widget in the source.
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        const QString name = QString::fromLatin1(parent->metaObject()->className());
        if (name.startsWith(u"hexclave::"_s)) {
            text += u" in "_s + name.mid(10);
            break;
        }
    }
    return text;
}

class Audit
{
public:
    // Checks every visible widget under `root` (once per widget: the first place it was seen).
    void check(QWidget *root, const QString &where)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            if (!widget->isVisible() || m_seen.contains(widget) || !isInteractive(widget) || isPartOfCompound(widget)
                || isExemptFromChecks(widget))
                continue;
            m_seen.insert(widget);
            ++m_checked;
            const QString entry = where + kSeparator + describe(widget);
            if (accessibleName(widget).isEmpty())
                m_unnamed.append(entry);
            const auto *button = qobject_cast<const QAbstractButton *>(widget);
            if (button && !button->icon().isNull() && button->text().isEmpty() && button->toolTip().isEmpty())
                m_withoutTooltip.append(entry);
            if (widget->isEnabled() && !(widget->focusPolicy() & Qt::TabFocus) && !isExemptFromTab(widget))
                m_unreachable.append(entry + u" (focus policy %1)"_s.arg(int(widget->focusPolicy())));
        }
    }

    int checked() const { return m_checked; }
    QString report() const
    {
        // Also line by line on the test's output: QVERIFY2 shortens long messages.
        for (const QString &entry : m_unnamed)
            qInfo().noquote() << "no name:" << entry;
        for (const QString &entry : m_withoutTooltip)
            qInfo().noquote() << "no tooltip:" << entry;
        for (const QString &entry : m_unreachable)
            qInfo().noquote() << "not reachable with Tab:" << entry;
        QString text;
        if (!m_unnamed.isEmpty())
            text += u"\nWithout an accessible name (%1):\n  "_s.arg(m_unnamed.size()) + m_unnamed.join(u"\n  "_s);
        if (!m_withoutTooltip.isEmpty())
            text += u"\nIcon-only buttons without a tooltip (%1):\n  "_s.arg(m_withoutTooltip.size())
                  + m_withoutTooltip.join(u"\n  "_s);
        if (!m_unreachable.isEmpty())
            text += u"\nNot reachable with Tab (%1):\n  "_s.arg(m_unreachable.size()) + m_unreachable.join(u"\n  "_s);
        return text;
    }

private:
    QSet<QWidget *> m_seen;
    int m_checked = 0;
    QStringList m_unnamed;
    QStringList m_withoutTooltip;
    QStringList m_unreachable;
};

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_demo.start(&m_error), qPrintable(m_error));
        m_window = std::make_unique<ui::MainWindow>(&m_workspace, &m_settings);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_demo.signIn(&m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->projectContext().isValid() && m_window->hasSettledPage(), kUiTimeoutMs);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void everyPageAndTab()
    {
        Audit audit;
        for (api::Area area : api::allAreas()) {
            m_window->showArea(area);
            QTRY_VERIFY_WITH_TIMEOUT(m_window->currentArea() == area && m_window->hasSettledPage(), kUiTimeoutMs);
            settle();
            const QString page = api::areaTitle(area);
            QWidget *current = m_window->currentPage();
            QVERIFY(current);
            selectFirstRows(current);
            audit.check(m_window.get(), page);
            QSet<QTabWidget *> visited;
            visitTabs(current, page, audit, visited);
        }
        QVERIFY2(audit.checked() > 100, qPrintable(QString::number(audit.checked())));
        const QString report = audit.report();
        QVERIFY2(report.isEmpty(), qPrintable(report));
    }

    void mainDialogs()
    {
        Audit audit;
        const ui::ProjectContext &context = m_window->projectContext();
        {
            ui::ConnectDialog dialog(&m_workspace, nullptr, m_window.get());
            checkDialog(dialog, u"Connect dialog"_s, audit);
        }
        {
            ui::CreateUserDialog dialog(context, m_window.get());
            checkDialog(dialog, u"Create user dialog"_s, audit);
        }
        {
            ui::TeamDialog dialog(context, m_window.get());
            checkDialog(dialog, u"New team dialog"_s, audit);
        }
        {
            ui::NewProjectDialog dialog(context, m_window.get());
            checkDialog(dialog, u"New project dialog"_s, audit);
        }
        {
            ui::PreferencesDialog dialog(&m_settings, QString(), m_window.get());
            checkDialog(dialog, u"Preferences dialog"_s, audit);
        }
        QVERIFY2(audit.checked() > 10, qPrintable(QString::number(audit.checked())));
        const QString report = audit.report();
        QVERIFY2(report.isEmpty(), qPrintable(report));
    }

private:
    // Until the shown page has settled and no request of the window is in flight (pages load
    // their data after being shown; events are processed first so that such a load has started).
    void settle()
    {
        QCoreApplication::processEvents();
        const bool settled = QTest::qWaitFor(
            [&] {
                const auto replies = m_network.findChildren<QNetworkReply *>();
                return m_window->hasSettledPage() && std::ranges::all_of(replies, &QNetworkReply::isFinished);
            },
            kUiTimeoutMs);
        QVERIFY(settled);
    }

    // Master-detail pages show the selected row's details: select the first row of each list.
    void selectFirstRows(QWidget *scope)
    {
        const auto views = scope->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views) {
            if (!view->isVisible() || qobject_cast<QHeaderView *>(view) || !view->model() || !view->selectionModel()
                || view->model()->rowCount() == 0 || view->selectionModel()->hasSelection()
                || view->selectionMode() == QAbstractItemView::NoSelection)
                continue;
            view->setCurrentIndex(view->model()->index(0, 0));
            settle();
        }
    }

    void visitTabs(QWidget *scope, const QString &where, Audit &audit, QSet<QTabWidget *> &visited)
    {
        const auto tabWidgets = scope->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            if (visited.contains(tabs) || !tabs->isVisible())
                continue;
            visited.insert(tabs);
            for (int index = 0; index < tabs->count(); ++index) {
                if (!tabs->isTabEnabled(index) || !tabs->isTabVisible(index))
                    continue;
                tabs->setCurrentIndex(index);
                QTRY_VERIFY(tabs->widget(index)->isVisible());
                settle();
                selectFirstRows(tabs->widget(index));
                const QString here = where + kSeparator + withoutMnemonic(tabs->tabText(index));
                audit.check(m_window.get(), here);
                visitTabs(tabs->widget(index), here, audit, visited);
            }
        }
    }

    void checkDialog(QDialog &dialog, const QString &where, Audit &audit)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle();
        audit.check(&dialog, where);
        QSet<QTabWidget *> visited;
        const auto tabWidgets = dialog.findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            if (visited.contains(tabs) || !tabs->isVisible())
                continue;
            visited.insert(tabs);
            for (int index = 0; index < tabs->count(); ++index) {
                tabs->setCurrentIndex(index);
                audit.check(&dialog, where + kSeparator + withoutMnemonic(tabs->tabText(index)));
            }
        }
        dialog.close();
    }

    QString m_error;
    QNetworkAccessManager m_network;
    api::Workspace m_workspace{&m_network, nullptr, nullptr};
    app::DemoServer m_demo{120};
    ui::AppSettings m_settings{nullptr};
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestAccessibleNames)
#include "tst_AccessibleNames.moc"
