#pragma once

#include "ProjectContext.h"
#include "UsersModel.h"
#include "export/UsersExportFormat.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace hexclave::models {
class UsersExport;
}

namespace hexclave::ui {

class ErrorBanner;

// Exports the users a filter matches (the users page's search, order and filters) to a CSV or
// JSON file, in three steps: the options (format, columns, file), the progress with Cancel,
// and the result with the file's size and ways to open it — or what went wrong and what to do.
// Format, columns and folder are remembered in the project context's AppSettings.
class ExportUsersDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportUsersDialog)

public:
    enum class Step { Options, Progress, Result };
    Q_ENUM(Step)

    // Asks for the file to write; returns an empty string when the person cancelled.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggestedPath, models::ExportFormat format)>;
    // Opens a file or a folder in the desktop's application for it.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    // The last choices are remembered in the context's settings (when it has them).
    ExportUsersDialog(const ProjectContext &context, const models::UsersFilter &filter, QWidget *parent = nullptr);
    ~ExportUsersDialog() override;

    // By default QFileDialog::getSaveFileName and QDesktopServices::openUrl.
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    Step step() const;
    models::UsersExportOptions options() const;
    QString filePath() const;
    void setFilePath(const QString &path);
    models::UsersExport *currentExport() const { return m_export; }

    // For tests and automation: the widgets by role.
    QRadioButton *csvOption() const { return m_csv; }
    QRadioButton *jsonOption() const { return m_json; }
    QCheckBox *byteOrderMarkOption() const { return m_byteOrderMark; }
    QListWidget *columnList() const { return m_columns; }
    QLineEdit *fileField() const { return m_file; }
    QPushButton *chooseFileButton() const { return m_chooseButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *cancelExportButton() const { return m_cancelExport; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *openFileButton() const { return m_openFile; }
    QPushButton *backButton() const { return m_back; }

    // "Users matching “ann”, including restricted users, newest sign-ups first."
    static QString scopeText(const models::UsersFilter &filter);
    // users-<project>-<yyyy-MM-dd>.csv, with the project name made safe for file systems.
    static QString suggestedFileName(const QString &projectName, models::ExportFormat format, const QDate &date);

    // While an export runs: cancels it (the dialog shows the outcome); otherwise closes.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyListPalette();
    QWidget *createOptionsPage();
    QWidget *createProgressPage();
    QWidget *createResultPage();
    void loadSettings();
    void saveSettings();
    void setColumns(const QStringList &keys);
    QStringList checkedColumns() const;
    void showStep(Step step);
    void onFormatChanged();
    void updateOptionsState();
    void chooseFile();
    void startExport();
    void showProgress();
    void showResult();
    void openUrl(const QUrl &url);

    ProjectContext m_context;
    models::UsersFilter m_filter;
    FileChooser m_chooseFile;
    UrlOpener m_openUrl;
    models::UsersExport *m_export = nullptr;
    bool m_fileExisted = false; // a file of the export's name was there before it started
    bool m_applyingPalette = false;

    QStackedWidget *m_steps;
    // options
    QRadioButton *m_csv;
    QRadioButton *m_json;
    QCheckBox *m_byteOrderMark;
    QListWidget *m_columns;
    QLabel *m_columnCount;
    QLineEdit *m_file;
    QPushButton *m_chooseButton;
    QLabel *m_fileNote;
    QPushButton *m_exportButton;
    // progress
    QLabel *m_progressTitle;
    QProgressBar *m_progressBar;
    QLabel *m_progressText;
    QPushButton *m_cancelExport;
    // result
    QLabel *m_resultIcon;
    QLabel *m_resultTitle;
    QLabel *m_resultText;
    ErrorBanner *m_resultError;
    QPushButton *m_openFolder;
    QPushButton *m_openFile;
    QPushButton *m_back;
    QPushButton *m_close;
};

} // namespace hexclave::ui
