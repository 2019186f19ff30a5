"""One contender in one process: python bench/worker.py LIB FLAVOUR --port P --metrics a,b,c,d,g | f | probe.

Prints one JSON object on its last line of stdout. Metrics:
  a  client CPU per sequential GET of one incident, parsed (us)
  b  wall time (ms) and client CPU (ms) for N GETs with C in flight (async flavours)
  c  CPU to parse one 100-incident page into what the library returns, per incident (us); and what the parse
     kept of the page's nulls and unknown fields (c_keeps)
  d  CPU to build and serialize a create request (us)
  f  RSS growth holding 10,000 parsed incidents (MiB): peak, and what is still held after gc
  g  items per CPU second through the library's paging over 1,000 incidents in pages of 100
  digest  a digest of the create body (to check every contender sends the same JSON)
  probe   only whether the flavour exists in the tree measured ({"unavailable": why} if not)

A metric whose calls raise is reported as ``<metric>_error`` (the exception's type and message) instead of a
value: a contender that cannot parse Datadog's real responses is a result, not a crash of the benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import json
import os
import resource
import struct
import sys
import time
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import contenders
import payloads
import realistic

cpu = time.process_time
wall = time.perf_counter


# Timed loops are split into batches and the fastest batch counts: on a shared machine, other processes' bursts
# only ever add time, so the minimum is the best estimate of what the code itself costs.
BATCHES = 4


def _best(fn: Any, n: int) -> float:
    """CPU seconds per call of fn: the fastest of BATCHES batches of n // BATCHES calls."""
    per_batch = max(n // BATCHES, 1)
    best = float("inf")
    for _ in range(BATCHES):
        gc.collect()
        c0 = cpu()
        for _ in range(per_batch):
            fn()
        best = min(best, (cpu() - c0) / per_batch)
    return best


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _read_pages(path: str) -> Any:
    with open(path, "rb") as f:
        while head := f.read(4):
            (size,) = struct.unpack("<I", head)
            yield f.read(size)


def _failed(out: dict[str, Any], metric: str, exc: Exception) -> None:
    out[f"{metric}_error"] = f"{type(exc).__name__}: {exc}"[:400]


def _per_item(cpu_s: float, count: int) -> dict[str, Any]:
    return {"g_items_per_cpu_s": count / cpu_s, "g_count": count}


async def run_async(c: Any, args: argparse.Namespace, out: dict[str, Any]) -> None:
    for metric, step in (("a", _async_a), ("b", _async_b), ("g", _async_g)):
        if metric in args.metrics:
            try:
                await step(c, args, out)
            except Exception as exc:  # reported in the table (module docstring)
                _failed(out, metric, exc)
    await c.aclose()


async def _async_g(c: Any, args: argparse.Namespace, out: dict[str, Any]) -> None:
    count = await c.apaginate()  # warm: connections, lazily imported models
    best = float("inf")
    for _ in range(args.paginations):
        gc.collect()
        c0 = cpu()
        count = await c.apaginate()
        best = min(best, cpu() - c0)
    out.update(_per_item(best, count))


async def _async_a(c: Any, args: argparse.Namespace, out: dict[str, Any]) -> None:
    for _ in range(args.warmup):
        await c.aget()
    cpus, walls = [], []
    for _ in range(BATCHES):
        gc.collect()
        w0, c0 = wall(), cpu()
        for _ in range(args.sequential // BATCHES):
            await c.aget()
        cpus.append(cpu() - c0)
        walls.append(wall() - w0)
    out["a_cpu_us"] = min(cpus) / (args.sequential // BATCHES) * 1e6
    out["a_wall_us"] = min(walls) / (args.sequential // BATCHES) * 1e6


async def _async_b(c: Any, args: argparse.Namespace, out: dict[str, Any]) -> None:
    async def burst(n: int) -> None:
        remaining = [n]

        async def worker() -> None:
            while remaining[0] > 0:
                remaining[0] -= 1
                await c.aget()

        await asyncio.gather(*(worker() for _ in range(args.in_flight)))

    await burst(args.in_flight * 4)  # open the connections
    gc.collect()
    w0, c0 = wall(), cpu()
    await burst(args.concurrent)
    c1, w1 = cpu(), wall()
    out["b_wall_ms"] = (w1 - w0) * 1e3
    out["b_cpu_ms"] = (c1 - c0) * 1e3


def run_sync(c: Any, args: argparse.Namespace, out: dict[str, Any]) -> None:
    for metric, step in (("a", _sync_a), ("g", _sync_g)):
        if metric in args.metrics:
            try:
                step(c, args, out)
            except Exception as exc:  # reported in the table (module docstring)
                _failed(out, metric, exc)
    c.close()


def _sync_g(c: Any, args: argparse.Namespace, out: dict[str, Any]) -> None:
    count = c.paginate()
    best = float("inf")
    for _ in range(args.paginations):
        gc.collect()
        c0 = cpu()
        count = c.paginate()
        best = min(best, cpu() - c0)
    out.update(_per_item(best, count))


def _sync_a(c: Any, args: argparse.Namespace, out: dict[str, Any]) -> None:
    for _ in range(args.warmup):
        c.get()
    cpus, walls = [], []
    for _ in range(BATCHES):
        gc.collect()
        w0, c0 = wall(), cpu()
        for _ in range(args.sequential // BATCHES):
            c.get()
        cpus.append(cpu() - c0)
        walls.append(wall() - w0)
    out["a_cpu_us"] = min(cpus) / (args.sequential // BATCHES) * 1e6
    out["a_wall_us"] = min(walls) / (args.sequential // BATCHES) * 1e6


def run_local(c: Any, args: argparse.Namespace, out: dict[str, Any]) -> None:
    for metric, step in (("c", _local_c), ("d", _local_d), ("f", _local_f)):
        if metric in args.metrics or (metric == "d" and "digest" in args.metrics):
            try:
                step(c, args, out)
            except Exception as exc:  # reported in the table (module docstring)
                _failed(out, metric, exc)


def _local_c(c: Any, args: argparse.Namespace, out: dict[str, Any]) -> None:
    source = realistic.incidents_page(300, nulls=args.nulls)
    body = payloads.dumps(source)
    out["c_page_bytes"] = len(body)
    out["c_keeps"] = _keeps(c.as_dict(c.parse_page(body)), source)
    for _ in range(2):
        c.parse_page(body)
    out["c_cpu_us"] = _best(lambda: c.parse_page(body), args.parses) / realistic.PAGE_SIZE * 1e6


def _keeps(parsed: dict[str, Any], source: dict[str, Any]) -> dict[str, bool]:
    """What a parse kept of the page, read back through the library's own to_dict(): the unknown fields at
    every level, and the nulls of the attributes that have no value (on an incident with case_id null)."""
    got, src = parsed["data"][1], source["data"][1]
    nulls = [k for k, v in src["attributes"].items() if v is None]
    extras = [
        all(k in parsed for k in realistic.EXTRA_RESPONSE),
        all(k in got for k in realistic.EXTRA_RESOURCE),
        all(k in got.get("attributes", {}) for k in realistic.EXTRA_ATTRIBUTES),
        all(k in got.get("relationships", {}) for k in realistic.EXTRA_RELATIONSHIPS),
    ]
    return {
        "unknown_fields": all(extras),
        "unknown_fields_some": any(extras),
        "nulls": all(k in got.get("attributes", {}) and got["attributes"][k] is None for k in nulls),
    }


def _local_d(c: Any, args: argparse.Namespace, out: dict[str, Any]) -> None:
    values = payloads.create_values()
    body = c.serialize_create(values)
    out["digest"] = hashlib.sha256(json.dumps(json.loads(body), sort_keys=True).encode()).hexdigest()[:16]
    if "d" in args.metrics:
        for _ in range(50):
            c.serialize_create(values)
        out["d_cpu_us"] = _best(lambda: c.serialize_create(values), args.serializations) * 1e6


def _local_f(c: Any, args: argparse.Namespace, out: dict[str, Any]) -> None:
    c.parse_page(payloads.dumps(realistic.incidents_page(0, 1, nulls=args.nulls)))  # import lazy models first
    gc.collect()
    base = _rss()
    held = []
    count = 0
    for body in _read_pages(args.pages):
        page = c.parse_page(body)
        count += len(page["data"]) if isinstance(page, dict) else len(page.data)
        held.append(page)
        del body
    gc.collect()
    out["f_count"] = count
    out["f_held_mib"] = (_rss() - base) / 2**20
    out["f_peak_mib"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - base) / 2**20
    out["f_base_mib"] = base / 2**20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("lib", choices=sorted(contenders.LIBRARIES))
    parser.add_argument("flavour", choices=["async", "sync", "ns"])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--metrics", type=lambda s: set(s.split(",")), default={"a"})
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--sequential", type=int, default=400)
    parser.add_argument("--concurrent", type=int, default=2000)
    parser.add_argument("--in-flight", type=int, default=64)
    parser.add_argument("--parses", type=int, default=12)
    parser.add_argument("--serializations", type=int, default=2000)
    parser.add_argument("--paginations", type=int, default=6, help="(g): timed runs through the 1,000 incidents")
    parser.add_argument("--pages", default="")
    parser.add_argument("--nulls", choices=["real", "spec"], default="real", help="see bench/realistic.py")
    parser.add_argument("--profile", default="", help="write a pyinstrument text profile of the run here")
    args = parser.parse_args()

    out: dict[str, Any] = {"lib": args.lib, "flavour": args.flavour}
    try:
        c = contenders.LIBRARIES[args.lib](f"http://127.0.0.1:{args.port}", args.flavour)
    except contenders.Unavailable as exc:
        print(json.dumps({**out, "unavailable": str(exc)}))
        return
    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0002, async_mode="disabled")
        profiler.start()
    run_local(c, args, out)
    if args.metrics & {"a", "b", "g"}:
        if args.flavour != "sync":
            asyncio.run(run_async(c, args, out))
        else:
            run_sync(c, args, out)
    if profiler is not None:
        profiler.stop()
        with open(args.profile, "w") as f:
            f.write(profiler.output_text(unicode=False, color=False, show_all=False))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
