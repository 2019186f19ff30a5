"""Side-by-side benchmark: datadog_async vs raw httpx + json vs the official datadog-api-client.

    python bench/run.py [--reps 5] [--quick] [--nulls real|spec] [--profile LIB:FLAVOUR:METRICS]

Starts the canned server (bench/server.py) in its own process, then in every repetition runs each contender in a
fresh process of its own, back to back (the order rotates between repetitions), and reports every metric as the
median over repetitions of the ratio to raw httpx measured in the same repetition. Prints a markdown table and
writes bench/results/latest.json. A benchmark, not a test: nothing here passes or fails on timings.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import contenders  # noqa: E402
import realistic  # noqa: E402

PY = sys.executable
# Every library runs as an async and a sync contender; sync rows are compared with raw httpx's sync client.
LABELS = {
    ("raw", "async"): "raw httpx.AsyncClient + json",
    ("raw", "sync"): "raw httpx.Client + json",
    ("sdk", "async"): "datadog_async (asyncio)",
    ("sdk", "sync"): "datadog_async (sync)",
    ("sdk", "ns"): "datadog_async (asyncio, client.incidents)",
    ("official", "async"): "datadog-api-client 2.62.0 (async, aiosonic)",
    ("official", "sync"): "datadog-api-client 2.62.0 (sync, urllib3)",
}
# The raw contender each row is compared with (the namespaces row runs on the async client).
BASELINE = {"async": "async", "sync": "sync", "ns": "async"}
# What each flavour's process measures; (c), (d), (e), (f) are per library, measured once, shown in every row.
FLAVOUR_METRICS = {"async": "a,b,c,d,g", "sync": "a,g", "ns": "a,b,g"}
# metric -> (result key, unit, target ratio for the SDK (issue 15)). Every ratio reads "times raw httpx's cost":
# value / raw for all but (g), a rate, where it is raw / value (so 1.3x means 1.3x the CPU per item).
METRICS = {
    "a": ("a_cpu_us", "us CPU / GET", 1.10),
    "b": ("b_wall_ms", "ms wall, 2000 GETs @64", 0.6),
    "c": ("c_cpu_us", "us CPU / incident", 2.5),
    "d": ("d_cpu_us", "us CPU / create body", 1.3),
    "e": ("e_import_ms", "ms cold import", 1.3),
    "f": ("f_peak_mib", "MiB peak RSS growth, 10k incidents", 0.9),
    "g": ("g_items_per_cpu_s", "incidents / CPU s, paginate 1000", 1.3),
}
RATES = {"g"}


def start_server(nulls: str) -> tuple[subprocess.Popen[bytes], int]:
    proc = subprocess.Popen(
        [PY, str(HERE / "server.py"), "--max-seconds", "900", "--nulls", nulls],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, port


def worker(name: str, flavour: str, metrics: str, port: int, extra: list[str], env: dict[str, str]) -> dict[str, Any]:
    lib = name.split("@")[0]
    cmd = [PY, "-W", "ignore", str(HERE / "worker.py"), lib, flavour, "--port", str(port), "--metrics", metrics]
    done = subprocess.run(cmd + extra, capture_output=True, text=True, timeout=300, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{name} {flavour} {metrics} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# The dev venv has click/rich/pygments (from the generator's CLI); with them, `import httpx` also imports its
# CLI (~60 ms). A user's install of this SDK has none of them: hide them, so (e) times what a user pays.
_HIDE_DEV_ONLY = """
import sys
class _Hide:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("click", "rich", "pygments"):
            raise ImportError(name)
