package quads

import "github.com/kg-project/kg/loader/gazetteer"

// NormalizeName folds a name for lookup with the gazetteer's own rules
// (case folded, accents stripped, initials joined, a leading "the"
// dropped). The loader stores NormalizeName of every name and alias under
// schema.NormName, and the query layer folds the name asked the same way,
// so a lookup by any spelling is one index hit.
func NormalizeName(s string) string { return gazetteer.Normalize(s) }
