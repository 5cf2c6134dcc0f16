"""deploy/nginx/ filled in and run outside /etc/nginx: for `make prod-local` and the nginx tests
(tests/site/test_nginx_site.py). A server fills the same templates with envsubst
(docs/deployment.md, step 7)."""

import os
import re
import string
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "deploy" / "nginx"
NGINX_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")


def make_certificate(folder, name, alternative_names):
    """A self-signed certificate and key in `folder` (openssl from the system), made once."""
    certificate, key = folder / "tls.crt", folder / "tls.key"
    if not certificate.exists():
        subprocess.run(  # nosec B607  # the system's openssl, from PATH
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
             "-subj", f"/CN={name}", "-addext", f"subjectAltName={alternative_names}",
             "-keyout", str(key), "-out", str(certificate)],
            check=True, capture_output=True,
        )  # fmt: skip
    return certificate, key


def fill_in(values, conf_folder):
    """Every template filled in: the *.conf files into `conf_folder`, the *.inc files into
    values["CONF_DIR"]. A name left unfilled is an error (nginx would refuse `${…}`)."""
    for template in TEMPLATES.iterdir():
        text = string.Template(template.read_text()).safe_substitute(values)
        left = re.findall(r"^[^#]*(\$\{\w+\})", text, re.MULTILINE)
        if left:
            raise ValueError(f"{template.name}: {', '.join(left)} not filled in")
        target = Path(conf_folder) if template.suffix == ".conf" else Path(values["CONF_DIR"])
        (target / template.name).write_text(text)


def write_main_config(folder, includes, error_log, workers=1, name="nginx.conf"):
    """A main configuration file `name` in `folder` (its pid and temporary files there too)
    that loads the purge module and includes `includes` in its http block; returns its path."""
    temp = Path(folder) / "temp"
    temp.mkdir(parents=True, exist_ok=True)
    lines = "\n".join(f"    include {path};" for path in includes)
    main = f"""
load_module {NGINX_MODULE};
{"user root;" if os.geteuid() == 0 else ""}
worker_processes {workers};
pid {Path(folder) / "nginx.pid"};
error_log {error_log} warn;
daemon off;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    server_tokens off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
{lines}
}}
"""
    path = Path(folder) / name
    path.write_text(main)
    return path
