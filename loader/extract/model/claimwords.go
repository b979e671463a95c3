package model

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/schema"
)

// signatureWords is how many words a what signature keeps.
const signatureWords = 6

// whatWords gathers a what signature word by word (see WhatSignature):
// the smallest distinct content words seen so far, sorted, at most
// signatureWords, in a fixed array so that no map or slice is built.
type whatWords struct {
	w [signatureWords]string
	n int
}

// add takes one folded word.
func (s *whatWords) add(norm string) {
	w := strings.TrimSuffix(norm, "s")
	if len(w) <= 3 || fxStop[w] {
		return
	}
	k := 0
	for k < s.n && s.w[k] < w {
		k++
	}
	if k < s.n && s.w[k] == w || k == signatureWords {
		return // seen, or larger than the words kept
	}
	if s.n < signatureWords {
		s.n++
	}
	copy(s.w[k+1:s.n], s.w[k:s.n-1])
	s.w[k] = w
}

func (s *whatWords) String() string { return strings.Join(s.w[:s.n], " ") }

// WhatSignatureOfTokens is WhatSignature of a phrase given its words (the
// tokens of the phrase, or of the spans it was cleaned from, in any
// order): the phrase is not tokenised again.
func WhatSignatureOfTokens(parts ...[]token.Tok) string {
	var s whatWords
	for _, toks := range parts {
		for _, t := range toks {
			s.add(t.Norm)
		}
	}
	return s.String()
}

// ClaimIDOfTokens is ClaimID(sourceID, claim) given the words of the
// claim (see WhatSignatureOfTokens). The hashed text is built in a buffer
// on the stack (when short enough) and the id written in one string: one
// allocation, not five.
func ClaimIDOfTokens(sourceID string, parts ...[]token.Tok) string {
	var s whatWords
	for _, toks := range parts {
		for _, t := range toks {
			s.add(t.Norm)
		}
	}
	var buf [256]byte
	in := append(append(buf[:0], sourceID...), '|')
	for k, w := range s.w[:s.n] {
		if k > 0 {
			in = append(in, ' ')
		}
		in = append(in, w...)
	}
	h := sha256.Sum256(in)
	var out [len(schema.PrefixClaim) + 12]byte
	copy(out[:], schema.PrefixClaim)
	hex.Encode(out[len(schema.PrefixClaim):], h[:6])
	return string(out[:])
}
