#!/usr/bin/env python3
"""Reads kg's GraphML exports with networkx (a third-party GraphML reader)
and checks them.

    graph_export_networkx.py DEFAULT.graphml ALL.graphml DEFAULT.cyjs

DEFAULT.graphml is `kg export --format graphml`, ALL.graphml the same with
--all, DEFAULT.cyjs `kg export --format cytoscape`. Checks: networkx reads
both files (it enforces the declared attr.type of every value); its node
and edge counts equal the document's <node>/<edge> elements and the
Cytoscape export's; every node has kind and label; every edge's weight is an
int >= 1, equal to the number of its space-separated sources, which are
nonempty; by default every node is reached by an edge a document states (no
isolated gazetteer entry no document mentions), while --all does hold such
entries. Exits 1 with the failures listed.
"""

import json
import sys
import xml.etree.ElementTree as ET

import networkx as nx

NS = "{http://graphml.graphdrawing.org/xmlns}"


def element_counts(path):
    root = ET.parse(path).getroot()
    graph = root.find(NS + "graph")
    return len(graph.findall(NS + "node")), len(graph.findall(NS + "edge"))


def check(path, failures, default):
    g = nx.read_graphml(path)
    if not g.is_directed():
        failures.append(f"{path}: not directed")
    nodes, edges = element_counts(path)
    if (g.number_of_nodes(), g.number_of_edges()) != (nodes, edges):
        failures.append(f"{path}: networkx read {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
                        f"the file has {nodes}, {edges}")
    for n, d in g.nodes(data=True):
        if not d.get("kind") or not d.get("label"):
            failures.append(f"{path}: node {n} lacks kind or label: {d}")
    from_document = set()
    for u, v, d in g.edges(data=True):
        w = d.get("weight")
        sources = d.get("sources", "").split(" ") if d.get("sources") else []
        if not isinstance(w, int) or isinstance(w, bool) or w < 1:
            failures.append(f"{path}: edge {u} -> {v}: weight {w!r} is not an int >= 1")
        elif len(sources) != w:
            failures.append(f"{path}: edge {u} -> {v}: weight {w}, sources {sources}")
        if not sources:
            failures.append(f"{path}: edge {u} -> {v}: no sources")
        if any(s.startswith("doc:") for s in sources):
            from_document.update((u, v))
        first, last = d.get("firstDate"), d.get("lastDate")
        if (first is None) != (last is None) or (first and first > last):
            failures.append(f"{path}: edge {u} -> {v}: dates {first}..{last}")
    unreached = [n for n in g.nodes if n not in from_document]
    if default and unreached:
        failures.append(f"{path}: {len(unreached)} nodes no document's edge reaches, e.g. {unreached[:5]}")
    if not default and not unreached:
        failures.append(f"{path}: --all holds no gazetteer entry beyond the documents' (the check would be void)")
    return g


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    default_path, all_path, cy_path = sys.argv[1:]
    failures = []
    g = check(default_path, failures, True)
    g_all = check(all_path, failures, False)
    with open(cy_path, encoding="utf-8") as f:
        cy = json.load(f)["elements"]
    if (g.number_of_nodes(), g.number_of_edges()) != (len(cy["nodes"]), len(cy["edges"])):
        failures.append(f"GraphML {g.number_of_nodes()} nodes {g.number_of_edges()} edges, "
                        f"Cytoscape {len(cy['nodes'])} {len(cy['edges'])}")
    if g_all.number_of_nodes() <= g.number_of_nodes():
        failures.append(f"--all has {g_all.number_of_nodes()} nodes, default {g.number_of_nodes()}")
    if failures:
        print("networkx check failed:", *failures[:20], sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print(f"networkx {nx.__version__}: default {g.number_of_nodes()} nodes {g.number_of_edges()} edges, "
          f"--all {g_all.number_of_nodes()} nodes {g_all.number_of_edges()} edges: ok")


if __name__ == "__main__":
    main()
