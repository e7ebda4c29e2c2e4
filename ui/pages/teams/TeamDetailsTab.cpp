#include "TeamDetailsTab.h"

#include "TimeText.h"
#include "widgets/JsonEditor.h"
#include "widgets/MetadataTabs.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QKeySequence>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

TeamDetailsTab::TeamDetailsTab(QWidget *parent)
    : QWidget(parent)
    , m_id(new QLineEdit(this))
    , m_created(new QLabel(this))
    , m_profileImage(new QLabel(this))
    , m_metadata(new MetadataTabs(MetadataTabs::Subject::Team, this))
    , m_edit(new QPushButton(tr("&Edit team…"), this))
{
    m_id->setReadOnly(true);
    m_id->setFrame(false);
    m_id->setAccessibleName(tr("Team ID"));
    QFont mono = m_id->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_id->setFont(mono);
    QAction *copy = m_id->addAction(themedIcon(QStringLiteral("copy")), QLineEdit::TrailingPosition);
    copy->setText(tr("Copy team ID"));
    copy->setToolTip(tr("Copy the team ID"));
    // The icon inside the field takes no focus: the shortcut works while the field has it.
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(m_id->text()); });

    m_created->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profileImage->setTextFormat(Qt::RichText);
    m_profileImage->setOpenExternalLinks(true);
    m_profileImage->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_profileImage->setWordWrap(true);
    for (const MetadataTabs::Kind kind : MetadataTabs::kinds) {
        m_metadata->editor(kind)->setReadOnly(true);
        m_metadata->editor(kind)->setPlaceholderText(tr("No value (null)"));
    }
    m_edit->setToolTip(tr("Change the name, image and metadata (F2)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Team ID:"), m_id);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Profile image:"), m_profileImage);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_metadata, 1);
    layout->addLayout(buttons);

    connect(m_edit, &QPushButton::clicked, this, &TeamDetailsTab::editRequested);
    clear();
}

void TeamDetailsTab::showTeam(const api::Team &team)
{
    m_id->setText(team.id);
    m_id->setCursorPosition(0);
    m_created->setText(team.createdAtMillis > 0
                           ? tr("%1 (%2)").arg(models::absoluteTime(team.createdAtMillis),
                                               models::relativeTime(team.createdAtMillis, QDateTime::currentMSecsSinceEpoch()))
                           : tr("Not known"));
    if (team.profileImageUrl && !team.profileImageUrl->isEmpty()) {
        const QString url = team.profileImageUrl->toHtmlEscaped();
        m_profileImage->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(url));
    } else {
        m_profileImage->setText(tr("None"));
    }
    m_metadata->editor(MetadataTabs::Kind::Client)->setJson(team.clientMetadata);
    m_metadata->editor(MetadataTabs::Kind::ClientReadOnly)->setJson(team.clientReadOnlyMetadata);
    m_metadata->editor(MetadataTabs::Kind::Server)->setJson(team.serverMetadata);
    // The first value there is, rather than an empty tab.
    for (const MetadataTabs::Kind kind : MetadataTabs::kinds) {
        if (m_metadata->editor(kind)->json() != u"null") {
            m_metadata->setCurrentIndex(int(kind));
            break;
        }
    }
    m_edit->setEnabled(true);
}

void TeamDetailsTab::clear()
{
    m_id->clear();
    m_created->clear();
    m_profileImage->clear();
    for (const MetadataTabs::Kind kind : MetadataTabs::kinds)
        m_metadata->editor(kind)->setJson(QStringLiteral("null"));
    m_edit->setEnabled(false);
}

} // namespace hexclave::ui
