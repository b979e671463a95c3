package loader

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/internal/overlap"
	"github.com/kg-project/kg/schema"
)

// Cross-document resolution. Extraction gives every event and commitment
// an identity key built from what it is (loader/extract/identity.go), so
// that most reports of one fact already share a node. Keys cannot see the
// other documents, though: a report that leaves out the day of a summit,
// or words a commitment with a condition another report omits, gets a key
// of its own. Before a document is stored, the writer (one goroutine, so
// documents of one load see those written before them) maps each of its
// events and commitments onto the node another document already holds for
// the same real-world fact, and rewrites the document's quads to that
// node. The quads keep the document's label, so each document's evidence
// keeps its own status and date, and removing a document removes exactly
// its statements: the merged node lives on with the other's.
//
// An event is the same as a stored one when the type is the same, the
// days agree (an undated mention matches a dated one), the places agree
// (and, when either is undated, both name it), and they share two
// participants (one when either names only one). The candidate sharing
// the most participants wins, a same-day one first; when two stored events
// of different days tie for an undated mention, nothing is merged.
//
// A commitment is only ever the same as one stated by a document that
// reports one of the same events (after the events are resolved): the
// same country's "financial support" in two unrelated stories is two
// pledges. Among those, it is the same as one of the same kind, by a shared
// party and to the same party (or either names none) when they say the
// same thing: their wordings (what and condition, the kind's own words
// left out) agree by overlap.Agree, the closest one winning. Failing
// that, a document's only commitment of its kind, parties and recipient
// maps onto the store's only such node (one report's "multinational
// force" of the coalition is the other's, conditional or not), unless the
// kind is the catch-all "other". The names of actors and places are left
// out of wordings too ("to Kenya" says who, not what). When the key a
// document gave a commitment is taken by a different commitment (of
// another story, or its wording shares nothing and the document has
// several of that kind), it gets a key of its own instead.
//
// Two facts of one document never map onto one node.

// factNode is what resolution compares of one event or commitment.
type factNode struct {
	iri         quad.IRI
	event       bool
	types       []quad.Value // event type or commitment kind, as stored
	dates       map[string]bool
	places      map[string]bool
	parties     map[string]bool // participants, or who committed
	partyVals   []quad.Value
	to          map[string]bool
	words       overlap.Words // commitments: what and condition
	conditional bool
	labels      map[quad.IRI]bool // the documents stating it
}

// valueKey folds a value for comparison: IRIs as they are, names
// lower-cased.
func valueKey(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return string(x)
	case quad.String:
		return "name:" + strings.ToLower(strings.TrimSpace(string(x)))
	}
	return v.String()
}

// factNodes collects the events and commitments that quads describe,
// leaving out quads labelled skip.
func factNodes(quads []quad.Quad, skip quad.IRI) map[quad.IRI]*factNode {
	facts := map[quad.IRI]*factNode{}
	for _, q := range quads {
		s, ok := q.Subject.(quad.IRI)
		if !ok || q.Predicate != schema.Type || (skip != "" && q.Label == skip) {
			continue
		}
		switch q.Object {
		case schema.ClassEvent, schema.ClassCommitment:
			facts[s] = &factNode{iri: s, event: q.Object == schema.ClassEvent, dates: map[string]bool{},
				places: map[string]bool{}, parties: map[string]bool{}, to: map[string]bool{}, words: overlap.Words{},
				labels: map[quad.IRI]bool{}}
		}
	}
	for _, q := range quads {
		s, _ := q.Subject.(quad.IRI)
		f := facts[s]
		if f == nil || (skip != "" && q.Label == skip) {
			continue
		}
		if l, ok := q.Label.(quad.IRI); ok {
			f.labels[l] = true
		}
		switch q.Predicate {
		case schema.EventType, schema.CommitmentKind:
			f.types = append(f.types, q.Object)
		case schema.Date:
			f.dates[valueKey(q.Object)] = true
		case schema.Location:
			f.places[valueKey(q.Object)] = true
		case schema.Participant, schema.CommittedBy:
			if k := valueKey(q.Object); !f.parties[k] {
				f.parties[k] = true
				f.partyVals = append(f.partyVals, q.Object)
			}
		case schema.CommittedTo:
			f.to[valueKey(q.Object)] = true
		case schema.What:
			f.words.Add(quad.ToString(q.Object))
		case schema.Condition:
			f.words.Add(quad.ToString(q.Object))
			f.conditional = true
		}
	}
	return facts
}

// typeKey is the folded type or kind of a fact.
func (f *factNode) typeKey() string {
	if len(f.types) == 0 {
		return ""
	}
	return strings.ToLower(quad.ToString(f.types[0]))
}

// resolver maps one document's facts onto stored nodes.
type resolver struct {
	qs     graph.QuadStore
	label  quad.IRI                       // the document's label: its own stored quads are not candidates
	names  overlap.Words                  // the words of the names of actors and places, left out of wordings
	docsOf map[quad.IRI]map[quad.IRI]bool // event -> the other documents stating it
}

// entityNames returns the words of the names of the actors and places a
// document names: "Kenya" in "send wheat to Kenya" says who or where, not
// what, and must not make two commitments agree.
func entityNames(quads []quad.Quad) overlap.Words {
	words := overlap.Words{}
	for _, q := range quads {
		if q.Predicate != schema.Name && q.Predicate != schema.AlternateName {
			continue
		}
		if s, ok := q.Subject.(quad.IRI); ok && isEntity(s) {
			words.Add(quad.ToString(q.Object))
		}
	}
	return words
}

