"""wrk's output read, and the benchmark's table with the goals of DESIGN.md "Performance
targets" beside the figures (used by scripts/bench.py)."""

import re

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}
# Uncached requests per second at 100,000 products (twice the reference Wagtail site).
RPS_GOALS = {"home": 100, "list": 130, "filtered": 130, "searched": 100, "product": 220}
P99_GOAL_MS = {"list": 100, "product": 100}  # uncached, at 100,000 products
CACHED_SHARE = 0.5  # of the static file's requests per second
GOAL_SIZE = 100_000


def _ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS_MS[unit]


def parse_wrk(output):
    """Requests per second, p50/p99 latency (ms) and failed requests from `wrk --latency`."""
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.MULTILINE))
    if not latency:  # no request answered at all
        raise ValueError(f"wrk measured nothing:\n{output}")
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": _ms(latency["50"]),
        "p99_ms": _ms(latency["99"]),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(int(n) for n in socket.groups()) if socket else 0,
    }


def _goals(page, figures, size, kind, static_rps):
    """What the page should reach, and whether it does: [(text, met)]."""
    goals = []
    if kind == "uncached" and page in RPS_GOALS:
        goals.append((f">={RPS_GOALS[page]}/s", figures["rps"] >= RPS_GOALS[page]))
    if kind == "uncached" and page in P99_GOAL_MS and size >= GOAL_SIZE:
        goals.append((f"p99<{P99_GOAL_MS[page]}ms", figures["p99_ms"] < P99_GOAL_MS[page]))
    if kind == "cached" and page != "static":
        goals.append((f">={CACHED_SHARE:.0%} static", figures["rps"] >= CACHED_SHARE * static_rps))
    return goals


def _row(page, figures, goals, static_rps):
    marks = " ".join(f"{text} {'met' if met else 'MISSED'}" for text, met in goals)
    ratio = figures["rps"] / static_rps if static_rps else 0
    queries = figures.get("queries", "")
    size = f"{figures['bytes'] / 1024:.1f}" if "bytes" in figures else ""
    gz = f"{figures['gzip_bytes'] / 1024:.1f}" if "gzip_bytes" in figures else ""
    return (
        f"{page:<9} {figures['rps']:>8.1f} {figures['p50_ms']:>7.1f} {figures['p99_ms']:>7.1f} "
        f"{figures['non_2xx']:>7} {figures['socket_errors']:>6} {queries!s:>7} {size:>7} {gz:>6} "
        f"{ratio:>7.1%}  {marks}"
    )


def report(run):
    args = run["args"]
    lines = [
        f"Pasar Kriya benchmark {run['started']}: wrk {args['threads']} threads, "
        f"{args['connections']} connections, {args['duration']} s a page; gunicorn 2 workers, "
        "production settings, PostgreSQL.",
        *run["notes"],
        "Goals (DESIGN.md, at 100,000 products): uncached home 100/s, list 130/s, product "
        "220/s, search 100/s; p99 < 100 ms for list and product; cached >= half the static file.",
    ]
    met = missed = 0
    for size, passes in run["sizes"].items():
        for kind, result in passes.items():
            pages = result["pages"]
            static_rps = pages["static"]["rps"]
            lines += [
                "",
                f"{int(size):,} products, {kind} (load average before: {result['load']})",
                f"{'page':<9} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'non-2xx':>7} "
                f"{'socket':>6} {'queries':>7} {'HTML KB':>7} {'gz KB':>6} {'/static':>7}  goals",
            ]
            for page, figures in pages.items():
                goals = _goals(page, figures, int(size), kind, static_rps)
                if int(size) >= GOAL_SIZE:
                    met += sum(1 for _text, ok in goals if ok)
                    missed += sum(1 for _text, ok in goals if not ok)
                lines.append(_row(page, figures, goals, static_rps))
            lines.append("paths: " + ", ".join(f"{k} {v}" for k, v in result["urls"].items()))
    if met or missed:
        lines += ["", f"Goals at {GOAL_SIZE:,} products: {met} met, {missed} missed."]
    return "\n".join(lines) + "\n"
