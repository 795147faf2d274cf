#pragma once

#include <QObject>
#include <QString>

namespace cs {

// The PostgreSQL passwords a user asked to remember, kept in the system keychain (Secret Service,
// KWallet, macOS Keychain, Windows Credential Manager) through QtKeychain, under the service
// "ChannelScope" and the connection's display URL as the key.
//
// Never falls back to a plain-text file: where no keychain is available (a headless machine
// without a Secret Service) nothing is stored and the reply says so. All calls are asynchronous;
// each emits exactly one `finished` signal. Messages never contain the password.
class PasswordStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStore)

public:
    enum class Outcome {
        Ok,
        NotFound, // read or remove: nothing is stored under the key
        Unavailable, // no keychain on this system
        Failed, // the keychain refused (locked, access denied, ...): see message
    };
    Q_ENUM(Outcome)

    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    static const QString Service;

    explicit PasswordStore(QObject *parent = nullptr);
    ~PasswordStore() override;

    void read(const QString &key);
    void write(const QString &key, const QString &password);
    void remove(const QString &key);

Q_SIGNALS:
    // `password` is set for a successful read only; `message` is the keychain's reason for every
    // outcome but Ok (for example "Cannot autolaunch D-Bus without X11 $DISPLAY" where no
    // keychain runs), to be put into a sentence by the caller.
    void finished(cs::PasswordStore::Operation operation, const QString &key,
                  cs::PasswordStore::Outcome outcome, const QString &password,
                  const QString &message);
};

} // namespace cs
