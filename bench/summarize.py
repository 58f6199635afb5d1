#!/usr/bin/env python3
"""Prints bench/run's summary: each query's time in our search and in raw
FTS5 (same expression, same bytes, same run) with their ratio, the p50/p99
latency of the query mix, and the content compile time; each the median of
the benchmark's repetitions."""
import json
import sys

# docs/PERFORMANCE.md: a keystroke's search, p99.
TARGET_P99_US = {"bundled": 1000, "synthetic": 5000}


def load(path):
    """Each benchmark's median over its repetitions, or its one run."""
    with open(path) as f:
        benchmarks = json.load(f)["benchmarks"]
    medians = {b["run_name"]: b for b in benchmarks if b.get("aggregate_name") == "median"}
    return medians or {b["name"]: b for b in benchmarks if b.get("run_type", "iteration") == "iteration"}


def main(search_json, build_json):
    runs = load(search_json)
    corpora = sorted({name.split("/")[1] for name in runs if name.count("/") == 2})
    for corpus in corpora:
        print(f"\n{corpus} content: time per query, microseconds")
        print(f"  {'query':<12}{'our search':>12}{'raw FTS5':>12}{'ratio':>8}")
        for name, run in runs.items():
            kind, c, query = (name.split("/") + ["", ""])[:3]
            if kind != "search" or c != corpus or query == "mix":
                continue
            raw = runs.get(f"fts5/{corpus}/{query}")
            ours = run["real_time"]
            theirs = raw["real_time"] if raw else float("nan")
            print(f"  {query:<12}{ours:>12.1f}{theirs:>12.1f}{ours / theirs:>7.2f}x")
        for kind in ("search", "fts5"):
            mix = runs.get(f"{kind}/{corpus}/mix")
            if mix:
                print(f"  mix ({kind}): wall p50 {mix['p50_us']:.1f} us, p99 {mix['p99_us']:.1f} us;"
                      f" CPU p50 {mix['p50_cpu_us']:.1f} us, p99 {mix['p99_cpu_us']:.1f} us")
        mix = runs.get(f"search/{corpus}/mix")
        target = TARGET_P99_US.get(corpus)
        if mix and target:
            verdict = "met" if mix["p99_cpu_us"] <= target else "NOT met"
            print(f"  target p99 <= {target} us (CPU time): {verdict}")
        suggestion = runs.get(f"suggestion/{corpus}/misspelled")
        if suggestion:
            print(f"  did-you-mean (3 words): {suggestion['real_time']:.1f} us")
    for name, run in load(build_json).items():
        print(f"\n{name}: {run['real_time']:.0f} {run['time_unit']}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
