package model

import "github.com/kg-project/kg/loader/extract/token"

// LowerBody returns token.ASCIILower(a.Body) (A-Z lower-cased, every other
// byte kept, so offsets are those of Body), computed once per document:
// the text stages that read lower-cased words as slices of it (dates,
// numbers, numeric claims) share one copy.
func LowerBody(a *Analysis) string {
	if l, ok := Cached[lowerBody](a, lowerBodyKey{}); ok && l.body == a.Body {
		return l.lower
	}
	l := lowerBody{body: a.Body, lower: token.ASCIILower(a.Body)}
	a.Cache(lowerBodyKey{}, l)
	return l.lower
}

// lowerBodyKey keys the lowered body on the Analysis.
type lowerBodyKey struct{}

// lowerBody is the lowered body with the body it was computed from.
type lowerBody struct{ body, lower string }
