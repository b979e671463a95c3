package query

import (
	"context"
	"strings"

	"github.com/kg-project/kg/schema"
)

// bySurname finds a person by a surname alone ("zelenskiy") when no name
// or alias is that name: the persons one of whose names ends with the
// last word of name, the most mentioned first.
func (r *Reader) bySurname(ctx context.Context, name string) (*props, error) {
	words := strings.Fields(normalize(name))
	if len(words) == 0 {
		return nil, nil
	}
	surname := words[len(words)-1]
	items, err := r.classItems(ctx, schema.NormName, "norms", joinedNorms, schema.ClassPerson)
	if err != nil {
		return nil, err
	}
	var best *props
	bestMentions := -1
	for _, it := range items {
		if !endsWithWord(it.key, surname) {
			continue
		}
		ms, err := r.out(ctx, it.iri, schema.Mention)
		if err != nil {
			return nil, err
		}
		if len(ms) > bestMentions {
			p, err := r.props(ctx, it.iri)
			if err != nil {
				return nil, err
			}
			best, bestMentions = p, len(ms)
		}
	}
	return best, nil
}

// endsWithWord says whether one of the names joined by joinedNorms is word
// or ends with it as its last word.
func endsWithWord(joined, word string) bool {
	for _, n := range strings.Split(joined, "\x1f") {
		n = strings.Trim(n, `"`) // joinedNorms writes the literals quoted
		if n == word || strings.HasSuffix(n, " "+word) {
			return true
		}
	}
	return false
}
