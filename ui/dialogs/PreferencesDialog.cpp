#include "PreferencesDialog.h"

#include "AppSettings.h"
#include "Languages.h"
#include "widgets/ColorScheme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hexclave::ui {

PreferencesDialog::PreferencesDialog(AppSettings *settings, const QString &runningLanguage, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_runningLanguage(runningLanguage)
    , m_language(new QComboBox(this))
    , m_appearance(new QButtonGroup(this))
    , m_restartNote(new QLabel(this))
    , m_restart(new QPushButton(tr("Restart now"), this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    // Each language in its own words: a person who cannot read the current one still finds theirs.
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const Language &language : availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    const int current = m_language->findData(settings->language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("The new language is shown the next time Hexclave Admin starts."));
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setToolTip(tr("Close the window (asking about unsaved changes first) and start again"));
    // The note is below the form in a plain box layout: inside a form row a word-wrapped label got
    // one line's height and was drawn cut off under the language box.
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restartNote, 1);
    restartRow->addWidget(m_restart, 0, Qt::AlignTop);

    auto *languageGroup = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QVBoxLayout(languageGroup);
    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("&Interface language:"), m_language);
    languageLayout->addLayout(languageForm);
    languageLayout->addLayout(restartRow);

    auto *appearanceGroup = new QGroupBox(tr("Appearance"), this);
    auto *appearanceLayout = new QVBoxLayout(appearanceGroup);
    const QList<std::pair<ColorScheme, QString>> schemes = {
        {ColorScheme::System, tr("&Follow the system")},
        {ColorScheme::Light, tr("&Light")},
        {ColorScheme::Dark, tr("&Dark")},
    };
    const ColorScheme stored = colorSchemeFromName(settings->value(AppSettings::Key::ColorScheme).toString());
    for (const auto &[scheme, text] : schemes) {
        auto *button = new QRadioButton(text, appearanceGroup);
        button->setObjectName(colorSchemeName(scheme) + QStringLiteral("Scheme"));
        button->setChecked(scheme == stored);
        m_appearance->addButton(button, int(scheme));
        appearanceLayout->addWidget(button);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageGroup);
    layout->addWidget(appearanceGroup);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setValue(AppSettings::Key::Language, m_language->currentData().toString());
        updateRestartOffer();
    });
    connect(m_appearance, &QButtonGroup::idClicked, this, [this](int id) {
        // Applied by the application's AppSettings::changed handler (unless --color-scheme wins).
        m_settings->setValue(AppSettings::Key::ColorScheme, colorSchemeName(ColorScheme(id)));
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        m_restartChosen = true;
        accept();
    });
    updateRestartOffer();
    setMinimumWidth(440);
}

void PreferencesDialog::updateRestartOffer()
{
    const bool differs = m_language->currentData().toString() != m_runningLanguage;
    m_restartNote->setVisible(differs);
    m_restart->setVisible(differs);
}

QStringList PreferencesDialog::restartArguments(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        bool dropped = false;
        for (const QString &option : {QStringLiteral("lang"), QStringLiteral("color-scheme")}) {
            if (argument == u"--" + option || argument == u"-" + option) {
                ++i; // and its value
                dropped = true;
            } else if (argument.startsWith(u"--" + option + u'=') || argument.startsWith(u"-" + option + u'=')) {
                dropped = true;
            }
        }
        if (!dropped)
            kept << argument;
    }
    return kept;
}

} // namespace hexclave::ui
