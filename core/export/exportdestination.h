#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

class QUrlQuery;

namespace cs {

// Where the export uploads its files: export.URL taken apart, with the credentials and the
// transport settings kept out of the URL that is shown anywhere.
//
//   sftp://user@host[:port]/path   key login; settings from the URL query, else environment:
//       key=FILE          CHANNELSCOPE_SSH_KEY            private key (default ~/.ssh/id_ed25519,
//                                                         id_ecdsa, id_rsa: the first that exists)
//       pubkey=FILE       CHANNELSCOPE_SSH_PUBLIC_KEY     (default KEY.pub if it exists, else
//                                                         derived from the private key)
//       known_hosts=FILE  CHANNELSCOPE_SSH_KNOWN_HOSTS    (default ~/.ssh/known_hosts); the host
//                                                         key must be listed there
//                         CHANNELSCOPE_SSH_KEY_PASSPHRASE passphrase of the key (never in the URL)
//   ftp://user[:password]@host/path, ftps:// (implicit TLS), ftp://...?tls=required (AUTH TLS)
//   https://user[:password]@host/path (PUT, then MOVE), http:// likewise (tests, trusted networks)
//       cacert=FILE       CHANNELSCOPE_CA_FILE            extra CA bundle for TLS
//   file:///path        a local or mounted folder
// The password comes from the system keychain (GUI), CHANNELSCOPE_EXPORT_PASSWORD or the file
// named by export.credentialsFile, never from the database.
struct ExportDestination
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportDestination)
public:
    enum class Kind { Sftp, Ftp, Ftps, Http, Https, File };

    Kind kind = Kind::File;
    QString scheme;
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString basePath; // decoded, without trailing '/'; "/~" prefix for SFTP home
    QString privateKey;
    QString publicKey;
    QString knownHosts;
    QString keyPassphrase;
    QString caFile;
    bool explicitTls = false;

    // Parses export.URL. The password is the URL's (API use and tests only: export.URL itself
    // never holds one), else `password` (the system keychain, the credentials file), else
    // CHANNELSCOPE_EXPORT_PASSWORD. Fails with a reason that never contains the password (URLs
    // in messages go through redactUrl()); refuses an '@' after the host of a URL without user
    // info (an unencoded password character).
    static Result<ExportDestination> parse(const QString &url, const QString &password = {});

    // scheme://host[:port]/basePath: what the history records.
    QString displayString() const;
    // The URL of a path below basePath (segments percent-encoded), without user info.
    QByteArray urlFor(const QString &relativePath) const;
    // Removes the password (plain, percent-encoded and as Basic credentials) from a message and
    // redacts every URL in it (redactUrlsIn()).
    QString sanitize(QString text) const;

private:
    // The key, public key, known hosts file and key passphrase of an sftp:// URL `text`.
    static Status readSftpSettings(ExportDestination &d, const QUrlQuery &query,
                                   const QString &text);
};

} // namespace cs
