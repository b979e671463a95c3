package attributions

import "github.com/kg-project/kg/loader/extract/token"

// wordsOf is token.Tokens(s, 0, len(s)) for a short text that is no
// document's body (a name, a title): its ASCII words are slices of one
// lower-cased copy, not a new string each.
func wordsOf(s string) []token.Tok {
	return token.ScanLower(s, token.ASCIILower(s), 0, len(s), make([]token.Tok, 0, 4))
}

// slugID is prefix + token.Slug(s) (the words of s joined by "-"), in
// one string.
func slugID(prefix, s string) string { return token.PrefixedSlug(prefix, s) }
