"""Serving the site on 127.0.0.1 for the benchmark and Lighthouse: a free port, waiting until
the server answers, stopping it and its children by their process group."""

import os
import signal
import socket
import subprocess
import time
import urllib.request


def free_port(ports):
    """The first port of `ports` nothing listens on, on 127.0.0.1."""
    for port in ports:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise SystemExit(f"No free port on 127.0.0.1 in {ports[0]}-{ports[-1]}.")


def wait_until_serving(base_url, server, log_path, seconds=60):
    """Return once `base_url` answers; stop the run if the server dies or never answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn stopped; its log: {log_path}")
        try:
            urllib.request.urlopen(f"{base_url}/robots.txt", timeout=2).read()  # nosec B310  # loopback
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer within {seconds} seconds; its log: {log_path}")


def stop(process):
    """Stop a process started in its own session, and its children, by its id."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