sys.meta_path.insert(0, _Hide())
import asyncio  # an asyncio program has it loaded before it imports any HTTP client
"""


def import_ms(what: str, env: dict[str, str]) -> float:
    """(e) for contenders.IMPORTS[what] (a library, or "sdk-ns": what a user of the namespaces imports)."""
    code = f"{_HIDE_DEV_ONLY}\nimport time\nt0 = time.perf_counter()\n{contenders.IMPORTS[what]}\n"
    code += "print(time.perf_counter() - t0)"
    done = subprocess.run([PY, "-c", code], capture_output=True, text=True, timeout=60, env=env, check=True)
    return float(done.stdout.strip()) * 1e3


def write_pages(path: Path, count: int, nulls: realistic.Nulls) -> None:
    with open(path, "wb") as f:
        for body in realistic.page_bodies(count, nulls):
            f.write(struct.pack("<I", len(body)))
            f.write(body)


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg_start": os.getloadavg(),
    }


def versions(env: dict[str, str]) -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json\n"
        "names = ['httpx', 'httpcore', 'attrs', 'python-dateutil', 'datadog-api-client', 'aiosonic', 'urllib3']\n"
        "print(json.dumps({n: m.version(n) for n in names}))"
    )
    done = subprocess.run([PY, "-c", code], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="fewer iterations, 3 repetitions (a smoke run)")
    parser.add_argument("--only", default="", help="comma-separated libraries to run besides raw (sdk,official)")
    parser.add_argument("--profile", default="", help="LIB:FLAVOUR:METRICS, e.g. sdk:async:a, profiled once")
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME=PYTHONPATH",
        help="also run the SDK from another source tree (an A/B of an optimisation), e.g. "
        "fast=/tmp/gen:/tmp/overlays; repeatable",
    )
    parser.add_argument(
        "--nulls",
        choices=["real", "spec"],
        default="real",
        help="real: unset attributes are null as Datadog sends them (default); spec: null only where the spec "
        "allows it, the others omitted (what a strict parser accepts; see bench/realistic.py)",
    )
    parser.add_argument("--out", default=str(HERE / "results" / "latest.json"))
    args = parser.parse_args()

    # Bytecode caches on: an installed wheel has its .pyc files (pip compiles them; httpx's are in site-packages),
    # and the warm-up before (e) writes this tree's. With PYTHONDONTWRITEBYTECODE set (as in some dev shells),
    # every cold import of the SDK would compile its sources (~50 ms) and (e) would time the compiler.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="ddbench-"))
    server, port = start_server(args.nulls)
    try:
        if args.profile:
            lib, flavour, metrics = args.profile.split(":")
            dest = HERE / "results" / f"profile-{lib}-{flavour}-{metrics.replace(',', '')}.txt"
            dest.parent.mkdir(exist_ok=True)
            pages = tmp / "pages.bin"
            if "f" in metrics:
                write_pages(pages, 100, args.nulls)
            extra = ["--profile", str(dest), "--pages", str(pages), "--nulls", args.nulls]
            print(worker(lib, flavour, metrics, port, extra, env))
            print(f"profile written to {dest}")
            return
        run(args, env, port, tmp, started)
    finally:
        assert server.stdin is not None
        server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        for p in tmp.iterdir():
            p.unlink()
        tmp.rmdir()


def run(args: argparse.Namespace, env: dict[str, str], port: int, tmp: Path, started: float) -> None:
    reps = 3 if args.quick else max(args.reps, 1)
    if args.quick:
        extra = ["--sequential", "150", "--concurrent", "600", "--parses", "4", "--serializations", "300"]
        extra += ["--paginations", "2"]
        n_pages = 10
    else:
        extra = []
        n_pages = 100
    extra += ["--nulls", args.nulls]
    # name -> environment; "sdk@NAME" runs the SDK from another PYTHONPATH (an A/B of an optimisation).
    envs = {name: env for name in ["raw", *(args.only.split(",") if args.only else ["sdk", "official"])]}
    for spec in args.variant:
        label, _, path = spec.partition("=")
        envs[f"sdk@{label}"] = {**env, "PYTHONPATH": path}
    chosen = [(name, flavour) for name in envs for flavour in ("async", "sync")]
    # The namespaces row, for every SDK tree that has them (the worker says whether the flavour exists).
    unavailable: dict[str, str] = {}
    for name in envs:
        if name.startswith("sdk"):
            probe = worker(name, "ns", "probe", port, [], envs[name])
            if "unavailable" in probe:
                unavailable[f"{name}/ns"] = probe["unavailable"]
            else:
                chosen.insert(chosen.index((name, "sync")), (name, "ns"))
    pages = tmp / "pages.bin"
    write_pages(pages, n_pages, args.nulls)
    info = machine()
    info["versions"] = versions(env)
    info["nulls"] = args.nulls
    info["unavailable"] = unavailable
    info["page_bytes"] = {
        "get": len(realistic.dumps(realistic.incident_response(1, nulls=args.nulls))),
        "page": len(realistic.dumps(realistic.incidents_page(300, nulls=args.nulls))),
    }

    def imports_of(name: str, flavour: str) -> str:
        lib = name.split("@")[0]
        return "sdk-ns" if (lib, flavour) == ("sdk", "ns") else lib

    # Warm the bytecode caches so "cold import" means a fresh interpreter, not a first compile.
    for name, flavour in chosen:
        import_ms(imports_of(name, flavour), envs[name])

    samples: list[dict[tuple[str, str], dict[str, Any]]] = []
    for rep in range(reps):
        order = chosen[rep % len(chosen) :] + chosen[: rep % len(chosen)]
        got: dict[tuple[str, str], dict[str, Any]] = {}
        for name, flavour in order:
            got[(name, flavour)] = worker(name, flavour, FLAVOUR_METRICS[flavour], port, extra, envs[name])
        for name, name_env in envs.items():
            mem = worker(name, "async", "f", port, ["--pages", str(pages), "--nulls", args.nulls], name_env)
            flavours = [fl for n, fl in chosen if n == name]
            imports = {}
            for what in dict.fromkeys(imports_of(name, fl) for fl in flavours):  # once per import list
                imports[what] = statistics.median(import_ms(what, name_env) for _ in range(3))
            for flavour in flavours:
                row = got[(name, flavour)]
                row.update({k: v for k, v in mem.items() if k.startswith("f_")})
                row["e_import_ms"] = imports[imports_of(name, flavour)]
                if flavour != "async":  # library-level metrics are measured once, in the async process
                    lib_level = ("c_cpu_us", "c_error", "c_keeps", "d_cpu_us", "d_error", "digest")
                    row.update({k: v for k, v in got[(name, "async")].items() if k in lib_level})
        samples.append(got)
        print(f"repetition {rep + 1}/{reps} done ({time.perf_counter() - started:.0f}s)", file=sys.stderr)

    table = summarise(samples, chosen)
    info["loadavg_end"] = os.getloadavg()
    info["seconds"] = round(time.perf_counter() - started, 1)
    info["repetitions"] = reps
    info["variants"] = {f"sdk@{v.partition('=')[0]}": v.partition("=")[2] for v in args.variant}
    digests = {f"{name}/{fl}": samples[0][(name, fl)].get("digest") for name, fl in chosen}
    result = {
        "machine": info,
        "results": table,
        "create_body_digests": digests,
        "raw_samples": [{f"{name}/{fl}": s[(name, fl)] for name, fl in chosen} for s in samples],
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    print(markdown(table, info, len({d for d in digests.values() if d is not None}) == 1))


def label(name: str, flavour: str) -> str:
    lib, _, variant = name.partition("@")
    text = LABELS[(lib, flavour)]
    return f"{text} [{variant}]" if variant else text


def summarise(samples: list[dict[tuple[str, str], dict[str, Any]]], chosen: list[tuple[str, str]]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for lib, flavour in chosen:
        base = ("raw", BASELINE[flavour])
        row: dict[str, Any] = {"label": label(lib, flavour), "baseline": label(*base), "errors": {}}
        for metric, (key, unit, target) in METRICS.items():
            runs = [s[(lib, flavour)] for s in samples]
            errors = sorted({r[f"{metric}_error"] for r in runs if f"{metric}_error" in r})
            if errors:  # the contender raised: that is its result (see worker.py)
                row["errors"][metric] = errors
                continue
            if any(r.get(key) is None or s[base].get(key) is None for r, s in zip(runs, samples, strict=True)):
                continue
            values = [r[key] for r in runs]
            if metric in RATES:
                ratios = [s[base][key] / r[key] for r, s in zip(runs, samples, strict=True)]
            else:
                ratios = [r[key] / s[base][key] for r, s in zip(runs, samples, strict=True)]
            row[metric] = {
                "median": statistics.median(values),
                "unit": unit,
                "ratio": statistics.median(ratios),
                "ratio_min": min(ratios),
                "ratio_max": max(ratios),
                "target": target if lib.startswith("sdk") else None,
            }
        if "b" in row:
            row["b_cpu_ms"] = statistics.median(s[(lib, flavour)]["b_cpu_ms"] for s in samples)
            row["b_cpu_ratio"] = statistics.median(s[(lib, flavour)]["b_cpu_ms"] / s[base]["b_cpu_ms"] for s in samples)
        row["keeps"] = samples[0][(lib, flavour)].get("c_keeps")
        table[f"{lib}/{flavour}"] = row
    return table


def _keeps_text(keeps: dict[str, bool] | None) -> str:
    if keeps is None:
        return "does not parse the page"
    unknown = "all" if keeps["unknown_fields"] else "some" if keeps["unknown_fields_some"] else "none"
    nulls = "the" if keeps["nulls"] else "not all"
    return f"parses the page; keeps {unknown} of its unknown fields and {nulls} nulls (read back as a dict)"


def markdown(table: dict[str, Any], info: dict[str, Any], same_body: bool) -> str:
    head = "| contender | " + " | ".join(f"({m}) {u}" for m, (_, u, _) in METRICS.items()) + " |"
    lines = [head, "|" + "---|" * (len(METRICS) + 1)]
    notes: list[str] = []
    for key, row in table.items():
        cells = []
        for metric in METRICS:
            cell = row.get(metric)
            if metric in row["errors"]:
                cells.append(f"raises {row['errors'][metric][0].split(':', 1)[0]}")
                continue
            if cell is None:
                cells.append("n/a")
                continue
            text = f"{cell['median']:.4g} (**{cell['ratio']:.2f}x**)"
            if cell["target"] is not None:
                text += " ✅" if cell["ratio"] <= cell["target"] else f" ❌ >{cell['target']}x"
            cells.append(text)
        lines.append(f"| {row['label']} | " + " | ".join(cells) + " |")
        if key.endswith("/async"):  # per library: what its parse of the page kept
            notes.append(f"- {row['label'].split(' (')[0]}: {_keeps_text(row['keeps'])}.")
        for metric, errors in row["errors"].items():
            if metric in "cdf" and not key.endswith("/async"):
                continue  # per library: already noted on its async row
            notes.append(f"- {row['label']} ({metric}) raised: {'; '.join(errors)}")
    for what, why in info["unavailable"].items():
        notes.append(f"- {what}: not measured ({why}).")
    lines.append("")
    lines.append(
        f"Median of {info['repetitions']} repetitions; ratio = median over repetitions of value / raw httpx in the "
        f"same repetition ((g): raw / value, so every ratio is a cost; sync rows: raw httpx.Client). "
        f"{info['cpu']}, {info['cores']} cores, Python {info['python']}; "
        f"load average {info['loadavg_start'][0]:.2f} at start, {info['loadavg_end'][0]:.2f} at end; "
        f"{info['seconds']:.0f}s. Payload: Datadog's real shape (bench/realistic.py, nulls={info['nulls']}; one GET "
        f"{info['page_bytes']['get']} B, a page {info['page_bytes']['page']} B). "
        f"Create bodies identical across contenders: {'yes' if same_body else 'NO'}."
    )
    if notes:
        lines.append("")
        lines.extend(notes)
    return "\n".join(lines)


if __name__ == "__main__":
    main()
