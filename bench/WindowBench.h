#pragma once

#include "BenchOptions.h"
#include "BenchReport.h"
#include "CredentialStore.h"
#include "ProfileStore.h"
#include "SandboxProcess.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>
#include <memory>

class MainWindow;
class QLineEdit;
class QTableView;

// Runs the benchmark as a person sees it: the real MainWindow, shown (offscreen) at a desktop size,
// driven through its widgets with synthetic input against tokendesk-sandbox. Every time runs from
// the input until the event loop is idle and the table has painted again.
class WindowBench : public QObject
{
    Q_OBJECT

public:
    // settingsFile: an INI file of the run's own, so that no profile of the user's is read or changed.
    WindowBench(const BenchOptions &options, const QString &settingsFile, QObject *parent = nullptr);
    ~WindowBench() override;

    // The JSON object (one line), or an empty array with *error set.
    QByteArray run(QString *error);

private:
    QString openWindow();
    QString loadAll();
    void typeQuickFilter();
    void sortByHeaderClick();
    QString revokeSelection();
    void scrollTopToBottom();

    // Waits for idle, then paints the table's rows at once, as the next frame would.
    void settle();
    QString subjectToType() const;

    BenchOptions m_options;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    QSettings m_settings;
    ProfileStore m_profiles;
    CredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_table = nullptr;
    QLineEdit *m_quickFilter = nullptr;
    BenchReport m_report;
};
