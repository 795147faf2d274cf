"""Throwaway FTP server for upload tests, run by ftp-server.sh with Debian's /usr/bin/python3
(python3-pyftpdlib): user cs / password secret with full write access (elradfmwMT) to ROOT on
127.0.0.1:PORT, passive ports PORT+1..PORT+20. Logs to stderr; writes PIDFILE once listening.

With --cert/--key (python3-openssl) it speaks FTPS instead: implicit TLS on PORT (the ftps://
scheme: TLS from the first byte, then PBSZ/PROT P) and explicit TLS on PORT+21 (AUTH TLS,
required for the login and the data connections); both share the passive ports."""

import argparse
import os

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer


def configure(handler, args, authorizer):
    handler.authorizer = authorizer
    handler.passive_ports = range(args.port + 1, args.port + 21)
    handler.permit_foreign_addresses = False
    handler.auth_failed_timeout = 0.1  # fail wrong-password tests fast
    return handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pidfile", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()

    authorizer = DummyAuthorizer()
    authorizer.add_user("cs", "secret", args.root, perm="elradfmwMT")
    servers = []
    if args.cert:
        from pyftpdlib.handlers import TLS_DTPHandler, TLS_FTPHandler

        class DataTls(TLS_DTPHandler):
            # pyftpdlib 1.5.7 drops a data connection whose TLS handshake starts before the
            # transfer command, as curl >= 7.88 does (pyftpdlib issue 604, fixed upstream by
            # pull request 612): stay readable while the handshake is under way.
            def readable(self):
                return self._ssl_accepting or super().readable()

        class ExplicitTls(TLS_FTPHandler):
            certfile = args.cert
            keyfile = args.key
            tls_control_required = True
            tls_data_required = True
            dtp_handler = DataTls

        class ImplicitTls(TLS_FTPHandler):
            certfile = args.cert
            keyfile = args.key
            tls_control_required = True
            tls_data_required = True
            dtp_handler = DataTls

            def handle(self):
                # The client starts with its TLS hello; greet it once the handshake is done.
                self.secure_connection(self.ssl_context)

            def handle_ssl_established(self):
                TLS_FTPHandler.handle(self)

        configure(ImplicitTls, args, authorizer)
        configure(ExplicitTls, args, authorizer)
        servers.append(FTPServer(("127.0.0.1", args.port), ImplicitTls))
        servers.append(FTPServer(("127.0.0.1", args.port + 21), ExplicitTls))
    else:
        configure(FTPHandler, args, authorizer)
        servers.append(FTPServer(("127.0.0.1", args.port), FTPHandler))
    for server in servers:
        server.max_cons = 256

    tmp = args.pidfile + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"{os.getpid()}\n")
    os.replace(tmp, args.pidfile)
    # One IO loop (the default instance) serves every listener.
    servers[0].serve_forever()


if __name__ == "__main__":
    main()
