package token

import "strings"

// LowerSet returns the set of the words, lower-cased.
func LowerSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}
