package query

import (
	"fmt"
	"io/fs"
	"math"
	"strings"
	"sync"

	"github.com/goccy/go-yaml"

	"github.com/kg-project/kg/data"
)

// The lexicon numeric claims are compared by: qualifier kinds from
// data/lexicon/numbers.yaml, unit classes, strict bounds and stop words
// from data/lexicon/quantities.yaml.

const (
	numbersLexiconPath    = "lexicon/numbers.yaml"
	quantitiesLexiconPath = "lexicon/quantities.yaml"
)

// quantityLexicon is what comparing numbers needs to know.
type quantityLexicon struct {
	qualifierKind map[string]string // "more than" -> "min"
	strict        map[string]bool
	tolerance     float64
	unitClass     map[string]string // "leaders" -> "parties"
	stopwords     map[string]bool
}

var quantities struct {
	once sync.Once
	lex  *quantityLexicon
	err  error
}

// loadQuantities reads the lexicon once from the bundled data.
func loadQuantities() (*quantityLexicon, error) {
	quantities.once.Do(func() { quantities.lex, quantities.err = readQuantities(data.FS) })
	return quantities.lex, quantities.err
}

// readQuantities parses the two lexicon files of fsys.
func readQuantities(fsys fs.FS) (*quantityLexicon, error) {
	var numbers struct {
		Qualifiers map[string]string `yaml:"qualifiers"`
	}
	var q struct {
		StrictBounds    []string            `yaml:"strict_bounds"`
		ApproxTolerance float64             `yaml:"approx_tolerance"`
		UnitClasses     map[string][]string `yaml:"unit_classes"`
		Stopwords       []string            `yaml:"subject_stopwords"`
	}
	for _, f := range []struct {
		path string
		into any
	}{{numbersLexiconPath, &numbers}, {quantitiesLexiconPath, &q}} {
		b, err := fs.ReadFile(fsys, f.path)
		if err != nil {
			return nil, fmt.Errorf("read lexicon %s: %w", f.path, err)
		}
		if err := yaml.Unmarshal(b, f.into); err != nil {
			return nil, fmt.Errorf("parse lexicon %s: %w", f.path, err)
		}
	}
	lex := &quantityLexicon{qualifierKind: map[string]string{}, strict: map[string]bool{}, tolerance: q.ApproxTolerance,
		unitClass: map[string]string{}, stopwords: map[string]bool{}}
	for k, v := range numbers.Qualifiers {
		lex.qualifierKind[strings.ToLower(k)] = v
	}
	for _, s := range q.StrictBounds {
		lex.strict[strings.ToLower(s)] = true
	}
	for class, units := range q.UnitClasses {
		for _, u := range units {
			lex.unitClass[strings.ToLower(u)] = class
		}
	}
	for _, w := range q.Stopwords {
		lex.stopwords[strings.ToLower(w)] = true
	}
	return lex, nil
}

// unitKey is the class of a unit ("leaders" and "countries" count
// parties), or the unit itself.
func (l *quantityLexicon) unitKey(unit string) string {
	u := strings.ToLower(strings.TrimSpace(unit))
	if c, ok := l.unitClass[u]; ok {
		return "class " + c
	}
	return "unit " + u
}

// subjectTokens are the words of what a number is about that say what it
// is: no stop words, no unit words, no digits.
func (l *quantityLexicon) subjectTokens(about, unit string) map[string]bool {
	out := make(map[string]bool)
	units := make(map[string]bool)
	for _, w := range strings.Fields(normalize(unit)) {
		units[w] = true
	}
	for _, w := range strings.FieldsFunc(normalize(about), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r > 127)
	}) {
		if len(w) < 3 || l.stopwords[w] || units[w] || l.unitClass[w] != "" {
			continue
		}
		out[w] = true
	}
	return out
}

// interval is the set of values a numeric claim allows.
type interval struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

// intervalOf reads a claim's value, high end and qualifier; false when it
// states no number.
func (l *quantityLexicon) intervalOf(n *NumericClaim) (interval, bool) {
	if n.Number == nil {
		return interval{}, false
	}
	v := *n.Number
	if n.High != nil {
		return interval{lo: v, hi: *n.High}, true
	}
	q := strings.ToLower(strings.TrimSpace(deref(n.Qualifier)))
	switch l.qualifierKind[q] {
	case "min":
		return interval{lo: v, hi: math.Inf(1), loOpen: l.strict[q]}, true
	case "max":
		return interval{lo: math.Inf(-1), hi: v, hiOpen: l.strict[q]}, true
	case "approx":
		d := math.Abs(v) * l.tolerance
		return interval{lo: v - d, hi: v + d}, true
	}
	return interval{lo: v, hi: v}, true
}

// disjoint says whether no value satisfies both a and b.
func (a interval) disjoint(b interval) bool {
	below := func(x, y interval) bool { return x.hi < y.lo || (x.hi == y.lo && (x.hiOpen || y.loOpen)) }
	return below(a, b) || below(b, a)
}
