package model

import (
	"sort"
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/extract/token"
)

// whatSignatureByMap is WhatSignature as first written (a set of the
// words, sorted, cut to six): the fixed-array signature must agree.
func whatSignatureByMap(what string) string {
	seen := map[string]bool{}
	var words []string
	for _, t := range token.Tokens(what, 0, len(what)) {
		w := strings.TrimSuffix(t.Norm, "s")
		if len(w) <= 3 || fxStop[w] || seen[w] {
			continue
		}
		seen[w] = true
		words = append(words, w)
	}
	sort.Strings(words)
	if len(words) > 6 {
		words = words[:6]
	}
	return strings.Join(words, " ")
}

func TestWhatSignatureOfTokensAgrees(t *testing.T) {
	for _, what := range []string{
		"",
		"the talks",
		"Freedonia will send more trucks to Ruritania, and Ruritania will send trucks back",
		"zebra yak xylophone walrus violin umbrella tiger sailor rivers queens palace orange",
		"orange palace queens rivers sailor tiger umbrella violin walrus xylophone yak zebra",
		"Harbours harbour HARBOURS, bridges and the bridge; roads road roads",
		"Élysée elysee palace officials said that these would also include other things",
	} {
		want := whatSignatureByMap(what)
		if got := WhatSignature(what); got != want {
			t.Errorf("WhatSignature(%q) = %q, want %q", what, got, want)
		}
		toks := token.Tokens(what, 0, len(what))
		half := len(toks) / 2
		if got := WhatSignatureOfTokens(toks[half:], toks[:half]); got != want {
			t.Errorf("WhatSignatureOfTokens(%q in two parts) = %q, want %q", what, got, want)
		}
		if ClaimIDOfTokens("person:jane-roe", toks) != ClaimID("person:jane-roe", what) {
			t.Errorf("ClaimIDOfTokens(%q) differs from ClaimID", what)
		}
	}
}
