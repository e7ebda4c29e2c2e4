#include "PageTabs.h"

#include "ProjectContext.h"
#include "widgets/MnemonicText.h"

#include <QShortcut>

#include <algorithm>
#include <utility>

namespace hexclave::ui {

PageTabs::PageTabs(const ProjectContext &context, AppSettings::Key rememberedTabKey, QWidget *page)
    : QTabWidget(page)
    , m_settings(context.settings)
    , m_projectId(context.project.id)
    , m_rememberedTabKey(rememberedTabKey)
{
    setDocumentMode(true);
}

void PageTabs::addTab(int tab, const QString &id, QWidget *view, const QString &title)
{
    const int index = QTabWidget::addTab(view, title);
    m_entries << Entry{tab, id};

    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), parentWidget());
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this, index] { setCurrentIndex(index); });
    setTabToolTip(index, tr("%1 (Ctrl+%2)").arg(withoutMnemonic(title)).arg(index + 1));
}

void PageTabs::showTab(int tab)
{
    const auto entry = std::ranges::find(std::as_const(m_entries), tab, &Entry::tab);
    if (entry != m_entries.cend())
        setCurrentIndex(int(entry - m_entries.cbegin()));
}

std::optional<int> PageTabs::currentTab() const
{
    const int index = currentIndex();
    if (index < 0 || index >= m_entries.size())
        return std::nullopt;
    return m_entries.at(index).tab;
}

QStringList PageTabs::titles() const
{
    QStringList plainTitles;
    for (int index = 0; index < count(); ++index)
        plainTitles << withoutMnemonic(tabText(index));
    return plainTitles;
}

void PageTabs::showRememberedTab()
{
    if (!m_settings)
        return;
    const QString id = m_settings->projectValue(m_projectId, m_rememberedTabKey).toString();
    const auto remembered = std::ranges::find(std::as_const(m_entries), id, &Entry::id);
    if (remembered != m_entries.cend())
        showTab(remembered->tab);
}

void PageTabs::rememberEachTabShown()
{
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_settings && index >= 0 && index < m_entries.size())
            m_settings->setProjectValue(m_projectId, m_rememberedTabKey, m_entries.at(index).id);
    });
}

} // namespace hexclave::ui
