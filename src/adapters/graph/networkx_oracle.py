"""Oracle for the graph tests: PageRank (or personalised PageRank) of an edge list by networkx.

Reads the file independently of Éclaireur (plain or .gz; whitespace-separated `source target
[weight]`; optional header line; '#' comments), builds a networkx DiGraph (duplicate edges
collapse, self-loops stay) and prints JSON: nodes, edges, seconds, scores by node name.

usage: python3 networkx_oracle.py FILE HEADER(0|1) WEIGHTED(0|1) ALPHA TOL_L1 [SEEDS_JSON]
TOL_L1 is the tolerance on the L1 change; networkx stops at err < N*tol, so tol = TOL_L1 / N.
"""
import gzip
import json
import sys
import time

import networkx as nx

path, header, weighted = sys.argv[1], sys.argv[2] == "1", sys.argv[3] == "1"
alpha, tol_l1 = float(sys.argv[4]), float(sys.argv[5])
seeds = json.loads(sys.argv[6]) if len(sys.argv) > 6 else None

t0 = time.time()
G = nx.DiGraph()
with (gzip.open if path.endswith(".gz") else open)(path, "rt", encoding="utf-8") as f:
    if header:
        next(f)
    for line in f:
        p = line.split()
        if not p or p[0].startswith("#"):
            continue
        if weighted:
            G.add_edge(p[0], p[1], weight=float(p[2]))
        else:
            G.add_edge(p[0], p[1])
t1 = time.time()
pers = {s: 1.0 for s in seeds} if seeds else None
pr = nx.pagerank(
    G,
    alpha=alpha,
    tol=tol_l1 / G.number_of_nodes(),
    max_iter=100000,
    weight="weight" if weighted else None,
    personalization=pers,
)
t2 = time.time()
json.dump(
    {"networkx": nx.__version__, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "selfLoops": nx.number_of_selfloops(G), "load": t1 - t0, "pagerank": t2 - t1, "scores": pr},
    sys.stdout,
)
