"""Small servers on 127.0.0.1 for the fault tests, each in a thread: one that takes connections
and never answers (a hung Stripe or mail server, a firewall that drops), an HTTP server that
answers every request with the same error (Stripe failing), and a minimal SMTP server that keeps
what it receives (Python 3.11's smtpd is deprecated, aiosmtpd is not a dependency). Plus a port
that nobody listens on (a mail server that is down)."""

import json
import socket
import socketserver
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def closed_port():
    """A 127.0.0.1 port that refuses connections (bound for a moment, then closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@contextmanager
def serving(server):
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextmanager
def silent_server():
    """Accepts connections, reads and never answers; `.connections` counts them."""
    stop = threading.Event()

    class Silent(socketserver.BaseRequestHandler):
        def handle(self):
            server.connections += 1
            self.request.settimeout(0.2)
            while not stop.is_set():
                try:
                    if self.request.recv(65536) == b"":
                        return  # the client gave up
                except TimeoutError:
                    continue
                except OSError:
                    return

    server = _Server(("127.0.0.1", 0), Silent)
    server.connections = 0
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with serving(server):
            yield server
    finally:
        stop.set()


@contextmanager
def failing_http_server(status, body):
    """Answers every request with `status` and the JSON `body`; `.requests` lists each one's
    method, path and Idempotency-Key header."""

    class Failing(BaseHTTPRequestHandler):
        def _answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            key = self.headers.get("Idempotency-Key")
            server.requests.append((self.command, self.path, key))
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_DELETE = _answer

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Failing)
    server.daemon_threads = True
    server.requests = []
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    with serving(server):
        yield server


class _Smtp(socketserver.StreamRequestHandler):
    """Enough of SMTP for smtplib: greeting, EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT."""

    def reply(self, line):
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self):
        self.reply("220 sink ESMTP")
        sender, recipients = None, []
        while line := self.rfile.readline():
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in {"EHLO", "HELO"}:
                self.reply("250 sink")
            elif verb == "MAIL":
                sender, recipients = command.split(":", 1)[1].strip(), []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                data = []
                while (part := self.rfile.readline()) not in (b".\r\n", b""):
                    data.append(part[1:] if part.startswith(b"..") else part)
                self.server.messages.append(
                    {"from": sender, "to": recipients, "data": b"".join(data).decode()}
                )
                self.reply("250 OK: queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:  # RSET, NOOP and anything else
                self.reply("250 OK")


@contextmanager
def smtp_server():
    """A working mail server; `.messages` holds what it accepted, `.port` where it listens."""
    server = _Server(("127.0.0.1", 0), _Smtp)
    server.messages = []
    server.port = server.server_address[1]
    with serving(server):
        yield server


class DatabaseOutage:
    """New connections to one database alias refused, as while its server restarts or fails
    over: a port nobody listens on (PostgreSQL), a folder that does not exist (SQLite)."""

    def __init__(self, alias="default"):
        from django.db import connections

        self.connection = connections[alias]
        self.saved = {key: self.connection.settings_dict[key] for key in ("NAME", "HOST", "PORT")}

    def __enter__(self):
        self.connection.close()
        if self.connection.vendor == "postgresql":
            self.connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
        else:
            self.connection.settings_dict["NAME"] = "/nonexistent-folder/pasar-kriya.sqlite3"
        return self

    def __exit__(self, *exc):
        self.connection.close()
        self.connection.settings_dict.update(self.saved)
