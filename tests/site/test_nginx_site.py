"""deploy/nginx/* as docs/deployment.md installs them: the templates filled in load inside
Debian's own nginx.conf, and a running nginx with them answers as the guide says, in front of
a small stand-in for gunicorn (the whole stack, gunicorn included, is test_prod_local.py's).

What is checked here: other host names turned away on the public ports, IPv6, the health check
on the internal listener only, no address in the access log, each answer's own request id
(kept pages included), compression for requests that came through a CDN."""

import http.client
import http.server
import re
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import needs_service

ROOT = Path(__file__).resolve().parents[2]
NAME = "pasarkriya.example"
SECRET = "Zq8Xk3-sEcReT_t0k3n"
# A page as the site sends one to nginx: public, uncompressed, with its own request id.
PAGE = b"<!doctype html><title>Pasar Kriya</title>" + b"<p>Batik tulis Jonegoroan.</p>" * 40

sys.path.insert(0, str(ROOT / "scripts"))
from local_server import free_port  # noqa: E402
from nginx_site import NGINX_MODULE, fill_in, make_certificate, write_main_config  # noqa: E402


def template_values(folder, ports):
    certificate, key = make_certificate(folder, NAME, f"DNS:{NAME}")
    (folder / "site").mkdir()
    return {
        "UPSTREAM_SERVERS": f"server 127.0.0.1:{ports['app']};",
        "CACHE_DIR": str(folder / "cache"),
        "SERVER_NAME": NAME,
        "INTERNAL_SERVER_NAME": "pasarkriya.internal",
        "PUBLIC_HTTP_LISTEN": f"127.0.0.1:{ports['http']}",
        "PUBLIC_HTTP_LISTEN_V6": f"[::1]:{ports['http']}",
        "PUBLIC_HTTPS_LISTEN": f"127.0.0.1:{ports['https']}",
        "PUBLIC_HTTPS_LISTEN_V6": f"[::1]:{ports['https']}",
        "INTERNAL_LISTEN": f"127.0.0.1:{ports['internal']}",
        "ACCESS_LOG": str(folder / "access.log"),
        "TLS_CERTIFICATE": str(certificate),
        "TLS_CERTIFICATE_KEY": str(key),
        "CONF_DIR": str(folder / "site"),
        "STATIC_ROOT": str(folder / "static"),
        "MEDIA_ROOT": str(folder / "media"),
    }


def free_ports(*names):
    ports, start = {}, 9100
    for name in names:
        ports[name] = free_port(range(start, start + 100))
        start = ports[name] + 1
    return ports


