#include "ExportUsersDialog.h"

#include "AppSettings.h"
#include "DialogParts.h"
#include "export/UsersExport.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace hexclave::ui {

namespace {

using models::ExportFormat;
using models::UserExportFields;

constexpr int kKeyRole = Qt::UserRole + 1;

QString extension(ExportFormat format)
{
    return format == ExportFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

// A count of users for a "%Ln user(s)" text, which takes an int.
int countForText(qint64 users)
{
    return int(std::min<qint64>(users, std::numeric_limits<int>::max()));
}

QString defaultChooseFile(QWidget *parent, const QString &suggestedPath, ExportFormat format)
{
    const QString filter = format == ExportFormat::Json ? ExportUsersDialog::tr("JSON files (*.json)")
                                                        : ExportUsersDialog::tr("CSV files (*.csv)");
    return QFileDialog::getSaveFileName(parent, ExportUsersDialog::tr("Export users to"), suggestedPath, filter);
}

} // namespace

ExportUsersDialog::ExportUsersDialog(const ProjectContext &context, const models::UsersFilter &filter, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_filter(filter)
    , m_chooseFile(defaultChooseFile)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_steps(new QStackedWidget(this))
{
    setWindowTitle(tr("Export users"));
    setMinimumWidth(600);
    m_steps->addWidget(createOptionsPage());
    m_steps->addWidget(createProgressPage());
    m_steps->addWidget(createResultPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    loadSettings();
    updateOptionsState();
    applyListPalette();
    showStep(Step::Options);
}

ExportUsersDialog::~ExportUsersDialog() = default; // a running export is discarded with its QObject child

QWidget *ExportUsersDialog::createOptionsPage()
{
    auto *page = new QWidget(this);
    auto *title = headline(page);
    title->setText(tr("Export users"));
    auto *scope = explanationLabel(scopeText(m_filter) + u' '
                                       + tr("Every matching user is exported, not only those loaded in the list."),
                                   page);

    // Format
    auto *formatBox = new QGroupBox(tr("Format"), page);
    m_csv = new QRadioButton(tr("&CSV, for spreadsheets"), formatBox);
    m_json = new QRadioButton(tr("&JSON, with the API's field names"), formatBox);
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_csv);
    formats->addButton(m_json);
    m_byteOrderMark = new QCheckBox(tr("Mark the file as UTF-8 (a byte-order mark) so that Excel shows every "
                                       "character correctly"),
                                    formatBox);
    m_byteOrderMark->setToolTip(tr("Excel reads a CSV file without this mark in the system's legacy encoding. "
                                   "Leave it on unless a program you feed the file to rejects it."));
    auto *byteOrderMarkRow = new QHBoxLayout;
    byteOrderMarkRow->addSpacing(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 6); // under the CSV text
    byteOrderMarkRow->addWidget(m_byteOrderMark, 1);
    auto *formatLayout = new QVBoxLayout(formatBox);
    formatLayout->addWidget(m_csv);
    formatLayout->addLayout(byteOrderMarkRow);
    formatLayout->addWidget(m_json);
    connect(m_csv, &QRadioButton::toggled, this, &ExportUsersDialog::onFormatChanged);

    // Columns
    auto *columnsBox = new QGroupBox(tr("Columns"), page);
    m_columns = new QListWidget(columnsBox);
    m_columns->setAccessibleName(tr("Columns to export"));
    // Two columns of check boxes, filled top to bottom, rather than one long list to scroll.
    m_columns->setFlow(QListView::TopToBottom);
    m_columns->setWrapping(true);
    m_columns->setResizeMode(QListView::Adjust);
    m_columns->setSpacing(1);
    m_columns->setMinimumHeight(m_columns->fontMetrics().lineSpacing() * 15);
    for (const QString &key : UserExportFields::all()) {
        auto *item = new QListWidgetItem(UserExportFields::title(key), m_columns);
        item->setData(kKeyRole, key);
        item->setToolTip(tr("Field “%1” of the API").arg(key));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_columns, &QListWidget::itemChanged, this, &ExportUsersDialog::updateOptionsState);
    m_columnCount = new QLabel(columnsBox);
    auto *all = new QPushButton(tr("&All"), columnsBox);
    auto *defaults = new QPushButton(tr("&Defaults"), columnsBox);
    auto *none = new QPushButton(tr("&None"), columnsBox);
    for (QPushButton *button : {all, defaults, none})
        button->setAutoDefault(false);
    connect(all, &QPushButton::clicked, this, [this] { setColumns(UserExportFields::all()); });
    connect(defaults, &QPushButton::clicked, this, [this] { setColumns(UserExportFields::defaults()); });
    connect(none, &QPushButton::clicked, this, [this] { setColumns({}); });
    auto *columnButtons = new QHBoxLayout;
    columnButtons->addWidget(m_columnCount, 1);
    columnButtons->addWidget(all);
    columnButtons->addWidget(defaults);
    columnButtons->addWidget(none);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns, 1);
    columnsLayout->addLayout(columnButtons);

    // File
    auto *fileLabel = new QLabel(tr("&Save to:"), page);
    m_file = new QLineEdit(page);
    m_file->setAccessibleName(tr("File to export to"));
    fileLabel->setBuddy(m_file);
    m_chooseButton = new QPushButton(tr("C&hoose…"), page);
    m_chooseButton->setAutoDefault(false);
    connect(m_chooseButton, &QPushButton::clicked, this, &ExportUsersDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &ExportUsersDialog::updateOptionsState);
    m_fileNote = new QLabel(page);
    m_fileNote->setWordWrap(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_chooseButton);

    m_exportButton = new QPushButton(tr("&Export"), page);
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportUsersDialog::startExport);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &ExportUsersDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(scope);
    layout->addWidget(formatBox);
    layout->addWidget(columnsBox, 1);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileNote);
    layout->addLayout(buttons);
    setTabChain({m_csv, m_byteOrderMark, m_json, m_columns, all, defaults, none, m_file, m_chooseButton, cancel,
                 m_exportButton});
    return page;
}

