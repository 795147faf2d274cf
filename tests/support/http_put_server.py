"""Throwaway HTTP(S) upload server for tests, run by http-put-server.sh with /usr/bin/python3
(standard library only). Serves ROOT on 127.0.0.1:PORT behind Basic auth cs/secret: PUT (atomic,
Content-Length or chunked, creates directories), MOVE (Destination, Overwrite), DELETE, MKCOL,
GET, HEAD; a path with /echo-request/ answers 400 quoting the request headers. With --cert/--key
it speaks TLS. Logs to stderr; writes PIDFILE once listening."""

import argparse
import base64
import os
import shutil
import ssl
import sys
import tempfile
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

EXPECTED_AUTH = "Basic " + base64.b64encode(b"cs:secret").decode()
ROOT = ""


class BadRequest(Exception):
    pass


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ChannelScopeTestPut/1"
    timeout = 60

    # --- helpers -------------------------------------------------------------------------

    def reply(self, code, body=b"", headers=None):
        if isinstance(body, str):
            body = body.encode()
        self.send_response(code)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if "Content-Length" not in (headers or {}):
            self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def local_path(self, url_path):
        """Maps a URL path to a path below ROOT; rejects '..' and NUL."""
        path = urllib.parse.unquote(urllib.parse.urlsplit(url_path).path)
        parts = [p for p in path.split("/") if p not in ("", ".")]
        if ".." in parts or any("\0" in p for p in parts):
            raise BadRequest("invalid path")
        return os.path.join(ROOT, *parts)

    def body_chunks(self):
        """Yields the request body (Content-Length or chunked); raises BadRequest if malformed."""
        self._body_read = True
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            while True:
                line = self.rfile.readline(1024)
                try:
                    size = int(line.split(b";")[0].strip(), 16)
                except ValueError:
                    raise BadRequest("bad chunk size")
                if size == 0:
                    while self.rfile.readline(8192) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return
                yield from self.read_exactly(size)
                if self.rfile.readline(3) not in (b"\r\n", b"\n"):
                    raise BadRequest("bad chunk end")
        else:
            length = self.headers.get("Content-Length")
            if length is None:
                if self.command == "PUT":
                    raise BadRequest("Content-Length or chunked body required")
                return
            try:
                length = int(length)
            except ValueError:
                raise BadRequest("bad Content-Length")
            yield from self.read_exactly(length)

    def read_exactly(self, n):
        while n > 0:
            data = self.rfile.read(min(n, 65536))
            if not data:
                raise BadRequest("body ended early")
            n -= len(data)
            yield data

    def authorized(self):
        return self.headers.get("Authorization", "") == EXPECTED_AUTH

    def unauthorized(self):
        self.reply(401, "authentication required\n",
                   {"WWW-Authenticate": 'Basic realm="channelscope-test"'})

    # --- dispatch ------------------------------------------------------------------------

    def handle_expect_100(self):
        # Refuse before the client sends a body it would send in vain.
        if not self.authorized():
            self.close_connection = True
            self.unauthorized()
            return False
        return super().handle_expect_100()

    def dispatch(self, method):
        self._body_read = False
        try:
            if not self.authorized():
                self.drain()
                self.unauthorized()
                return
            if "/echo-request/" in self.path:
                # A misbehaving server that quotes the request, credentials and all, in its
                # error: for the tests that error texts never show them.
                self.drain()
                quoted = [f"{k}: {v}" for k, v in self.headers.items() if k == "Authorization"]
                quoted += [self.requestline]
                quoted += [f"{k}: {v}" for k, v in self.headers.items() if k != "Authorization"]
                self.reply(400, "bad request: " + " | ".join(quoted) + "\n")
                return
            method()
        except BadRequest as e:
            self.close_connection = True
            self.reply(400, f"{e}\n")
        except (FileNotFoundError, NotADirectoryError):
            self.drain()
            self.reply(404, "not found\n")
        except (IsADirectoryError, PermissionError) as e:
            self.drain()
            self.reply(403, f"{e.strerror}\n")
        except OSError as e:
            self.drain()
            self.reply(409, f"{e}\n")

    def drain(self):
        """Discards an unread body, so the connection stays usable (e.g. for the retry with
        credentials after a 401)."""
        if self._body_read:
            return
        try:
            for _ in self.body_chunks():
                pass
        except BadRequest:
            self.close_connection = True

    def do_PUT(self): self.dispatch(self.put)
    def do_MOVE(self): self.dispatch(self.move)
    def do_DELETE(self): self.dispatch(self.delete)
    def do_MKCOL(self): self.dispatch(self.mkcol)
    def do_GET(self): self.dispatch(self.get)
    def do_HEAD(self): self.dispatch(self.get)

    # --- methods -------------------------------------------------------------------------

    def put(self):
        target = self.local_path(self.path)
        if target == ROOT or self.path.endswith("/"):
            raise BadRequest("PUT needs a file path")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        existed = os.path.exists(target)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".put-")
        try:
            with os.fdopen(fd, "wb") as f:
                os.fchmod(f.fileno(), 0o644)
                for data in self.body_chunks():
                    f.write(data)
            os.replace(tmp, target)
        except BaseException:
            os.unlink(tmp)
            raise
        self.reply(204 if existed else 201)

    def move(self):
        source = self.local_path(self.path)
        destination = self.headers.get("Destination")
        if not destination:
            raise BadRequest("Destination header required")
        target = self.local_path(destination)
        if source == ROOT or target == ROOT:
            raise BadRequest("cannot move the root")
        if not os.path.exists(source):
            raise FileNotFoundError()
        existed = os.path.exists(target)
        if existed and self.headers.get("Overwrite", "T").upper() == "F":
            self.drain()
            self.reply(412, "destination exists\n")
            return
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if existed and os.path.isdir(target) and not os.path.isdir(source):
            shutil.rmtree(target)
        os.replace(source, target)
        self.reply(204 if existed else 201)

    def delete(self):
        target = self.local_path(self.path)
        if target == ROOT:
            raise BadRequest("cannot delete the root")
        if os.path.isdir(target) and not os.path.islink(target):
            shutil.rmtree(target)
        else:
            os.unlink(target)
        self.reply(204)

    def mkcol(self):
        target = self.local_path(self.path)
        if os.path.exists(target):
            self.drain()
            self.reply(405, "already exists\n")
            return
        os.makedirs(target)
        self.reply(201)

    def get(self):
        target = self.local_path(self.path)
        if os.path.isdir(target):
            raise IsADirectoryError(21, "is a directory")
        with open(target, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            self.reply(200, headers={"Content-Type": "application/octet-stream",
                                     "Content-Length": str(size)})
            if self.command != "HEAD":
                shutil.copyfileobj(f, self.wfile)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # One line instead of a traceback (e.g. clients that reject the certificate).
        print(f"{client_address[0]}:{client_address[1]} error: {sys.exc_info()[1]!r}",
              file=sys.stderr)


def main():
    global ROOT
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pidfile", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()
    ROOT = os.path.realpath(args.root)

    server = Server(("127.0.0.1", args.port), Handler)
    if args.cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        # Handshake lazily in the connection's thread, so a stuck client cannot block accept().
        server.socket = context.wrap_socket(server.socket, server_side=True,
                                            do_handshake_on_connect=False)
    tmp = args.pidfile + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"{os.getpid()}\n")
    os.replace(tmp, args.pidfile)
    server.serve_forever()


if __name__ == "__main__":
    main()
