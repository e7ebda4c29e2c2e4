#include "ApiKeysEnabledSection.h"

#include "dialogs/DialogParts.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::ConfigSettingsWriter;

ApiKeysEnabledSection::ApiKeysEnabledSection(ConfigSettingsWriter *writer, QWidget *parent)
    : QWidget(parent)
    , m_writer(writer)
    , m_user(new QCheckBox(tr("&Users can create API keys"), this))
    , m_team(new QCheckBox(tr("T&eams can create API keys"), this))
    , m_banner(new ErrorBanner(this))
    , m_status(new QLabel(this))
{
    auto *title = new QLabel(tr("User and team API keys"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    m_user->setToolTip(tr("Signed-in users can make keys that act as them (config apiKeys.enabled.user)"));
    m_team->setToolTip(tr("Team members with the $manage_api_keys permission can make keys that act for the team "
                          "(config apiKeys.enabled.team)"));
    m_banner->setRetryText(tr("Read again"));
    m_banner->hide();
    m_status->setWordWrap(true);

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(m_user);
    boxes->addSpacing(24);
    boxes->addWidget(m_team);
    boxes->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(explanationLabel(tr("Let your app's users and teams make API keys of their own. Existing keys "
                                          "stay listed on each user's and team's page."),
                                       this));
    layout->addWidget(m_banner);
    layout->addLayout(boxes);
    layout->addWidget(m_status);

    connect(m_user, &QCheckBox::clicked, this, [this] { write(m_user, userPath); });
    connect(m_team, &QCheckBox::clicked, this, [this] { write(m_team, teamPath); });
    connect(m_banner, &ErrorBanner::retryRequested, m_writer, &ConfigSettingsWriter::load);
    connect(m_writer, &ConfigSettingsWriter::loaded, this, [this] {
        m_banner->hide();
        showConfiguration();
    });
    connect(m_writer, &ConfigSettingsWriter::written, this, [this] {
        if (m_savingPath.isEmpty())
            return;
        m_savingPath.clear();
        m_status->setText(tr("Saved."));
        showConfiguration();
    });
    connect(m_writer, &ConfigSettingsWriter::failed, this, &ApiKeysEnabledSection::failed);
    showConfiguration();
}

QString ApiKeysEnabledSection::statusText() const
{
    return m_status->text();
}

void ApiKeysEnabledSection::write(QCheckBox *box, const QString &path)
{
    const bool wanted = box->isChecked();
    if (!m_writer->write({models::ConfigSetting::boolean(path, wanted)})) {
        box->setChecked(!wanted);
        m_status->setText(tr("The configuration is being read; try again in a moment."));
        return;
    }
    m_savingPath = path;
    m_banner->hide();
    m_status->setText(tr("Saving…"));
    showConfiguration();
}

void ApiKeysEnabledSection::showConfiguration()
{
    const bool usable = m_writer->isLoaded() && m_savingPath.isEmpty();
    if (m_savingPath.isEmpty()) {
        m_user->setChecked(m_writer->rendered().boolAt(userPath).value_or(false));
        m_team->setChecked(m_writer->rendered().boolAt(teamPath).value_or(false));
    }
    m_user->setEnabled(usable);
    m_team->setEnabled(usable);
    if (!m_writer->isLoaded() && !m_banner->isShowingError())
        m_status->setText(tr("Reading the project's configuration…"));
    else if (m_status->text() == tr("Reading the project's configuration…"))
        m_status->clear();
}

void ApiKeysEnabledSection::failed(ConfigSettingsWriter::Stage stage, const api::ApiError &error)
{
    if (m_savingPath.isEmpty()) {
        m_banner->showError(error, true);
    } else {
        m_savingPath.clear();
        m_status->clear();
        m_banner->showActionError(stage == ConfigSettingsWriter::Stage::Verifying ? tr("The setting may not have changed.")
                                                                                  : tr("The setting was not changed."),
                                  error);
    }
    showConfiguration(); // back to what the server shows
}

} // namespace hexclave::ui
