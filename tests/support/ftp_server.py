"""Throwaway FTP server for upload tests, run by ftp-server.sh with Debian's /usr/bin/python3
(python3-pyftpdlib): user cs / password secret with full write access (elradfmwMT) to ROOT on
127.0.0.1:PORT, passive ports PORT+1..PORT+20. Logs to stderr; writes PIDFILE once listening."""

import argparse
import os

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pidfile", required=True)
    args = parser.parse_args()

    authorizer = DummyAuthorizer()
    authorizer.add_user("cs", "secret", args.root, perm="elradfmwMT")
    handler = FTPHandler
    handler.authorizer = authorizer
    handler.passive_ports = range(args.port + 1, args.port + 21)
    handler.permit_foreign_addresses = False
    handler.auth_failed_timeout = 0.1  # fail wrong-password tests fast
    server = FTPServer(("127.0.0.1", args.port), handler)
    server.max_cons = 256

    tmp = args.pidfile + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"{os.getpid()}\n")
    os.replace(tmp, args.pidfile)
    server.serve_forever()


if __name__ == "__main__":
    main()