QWidget *ExportUsersDialog::createProgressPage()
{
    auto *page = new QWidget(this);
    m_progressTitle = headline(page);
    m_progressBar = new QProgressBar(page);
    m_progressBar->setRange(0, 0); // the server tells no total
    m_progressBar->setTextVisible(false);
    m_progressText = new QLabel(page);
    m_progressText->setWordWrap(true);
    m_cancelExport = new QPushButton(tr("&Cancel export"), page);
    connect(m_cancelExport, &QPushButton::clicked, this, &ExportUsersDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelExport);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_progressTitle);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressText);
    layout->addStretch(2);
    layout->addLayout(buttons);
    return page;
}

QWidget *ExportUsersDialog::createResultPage()
{
    auto *page = new QWidget(this);
    m_resultIcon = new QLabel(page);
    m_resultIcon->setAlignment(Qt::AlignTop);
    m_resultTitle = headline(page);
    m_resultText = new QLabel(page);
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultError = new ErrorBanner(page);
    m_resultError->hide();
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_resultTitle);
    texts->addWidget(m_resultText);
    auto *top = new QHBoxLayout;
    top->addWidget(m_resultIcon);
    top->addLayout(texts, 1);

    m_back = new QPushButton(tr("&Back to the options"), page);
    m_openFolder = new QPushButton(tr("Open &folder"), page);
    m_openFile = new QPushButton(tr("&Open file"), page);
    m_close = new QPushButton(tr("Close"), page);
    for (QPushButton *button : {m_back, m_openFolder, m_openFile})
        button->setAutoDefault(false);
    m_close->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, [this] {
        showStep(Step::Options);
        updateOptionsState();
    });
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { openUrl(QUrl::fromLocalFile(QFileInfo(filePath()).absolutePath())); });
    connect(m_openFile, &QPushButton::clicked, this, [this] { openUrl(QUrl::fromLocalFile(filePath())); });
    connect(m_close, &QPushButton::clicked, this, &ExportUsersDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_openFile);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_resultError);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QString ExportUsersDialog::scopeText(const models::UsersFilter &filter)
{
    const QString search = filter.search.trimmed();
    QString who;
    if (filter.onlyAnonymous)
        who = search.isEmpty() ? tr("Anonymous users") : tr("Anonymous users matching “%1”").arg(search);
    else if (filter.includeAnonymous)
        who = search.isEmpty() ? tr("All users, including anonymous and restricted users")
                               : tr("Users matching “%1”, including anonymous and restricted users").arg(search);
    else if (filter.includeRestricted)
        who = search.isEmpty() ? tr("All users, including restricted users")
                               : tr("Users matching “%1”, including restricted users").arg(search);
    else
        who = search.isEmpty() ? tr("All users except restricted and anonymous users")
                               : tr("Users matching “%1”, except restricted and anonymous users").arg(search);
    const bool bySignUp = filter.orderBy == api::users::OrderBy::SignedUpAt;
    const QString order = bySignUp ? (filter.descending ? tr("newest sign-ups first") : tr("oldest sign-ups first"))
                                   : (filter.descending ? tr("most recently active first") : tr("least recently active first"));
    return tr("%1, %2.").arg(who, order);
}

