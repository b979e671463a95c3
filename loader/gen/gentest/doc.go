// Package gentest checks the extraction pipeline against generated corpora:
// it writes documents with loader/gen, reads them back through
// loader/document, runs loader/extract on each and scores the entities
// against the generator's ground truth with the matching of
// ../shared/tools/score.py. It holds only tests; it is a package of its own
// so that the generator's tests do not depend on the extraction building.
package gentest
