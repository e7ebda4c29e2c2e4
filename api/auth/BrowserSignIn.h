#pragma once

#include "core/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTimer;

namespace hexclave::api {

class ApiClient;
class ApiJob;

// Signing in through the browser, as the official CLI does: ask the server for a login code,
// let the user confirm it on the dashboard's confirm page, and poll until the server hands out
// a refresh token.
class BrowserSignIn : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignIn)

public:
    // `client` must belong to a dashboard-account connection and outlive this object.
    BrowserSignIn(ApiClient *client, QUrl dashboardUrl, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    void setPollInterval(int milliseconds) { m_pollIntervalMs = milliseconds; }

Q_SIGNALS:
    // Open this page in the system browser (the UI does; api/ has no GUI).
    void openBrowser(const QUrl &url);
    void waitingForConfirmation(const QDateTime &expiresAt);
    void succeeded(const QString &refreshToken);
    void failed(const hexclave::api::ApiError &error);

private:
    void poll();
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client; // the connection's; gone when the connection is
    QUrl m_dashboardUrl;
    QTimer *m_timer;
    QPointer<ApiJob> m_job;
    QString m_pollingCode;
    QDateTime m_expiresAt;
    int m_pollIntervalMs = 2000;
    bool m_running = false;
};

} // namespace hexclave::api