QString ExportUsersDialog::suggestedFileName(const QString &projectName, ExportFormat format, const QDate &date)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString project = projectName.trimmed().toLower();
    project.replace(unsafe, QStringLiteral("-"));
    project = project.left(40);
    while (project.startsWith(u'-') || project.startsWith(u'.'))
        project.remove(0, 1);
    while (project.endsWith(u'-') || project.endsWith(u'.'))
        project.chop(1);
    const QString stem = project.isEmpty() ? QStringLiteral("users") : QStringLiteral("users-") + project;
    return stem + u'-' + date.toString(Qt::ISODate) + u'.' + extension(format);
}

// ---- options ---------------------------------------------------------------------------

void ExportUsersDialog::loadSettings()
{
    const AppSettings *settings = m_context.settings;
    const bool json = settings && settings->value(AppSettings::Key::ExportFormat).toString() == u"json";
    (json ? m_json : m_csv)->setChecked(true);
    m_byteOrderMark->setChecked(!settings || settings->value(AppSettings::Key::ExportCsvByteOrderMark).toBool());
    const QStringList remembered =
        settings ? UserExportFields::known(settings->value(AppSettings::Key::ExportColumns).toStringList()) : QStringList();
    setColumns(remembered.isEmpty() ? UserExportFields::defaults() : remembered);

    QString folder = settings ? settings->value(AppSettings::Key::ExportFolder).toString() : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const ExportFormat format = json ? ExportFormat::Json : ExportFormat::Csv;
    setFilePath(QDir(folder).filePath(suggestedFileName(m_context.project.displayName, format, QDate::currentDate())));
}

void ExportUsersDialog::saveSettings()
{
    AppSettings *settings = m_context.settings;
    if (!settings)
        return;
    const models::UsersExportOptions chosen = options();
    settings->setValue(AppSettings::Key::ExportFormat, extension(chosen.format));
    settings->setValue(AppSettings::Key::ExportColumns, chosen.fields);
    settings->setValue(AppSettings::Key::ExportCsvByteOrderMark, chosen.csvByteOrderMark);
    settings->setValue(AppSettings::Key::ExportFolder, QFileInfo(filePath()).absolutePath());
}

void ExportUsersDialog::setColumns(const QStringList &keys)
{
    for (int row = 0; row < m_columns->count(); ++row) {
        QListWidgetItem *item = m_columns->item(row);
        item->setCheckState(keys.contains(item->data(kKeyRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    updateOptionsState();
}

QStringList ExportUsersDialog::checkedColumns() const
{
    QStringList keys;
    for (int row = 0; row < m_columns->count(); ++row) {
        const QListWidgetItem *item = m_columns->item(row);
        if (item->checkState() == Qt::Checked)
            keys << item->data(kKeyRole).toString();
    }
    return keys;
}

models::UsersExportOptions ExportUsersDialog::options() const
{
    models::UsersExportOptions chosen;
    chosen.format = m_json->isChecked() ? ExportFormat::Json : ExportFormat::Csv;
    chosen.fields = checkedColumns();
    chosen.csvByteOrderMark = m_byteOrderMark->isChecked();
    return chosen;
}

QString ExportUsersDialog::filePath() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_file->text().trimmed()));
}

void ExportUsersDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

ExportUsersDialog::Step ExportUsersDialog::step() const
{
    return Step(m_steps->currentIndex());
}

void ExportUsersDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette)
        applyListPalette();
}

void ExportUsersDialog::applyListPalette()
{
    m_applyingPalette = true;
    m_columns->setPalette(withVisibleItemCheckBoxes(palette()));
    m_applyingPalette = false;
}

void ExportUsersDialog::showStep(Step step)
{
    m_steps->setCurrentIndex(int(step));
}

void ExportUsersDialog::onFormatChanged()
{
    // The suggested name follows the format; a name the person chose keeps its extension.
    const QString path = filePath();
    const QString from = m_csv->isChecked() ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (path.endsWith(from, Qt::CaseInsensitive))
        setFilePath(path.chopped(from.size()) + u'.' + extension(m_csv->isChecked() ? ExportFormat::Csv : ExportFormat::Json));
    updateOptionsState();
}

void ExportUsersDialog::updateOptionsState()
{
    const int checked = int(checkedColumns().size());
    m_columnCount->setText(tr("%1 of %2 columns").arg(checked).arg(m_columns->count()));
    m_byteOrderMark->setEnabled(m_csv->isChecked());

    const QString path = filePath();
    const QFileInfo info(path);
    QString note;
    bool fileOk = !m_file->text().trimmed().isEmpty();
    if (!fileOk) {
        note = tr("Choose where to save the file.");
    } else if (info.isDir()) {
        note = tr("This is a folder: add a file name.");
        fileOk = false;
    } else if (!info.dir().exists()) {
        note = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        fileOk = false;
    } else if (info.exists()) {
        note = tr("A file of this name exists. It is replaced only once the export is complete.");
    }
    m_fileNote->setText(note);
    m_fileNote->setVisible(!note.isEmpty());
    m_exportButton->setEnabled(checked > 0 && fileOk);
    m_exportButton->setToolTip(checked == 0 ? tr("Choose at least one column.") : fileOk ? QString() : note);
}