// isEntity says whether iri names an actor or a place.
func isEntity(iri quad.IRI) bool {
	local := strings.TrimPrefix(string(iri), schema.IDBase)
	for _, p := range []string{schema.PrefixPerson, schema.PrefixCountry, schema.PrefixOrg, schema.PrefixPlace} {
		if strings.HasPrefix(local, p) {
			return true
		}
	}
	return false
}

// resolveFacts returns quads with the document's events and commitments
// moved onto the stored nodes of the same facts.
func resolveFacts(ctx context.Context, qs graph.QuadStore, label quad.IRI, quads []quad.Quad) ([]quad.Quad, error) {
	facts := factNodes(quads, "")
	if len(facts) == 0 {
		return quads, nil
	}
	r := resolver{qs: qs, label: label, names: entityNames(quads)}
	moved, err := r.resolve(ctx, facts)
	if err != nil || len(moved) == 0 {
		return quads, err
	}
	out := make([]quad.Quad, len(quads))
	for i, q := range quads {
		if s, ok := q.Subject.(quad.IRI); ok && moved[s] != "" {
			q.Subject = moved[s]
		}
		if o, ok := q.Object.(quad.IRI); ok && moved[o] != "" {
			q.Object = moved[o]
		}
		out[i] = q
	}
	return out, nil
}

// resolve decides the node of every fact; it returns the facts that move.
// Facts whose own key is stored already go first: one that moves away
// frees its key for a fact of the document that states the same as the
// stored node.
func (r *resolver) resolve(ctx context.Context, facts map[quad.IRI]*factNode) (map[quad.IRI]quad.IRI, error) {
	type pending struct {
		f      *factNode
		cands  []*factNode
		stored bool // its own key is stored by another document
	}
	all := make([]*factNode, 0, len(facts))
	for _, f := range facts {
		all = append(all, f)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].iri < all[j].iri })
	work := make([]pending, 0, len(all))
	claimed := map[quad.IRI]bool{}
	for _, f := range all {
		cands, err := r.candidates(ctx, f)
		if err != nil {
			return nil, err
		}
		p := pending{f: f, cands: cands}
		for _, c := range cands {
			p.stored = p.stored || c.iri == f.iri
		}
		work = append(work, p)
		claimed[f.iri] = true
	}
	// Events first (a commitment needs to know the document's events),
	// then facts whose own key is stored.
	sort.SliceStable(work, func(i, j int) bool {
		if work[i].f.event != work[j].f.event {
			return work[i].f.event
		}
		return work[i].stored && !work[j].stored
	})
	moved := map[quad.IRI]quad.IRI{}
	var events []quad.IRI // the document's events, where they resolved to
	for _, p := range work {
		var free []*factNode
		for _, c := range p.cands {
			if c.iri == p.f.iri || !claimed[c.iri] {
				free = append(free, c)
			}
		}
		var target quad.IRI
		if p.f.event {
			target = sameEvent(p.f, free)
			if target == "" {
				target = p.f.iri
			}
			events = append(events, target)
		} else {
			reported, err := r.reportedWith(ctx, events)
			if err != nil {
				return nil, err
			}
			inContext := func(c *factNode) bool { return intersectsIRI(c.labels, reported) }
			target = sameCommitment(p.f, free, aloneInDocument(p.f, all), r.names, inContext)
		}
		if target != "" && target != p.f.iri {
			moved[p.f.iri] = target
			delete(claimed, p.f.iri)
			claimed[target] = true
		}
	}
	return moved, nil
}

// reportedWith returns the other documents that state one of events.
func (r *resolver) reportedWith(ctx context.Context, events []quad.IRI) (map[quad.IRI]bool, error) {
	if r.docsOf == nil {
		r.docsOf = map[quad.IRI]map[quad.IRI]bool{}
	}
	out := map[quad.IRI]bool{}
	for _, ev := range events {
		docs, ok := r.docsOf[ev]
		if !ok {
			qs, err := r.stated(ctx, ev)
			if err != nil {
				return nil, err
			}
			docs = map[quad.IRI]bool{}
			for _, q := range qs {
				if l, ok := q.Label.(quad.IRI); ok && l != r.label {
					docs[l] = true
				}
			}
			r.docsOf[ev] = docs
		}
		for d := range docs {
			out[d] = true
		}
	}
	return out, nil
}

// candidates returns the stored facts of f's type that share a party with
// it, as the other documents state them.
func (r *resolver) candidates(ctx context.Context, f *factNode) ([]*factNode, error) {
	if len(f.types) == 0 || len(f.partyVals) == 0 {
		return nil, nil
	}
	typePred, partyPred := schema.CommitmentKind, schema.CommittedBy
	if f.event {
		typePred, partyPred = schema.EventType, schema.Participant
	}
	p := path.StartPath(r.qs, f.partyVals...).In(partyPred).
		And(path.StartPath(r.qs, f.types...).In(typePred)).Unique()
	nodes, err := p.Iterate(ctx).AllValues(r.qs)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: find candidates: %w", f.iri, err)
	}
	var out []*factNode
	for _, n := range nodes {
		iri, ok := n.(quad.IRI)
		if !ok {
			continue
		}
		qs, err := r.stated(ctx, iri)
		if err != nil {
			return nil, err
		}
		if c := factNodes(qs, r.label)[iri]; c != nil && c.event == f.event {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].iri < out[j].iri })
	return out, nil
}

// stated returns the stored quads about node.
func (r *resolver) stated(ctx context.Context, node quad.IRI) ([]quad.Quad, error) {
	ref := r.qs.ValueOf(node)
	if ref == nil {
		return nil, nil
	}
	it := r.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, r.qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("resolve: read %s: %w", node, err)
	}
	return out, nil
}

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
