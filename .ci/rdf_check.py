#!/usr/bin/env python3
"""Checks kg's N-Quads export and vocabulary with rdflib, a third-party RDF
reader: usage rdf_check.py EXPORT.nq VOCAB.ttl. Prints one line per check
and a closing 'N passed, N failed' line; exits 1 if any check failed."""

import re
import sys

from rdflib import ConjunctiveGraph, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SDO = Namespace("http://schema.org/")
KG = "urn:kg:ns:"
DATE_PREDICATES = [SDO.startDate, SDO.endDate, SDO.datePublished, URIRef(KG + "checkedDate")]
DATE_TYPES = {XSD.date, XSD.gYear, XSD.gYearMonth}
# An absolute IRI with none of the characters RDF's IRIREF excludes.
IRI = re.compile(r'^[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>"{}|^`\\]*$')

passed, failed = 0, 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def main(nq_path, ttl_path):
    with open(nq_path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip() and not l.startswith("#")]
    ds = ConjunctiveGraph()
    ds.parse(nq_path, format="nquads")
    vocab = Graph()
    vocab.parse(ttl_path, format="turtle")

    quads = list(ds.quads((None, None, None, None)))
    check("every line is one quad", len(quads) == len(lines), f"{len(quads)} quads for {len(lines)} lines")
    # rdflib puts statements without a label in a graph named after the
    # file: every label must be a kg document or the gazetteer.
    default = [q for q in quads if not str(q[3].identifier).startswith(("urn:kg:doc:", "urn:kg:gazetteer"))]
    check("every quad has a document or gazetteer label", not default, f"{len(default)} without, e.g. {default[:1]}")

    bad_iris = set()
    for s, p, o, g in quads:
        for term in (s, p, o, g.identifier):
            if isinstance(term, URIRef) and not IRI.match(str(term)):
                bad_iris.add(str(term))
    check("no malformed IRI", not bad_iris, sorted(bad_iris)[:3])

    dates, untyped, ill = 0, [], []
    for p in DATE_PREDICATES:
        for o in ds.objects(None, p):
            if not isinstance(o, Literal) or o.datatype not in DATE_TYPES:
                untyped.append(str(o))
            elif o.value is None or o.value == str(o):  # rdflib could not read the lexical form
                ill.append(str(o))
            else:
                dates += 1
    typed_date = sum(1 for p in DATE_PREDICATES for o in ds.objects(None, p) if isinstance(o, Literal) and o.datatype == XSD.date)
    check("dates are typed xsd:date/gYearMonth/gYear", dates > 0 and not untyped, f"{len(untyped)} untyped, e.g. {untyped[:3]}")
    check("typed dates are valid", not ill and typed_date > 0, f"{typed_date} xsd:date, ill-typed {ill[:3]}")

    selectors = set(ds.subjects(RDF.type, OA.TextPositionSelector))
    bad_sel = []
    for sel in selectors:
        starts, ends = list(ds.objects(sel, OA.start)), list(ds.objects(sel, OA.end))
        if len(starts) != 1 or len(ends) != 1 or any(not isinstance(v, Literal) or v.datatype != XSD.integer for v in starts + ends) \
                or not 0 <= starts[0].toPython() <= ends[0].toPython():
            bad_sel.append(str(sel))
    check("oa:TextPositionSelector nodes with one integer oa:start <= oa:end", selectors and not bad_sel,
          f"{len(selectors)} selectors, bad {bad_sel[:3]}")

    annotations = set(ds.subjects(RDF.type, OA.Annotation))
    wrong = []
    for ann in annotations:
        try:
            target = ds.value(ann, OA.hasTarget, any=False)
            source = ds.value(target, OA.hasSource, any=False)
            text = str(ds.value(source, SDO.text))
            pos = next(s for s in ds.objects(target, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in ds)
            quote = next(s for s in ds.objects(target, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in ds)
            start, end = ds.value(pos, OA.start).toPython(), ds.value(pos, OA.end).toPython()
            if str(ds.value(quote, OA.exact)) != text[start:end] or ds.value(ann, OA.hasBody) is None \
                    or (ann, PROV.wasQuotedFrom, source) not in ds:
                wrong.append(str(ann))
        except Exception as e:  # a missing or repeated part
            wrong.append(f"{ann}: {e!r}")
    check("each oa:Annotation's oa:exact is its source's text between oa:start and oa:end",
          annotations and not wrong and len(annotations) == len(selectors),
          f"{len(annotations)} annotations, {len(selectors)} selectors, wrong {wrong[:3]}")

    check("PROV-O provenance present",
          all(any(True for _ in ds.triples((None, p, None))) for p in (PROV.wasDerivedFrom, PROV.wasQuotedFrom, PROV.wasAttributedTo)))

    statuses = set(ds.objects(None, URIRef(KG + "status")))
    bad_status = [str(s) for s in statuses if not isinstance(s, URIRef) or (s, RDF.type, URIRef(KG + "CommitmentStatus")) not in vocab]
    check("statuses are kg:CommitmentStatus terms of the vocabulary", statuses and not bad_status, bad_status[:3])

    used = {p for _, p, _, _ in quads if str(p).startswith(KG)} | \
           {o for _, p, o, _ in quads if p == RDF.type and str(o).startswith(KG)} | statuses
    undescribed = [str(t) for t in used if vocab.value(t, RDFS.label) is None or vocab.value(t, RDFS.comment) is None]
    check("every kg term the export uses has rdfs:label and rdfs:comment at /ns", used and not undescribed, undescribed[:5])

    print(f"rdf: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