void ExportUsersDialog::chooseFile()
{
    const QString chosen = m_chooseFile(this, filePath(), options().format);
    if (!chosen.isEmpty())
        setFilePath(chosen);
}

// ---- export ----------------------------------------------------------------------------

void ExportUsersDialog::startExport()
{
    if (!m_exportButton->isEnabled() || (m_export && m_export->isRunning()))
        return;
    saveSettings();
    m_fileExisted = QFileInfo::exists(filePath());
    delete m_export;
    m_export = new models::UsersExport(m_context.client(), m_context.scope(), m_filter, options(), filePath(), this);
    connect(m_export, &models::UsersExport::progressed, this, &ExportUsersDialog::showProgress);
    connect(m_export, &models::UsersExport::finished, this, &ExportUsersDialog::showResult);
    m_progressTitle->setText(tr("Exporting users…"));
    m_cancelExport->setEnabled(true);
    showStep(Step::Progress);
    showProgress();
    m_cancelExport->setFocus();
    m_export->start();
}

void ExportUsersDialog::showProgress()
{
    if (!m_export)
        return;
    const QLocale locale;
    m_progressText->setText(tr("%1 users written, %n page(s), %2", nullptr, m_export->pagesWritten())
                                .arg(locale.toString(m_export->usersWritten()),
                                     locale.formattedDataSize(m_export->bytesWritten()))
                            + u'\n' + tr("to %1").arg(QDir::toNativeSeparators(m_export->filePath())));
}

void ExportUsersDialog::reject()
{
    if (m_export && m_export->isRunning()) {
        m_progressTitle->setText(tr("Cancelling…"));
        m_cancelExport->setEnabled(false);
        m_export->cancel();
        return;
    }
    QDialog::reject();
}

void ExportUsersDialog::showResult()
{
    using State = models::UsersExport::State;
    const QLocale locale;
    const State state = m_export->state();
    const bool succeeded = state == State::Succeeded;
    m_openFolder->setVisible(succeeded);
    m_openFile->setVisible(succeeded);
    m_back->setVisible(!succeeded);
    m_resultError->hide();
    const QString path = QDir::toNativeSeparators(m_export->filePath());
    if (succeeded) {
        setIconPixmap(m_resultIcon, tintedIcon(QStringLiteral("check"), QColor(22, 163, 74)), 32);
        m_resultTitle->setText(tr("Exported %Ln user(s).", nullptr, countForText(m_export->usersWritten())));
        m_resultText->setText(tr("%1\n%2, %n page(s) from the server.", nullptr, m_export->pagesWritten())
                                  .arg(path, locale.formattedDataSize(m_export->bytesWritten())));
    } else if (state == State::Cancelled) {
        setIconPixmap(m_resultIcon, themedIcon(QStringLiteral("cross")), 32);
        m_resultTitle->setText(tr("Export cancelled."));
        m_resultText->setText(m_fileExisted ? tr("The existing file was left unchanged.") : tr("No file was written."));
    } else {
        m_resultIcon->setPixmap(tintedIcon(QStringLiteral("warning"), errorTextColor(palette())).pixmap(32, 32));
        m_resultTitle->setText(tr("The export failed."));
        if (m_export->failure() == models::UsersExport::Failure::Network) {
            // The server's explanation with the details to quote (status, code, request id), as everywhere else.
            const qint64 written = m_export->usersWritten();
            m_resultText->setText((written == 0 ? tr("It stopped before the first page of users arrived.")
                                                : tr("It stopped after %Ln user(s).", nullptr, countForText(written)))
                                  + u' ' + m_export->failureAdvice());
            m_resultError->showError(m_export->apiError(), false);
        } else {
            m_resultText->setText(m_export->failureMessage() + QStringLiteral("\n\n") + m_export->failureAdvice());
        }
    }
    showStep(Step::Result);
    m_close->setFocus();
}

void ExportUsersDialog::openUrl(const QUrl &url)
{
    if (!m_openUrl(url))
        m_resultText->setText(m_resultText->text() + QStringLiteral("\n\n") + tr("Could not open %1.").arg(url.toLocalFile()));
}

} // namespace hexclave::ui
