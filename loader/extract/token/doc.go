// Package token is the token layer of extraction: the words of a document
// body with byte offsets and folded forms (Tok, Tokens, Layer), the words
// with their capitalisation and possessives that the entity stages read
// (Word, SplitWords), phrase lists compiled to words and matched on tokens
// (Phrases), and the small text helpers several stage families share
// (Clean, TrimSpan, Slug, Clause).
//
// It READS only the text it is given and imports no other package of the
// project; every stage package may import it.
package token
