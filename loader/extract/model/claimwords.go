package model

import (
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
// claim (see WhatSignatureOfTokens).
func ClaimIDOfTokens(sourceID string, parts ...[]token.Tok) string {
	return schema.PrefixClaim + shortHash(sourceID+"|"+WhatSignatureOfTokens(parts...))
}