def test_the_site_loads_inside_debians_own_nginx_conf(tmp_path):
    """As the guide installs it: both .conf files in conf.d of Debian's nginx.conf."""
    debian_conf = Path("/etc/nginx/nginx.conf")
    needs_service("nginx", shutil.which("nginx") and debian_conf.exists(), "make nginx")
    values = template_values(tmp_path, free_ports("app", "http", "https", "internal"))
    fill_in(values, tmp_path)
    main = debian_conf.read_text().replace(
        "include /etc/nginx/conf.d/*.conf;", f"include {tmp_path}/*.conf;"
    )
    main = main.replace("include /etc/nginx/sites-enabled/*;", "")
    (tmp_path / "main.nginx").write_text(main)

    result = subprocess.run(
        ["nginx", "-t", "-c", str(tmp_path / "main.nginx")],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr


def test_the_guide_fills_in_every_name_of_every_template():
    """docs/deployment.md, step 7: the values file exports each name the templates use, lists
    it for envsubst (a name left out stays `${…}` and nginx refuses it), and installs every
    .conf template."""
    guide = (ROOT / "docs" / "deployment.md").read_text()
    values = guide.split("cat > /etc/pasarkriya/nginx-values <<'EOF'\n", 1)[1].split("\nEOF\n")[0]
    exports, names = values.split("NAMES=", 1)
    templates = list((ROOT / "deploy" / "nginx").iterdir())
    code = "\n".join(line.split("#")[0] for t in templates for line in t.read_text().splitlines())
    used = set(re.findall(r"\$\{(\w+)\}", code))

    assert set(re.findall(r"(\w+)=", exports)) == used
    assert set(re.findall(r"\$\{(\w+)\}", names)) == used
    [installed] = re.findall(r"for f in ([\w .-]+\.conf); do", guide)
    assert set(installed.split()) == {t.name for t in templates if t.suffix == ".conf"}


class StandIn(http.server.BaseHTTPRequestHandler):
    """gunicorn's place: every page public for a minute, answered with the request id nginx
    sent (as the site does); /health/ says ok."""

    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body = b'{"status": "ok"}' if self.path.startswith("/health/") else PAGE
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "public, s-maxage=60")
        self.send_header("X-Request-ID", self.headers.get("X-Request-ID", "-"))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def running_nginx(folder):
    """nginx with the filled-in templates and the stand-in; yields (ports, access log)."""
    needs_service("nginx", shutil.which("nginx") and NGINX_MODULE.exists(), "make nginx")
    ports = free_ports("app", "http", "https", "internal")
    values = template_values(folder, ports)
    fill_in(values, folder)
    # Named so that the `*.conf` it includes (the site's) leave it out.
    main = write_main_config(folder, [folder / "*.conf"], folder / "error.log", name="main.nginx")
    upstream = http.server.ThreadingHTTPServer(("127.0.0.1", ports["app"]), StandIn)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    nginx = subprocess.Popen(
        ["nginx", "-c", str(main), "-p", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while socket.socket().connect_ex(("127.0.0.1", ports["internal"])) != 0:
            assert nginx.poll() is None, (folder / "error.log").read_text()
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.1)
        yield ports, folder / "access.log"
    finally:
        nginx.terminate()
        nginx.wait(10)
        upstream.shutdown()
        upstream.server_close()


def ask(port, path="/id/", host=NAME, tls=False, sni=NAME, address="127.0.0.1", **headers):
    """(status, headers) of a GET sent exactly so: Host and the TLS name (SNI) as given."""
    with socket.create_connection((address, port), timeout=10) as plain:
        connection = plain
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
            connection = context.wrap_socket(plain, server_hostname=sni)
        lines = [f"GET {path} HTTP/1.1", f"Host: {host}", "Connection: close"]
        lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        response = http.client.HTTPResponse(connection)
        response.begin()
        response.read()
        return response.status, response.headers


def test_other_host_names_are_turned_away_on_the_public_ports(tmp_path):
    with running_nginx(tmp_path) as (ports, _log):
        redirect = ask(ports["http"])
        page_over_ipv6 = ask(ports["https"], tls=True, address="::1")
        with pytest.raises(http.client.RemoteDisconnected):
            ask(ports["http"], host="203.0.113.9")  # a scanner, by IP address
        with pytest.raises(http.client.RemoteDisconnected):
            ask(ports["http"], host="other.example", address="::1")
        with pytest.raises(ssl.SSLError):
            ask(ports["https"], host="203.0.113.9", tls=True, sni=None)  # no name at all
        with pytest.raises(ssl.SSLError):
            ask(ports["https"], tls=True, sni="other.example")

    assert redirect[0] == 301 and redirect[1]["Location"] == f"https://{NAME}/id/"
    assert page_over_ipv6[0] == 200


def test_the_health_check_answers_on_the_internal_listener_only(tmp_path):
    with running_nginx(tmp_path) as (ports, _log):
        public = [ask(ports["https"], path, tls=True)[0] for path in ("/health/", "/health/live/")]
        by_ip = [ask(ports["internal"], path, host="10.0.0.11:8080")[0]
                 for path in ("/health/", "/health/live/")]  # fmt: skip
        by_name = ask(ports["internal"], "/health/", host=NAME)[0]
        page_by_name = ask(ports["internal"], "/id/", host=NAME)[0]
        with pytest.raises(http.client.RemoteDisconnected):
            ask(ports["internal"], "/id/", host="10.0.0.11:8080")  # only the health check

    assert public == [404, 404]
    assert by_ip == [200, 200] and by_name == 200 and page_by_name == 200


def test_the_access_log_holds_no_address_and_a_kept_page_its_own_request_id(tmp_path):
    with running_nginx(tmp_path) as (ports, log):
        private = f"/id/pesanan/{SECRET}/?email=rina@example.com"
        ask(ports["https"], private, tls=True)
        first = ask(ports["https"], "/en/", tls=True)[1]
        second = ask(ports["https"], "/en/", tls=True)[1]
    # Read once nginx has stopped: it writes a line after the answer has left.
    lines = log.read_text().splitlines()

    assert (first["X-Cache-Status"], second["X-Cache-Status"]) == ("MISS", "HIT")
    ids = [headers.get_all("X-Request-ID") for headers in (first, second)]
    assert all(len(found) == 1 and re.fullmatch("[0-9a-f]{32}", found[0]) for found in ids)
    assert ids[0] != ids[1]
    assert len(lines) == 3 and f" {NAME} GET 200 " in lines[0] and lines[2].endswith(ids[1][0])
    assert not any(word in "".join(lines) for word in (SECRET, "pesanan", "rina", "/en/"))


def test_requests_through_a_cdn_are_compressed(tmp_path):
    with running_nginx(tmp_path) as (ports, _log):
        _status, headers = ask(
            ports["https"], tls=True, Accept_Encoding="gzip", Via="1.1 cdn.example"
        )

    assert headers["Content-Encoding"] == "gzip"
