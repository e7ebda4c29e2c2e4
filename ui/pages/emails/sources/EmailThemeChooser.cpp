#include "EmailThemeChooser.h"

#include <QSignalBlocker>

namespace hexclave::ui {

namespace {

enum Role { KindRole = Qt::UserRole + 1, ThemeIdRole };

} // namespace

EmailThemeChooser::EmailThemeChooser(QWidget *parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Theme"));
    setToolTip(tr("The theme that wraps the email: a layout with header and footer around its content"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fill();
    connect(this, &QComboBox::activated, this, [this](int index) {
        api::EmailThemeChoice picked;
        picked.kind = static_cast<api::EmailThemeChoice::Kind>(itemData(index, KindRole).toInt());
        picked.themeId = itemData(index, ThemeIdRole).toString();
        if (picked == m_choice)
            return;
        m_choice = picked;
        Q_EMIT choiceEdited();
    });
}

void EmailThemeChooser::setThemes(const QList<api::EmailTheme> &themes, const QString &projectThemeName,
                                  ThemesState state)
{
    m_themes = themes;
    m_projectThemeName = projectThemeName;
    m_state = state;
    fill();
}

void EmailThemeChooser::setChoice(const api::EmailThemeChoice &choice)
{
    m_choice = choice;
    fill();
}

api::EmailThemeChoice EmailThemeChooser::choice() const
{
    return m_choice;
}

void EmailThemeChooser::fill()
{
    const QSignalBlocker blocker(this);
    clear();
    const auto add = [this](const QString &text, api::EmailThemeChoice::Kind kind, const QString &id = {}) {
        addItem(text);
        setItemData(count() - 1, int(kind), KindRole);
        setItemData(count() - 1, id, ThemeIdRole);
    };
    using Kind = api::EmailThemeChoice::Kind;
    add(m_projectThemeName.isEmpty() ? tr("The project's theme") : tr("The project's theme (%1)").arg(m_projectThemeName),
        Kind::ProjectDefault);
    add(tr("No theme"), Kind::None);
    for (const api::EmailTheme &theme : std::as_const(m_themes))
        add(theme.displayName, Kind::Theme, theme.id);
    if (indexOf(m_choice) < 0) {
        const QString shortId = m_choice.themeId.left(8);
        switch (m_state) {
        case ThemesState::Loading:
            add(tr("Theme %1 (loading…)").arg(shortId), Kind::Theme, m_choice.themeId);
            break;
        case ThemesState::Unavailable:
            add(tr("Theme %1").arg(shortId), Kind::Theme, m_choice.themeId);
            break;
        case ThemesState::Loaded:
            add(tr("A theme that no longer exists (%1)").arg(m_choice.themeId), Kind::Theme, m_choice.themeId);
            break;
        }
        setItemData(count() - 1, m_choice.themeId, Qt::ToolTipRole);
    }
    setCurrentIndex(indexOf(m_choice));
}

int EmailThemeChooser::indexOf(const api::EmailThemeChoice &choice) const
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, KindRole).toInt() == int(choice.kind)
            && (choice.kind != api::EmailThemeChoice::Kind::Theme || itemData(i, ThemeIdRole).toString() == choice.themeId))
            return i;
    }
    return -1;
}

} // namespace hexclave::ui
