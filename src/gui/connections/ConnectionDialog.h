#pragma once

#include "ConnectionProfile.h"
#include "CredentialStore.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class ApiCall;
class AuthleteClient;
class ProfileStore;
class QComboBox;
class QLineEdit;
class QListWidgetItem;
class QNetworkAccessManager;

namespace Ui {
class ConnectionDialog;
}

// Where the user adds, edits, tests and removes connection profiles. The profile goes to the
// ProfileStore, its secret to the keychain; a stored secret is shown masked and never rewritten unchanged.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(ProfileStore *profiles, CredentialStore *credentials, QNetworkAccessManager *network,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void selectProfile(const QString &name);
    // The stored profile in the editor; empty while a new one is being made.
    QString currentProfileName() const { return m_editingName; }

    // Closing (Close, Escape, the window's button) with unsaved edits asks first.
    void reject() override;

signals:
    void profileSaved(const QString &name);

private:
    void populateList();
    void onCurrentItemChanged(QListWidgetItem *item);
    void startNewProfile();
    void loadProfile(const ConnectionProfile &profile);
    void loadSecret(const ConnectionProfile &profile);

    ConnectionProfile formProfile() const;
    QString formSecret() const;
    QLineEdit *secretEdit(ConnectionSettings::ApiVersion version) const;
    bool isCustomUrl() const;
    ConnectionSettings::ApiVersion formApiVersion() const;
    // The first reason the form cannot be tested (connectionProblem) or saved (inputProblem).
    QString connectionProblem() const;
    QString inputProblem() const;
    void updateForm();

    void browseCaFile();
    bool hasUnsavedEdits() const;
    void testConnection();
    void cancelTest();
    // A field changed: the last test result (or the running test) no longer speaks of it.
    void forgetTestResult();
    void showTestResult(const ApiCall &call);
    void save();
    void onSecretWritten(const ConnectionProfile &profile, const QString &secret,
                         const CredentialStore::Result &result);
    void commit(const ConnectionProfile &profile, const QString &secret, const QString &status);
    void removeProfile();
    void forgetSecret(const QString &name);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    AuthleteClient *m_client;
    QComboBox *m_environmentCombo = nullptr;
    QComboBox *m_bodyEncodingCombo = nullptr;
    QPointer<ApiCall> m_testCall;
    QString m_editingName;
    // The secret as the keychain gave it, so that saving an unchanged one does not rewrite it.
    QString m_storedSecret;
    // Keychain reads answer late; only the answer to the latest one may fill the form.
    int m_secretRequest = 0;
    bool m_saving = false;
    // The form as loaded or last saved, to tell unsaved edits.
    ConnectionProfile m_savedForm;
    QString m_savedSecret;
};
