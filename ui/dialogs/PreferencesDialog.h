#pragma once

#include <QDialog>
#include <QStringList>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;

namespace hexclave::ui {

class AppSettings;

// File › Preferences: the interface language (from the next start, with an offer to restart
// now) and the appearance (follow the system, light or dark; applied at once). Every choice is
// stored as soon as it is made.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `runningLanguage`: the language this run shows ("" for the system's), to tell whether a
    // restart would change anything.
    PreferencesDialog(AppSettings *settings, const QString &runningLanguage, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QButtonGroup *appearanceButtons() const { return m_appearance; }
    QPushButton *restartButton() const { return m_restart; }
    QLabel *restartNote() const { return m_restartNote; }

    // "Restart now" closed the dialog: the window should close (asking about unsaved edits)
    // and start again, once exec() has returned.
    bool restartChosen() const { return m_restartChosen; }

    // The arguments a restart runs with: those of this run without --lang and --color-scheme,
    // which would override what was just chosen.
    static QStringList restartArguments(const QStringList &arguments);

private:
    void updateRestartOffer();

    AppSettings *m_settings;
    QString m_runningLanguage;
    QComboBox *m_language;
    QButtonGroup *m_appearance;
    QLabel *m_restartNote;
    QPushButton *m_restart;
    bool m_restartChosen = false;
};

} // namespace hexclave::ui
