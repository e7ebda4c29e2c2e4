#pragma once

#include "dto/Email.h"

#include <QComboBox>

namespace hexclave::ui {

// Which theme a draft or template is shown in: the project's theme (named), no theme, or one of
// the project's themes. A theme the project no longer has stays choosable, marked as missing.
class EmailThemeChooser : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailThemeChooser)

public:
    // Whether the list of themes given is the project's: a theme not in it is then missing.
    enum class ThemesState { Loading, Loaded, Unavailable };

    explicit EmailThemeChooser(QWidget *parent = nullptr);

    // The project's themes (in this order) and the name of the one it uses (empty: unknown).
    void setThemes(const QList<api::EmailTheme> &themes, const QString &projectThemeName,
                   ThemesState state = ThemesState::Loaded);
    void setChoice(const api::EmailThemeChoice &choice);
    api::EmailThemeChoice choice() const;

Q_SIGNALS:
    // The person picked another entry (not sent by setChoice()).
    void choiceEdited();

private:
    void fill();
    int indexOf(const api::EmailThemeChoice &choice) const;

    QList<api::EmailTheme> m_themes;
    QString m_projectThemeName;
    ThemesState m_state = ThemesState::Loaded;
    api::EmailThemeChoice m_choice;
};

} // namespace hexclave::ui
