package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/internal/overlap"
)

// sameEvent returns the stored event f is, or "".
func sameEvent(f *factNode, cands []*factNode) quad.IRI {
	var best *factNode
	bestScore, tie := 0, false
	for _, c := range cands {
		if c.iri == f.iri {
			return f.iri
		}
		score := eventMatch(f, c)
		if score == 0 {
			continue
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = c, score, false
		case score == bestScore && !sameKeys(best.dates, c.dates):
			tie = true
		}
	}
	if best == nil || tie {
		return ""
	}
	return best.iri
}

// eventMatch scores how well stored event c fits f: 0 when they are not
// the same event, else the shared participants, plus ten on the same day.
func eventMatch(f, c *factNode) int {
	if f.typeKey() != c.typeKey() {
		return 0
	}
	bothDated := len(f.dates) > 0 && len(c.dates) > 0
	if bothDated && !intersects(f.dates, c.dates) {
		return 0
	}
	if len(f.places) > 0 && len(c.places) > 0 && !intersects(f.places, c.places) {
		return 0
	}
	if !bothDated && (len(f.places) == 0 || len(c.places) == 0) {
		return 0 // an undated mention needs the place to agree
	}
	shared := countShared(f.parties, c.parties)
	if shared == 0 || shared < min(2, len(f.parties), len(c.parties)) {
		return 0
	}
	if bothDated {
		shared += 10
	}
	return shared
}

// sameCommitment returns the stored commitment f is, or "" to keep its
// own node (a new key when its own is taken by a different commitment).
// Only candidates stated by a document that reports one of the same
// events (inContext) can be f: two stories' pledges of "financial support"
// by one country are not one pledge.
func sameCommitment(f *factNode, cands []*factNode, alone bool, names overlap.Words, inContext func(*factNode) bool) quad.IRI {
	var compatible []*factNode
	var own *factNode
	var best *factNode
	bestShare := 0.0
	drop := overlap.Of(f.typeKey())
	drop.Union(names)
	generic := genericKinds[f.typeKey()]
	for _, c := range cands {
		if f.typeKey() != c.typeKey() || !agree(f.to, c.to) {
			continue
		}
		if c.iri == f.iri {
			own = c
		}
		if !inContext(c) {
			continue
		}
		compatible = append(compatible, c)
		fw, cw := f.words.Without(drop), c.words.Without(drop)
		_, share := overlap.Shared(fw, cw)
		if overlap.Agree(fw, cw) && (share > bestShare || (share == bestShare && c == own)) {
			best, bestShare = c, share
		}
	}
	switch {
	case best != nil:
		return best.iri
	case own != nil && inContext(own) && ((alone && !generic) || len(own.words) == 0 || len(f.words) == 0):
		return f.iri
	case own != nil:
		return freshKey(f)
	case alone && !generic && len(compatible) == 1:
		return compatible[0].iri
	}
	return ""
}

// genericKinds are the commitment kinds that say nothing of what is
// committed: a commitment of such a kind is another's only when their
// wordings agree.
var genericKinds = map[string]bool{"other": true, "": true}

// aloneInDocument says whether f is its document's only commitment of its
// kind, parties and recipient.
func aloneInDocument(f *factNode, doc []*factNode) bool {
	for _, g := range doc {
		if g != f && !g.event && g.typeKey() == f.typeKey() && countShared(f.parties, g.parties) > 0 && agree(f.to, g.to) {
			return false
		}
	}
	return true
}

// freshKey is the key of a commitment whose key another commitment holds:
// the key with a hash of its wording.
func freshKey(f *factNode) quad.IRI {
	words := make([]string, 0, len(f.words))
	for w := range f.words {
		words = append(words, w)
	}
	sort.Strings(words)
	sum := sha256.Sum256([]byte(strings.Join(words, " ")))
	return quad.IRI(string(f.iri) + "-" + hex.EncodeToString(sum[:4]))
}

// agree says whether two sets agree: either empty, or sharing one.
func agree(a, b map[string]bool) bool {
	return len(a) == 0 || len(b) == 0 || intersects(a, b)
}

func intersectsIRI(a, b map[quad.IRI]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func intersects(a, b map[string]bool) bool {
	return countShared(a, b) > 0
}

func countShared(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

func sameKeys(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	return countShared(a, b) == len(a)
}
