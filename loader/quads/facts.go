package quads

import (
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/schema"
)

// actorOrName returns the IRI of the actor with id, or named name in this
// document; when neither resolves it returns the name as a string literal
// (kept so that nothing the text says is lost; the query layer shows it as
// a name without a node).
func (m *mapper) actorOrName(id, name string) quad.Value {
	if id != "" {
		return schema.ID(id)
	}
	if found, ok := m.lookup(name); ok {
		return schema.ID(found)
	}
	if name == "" {
		return nil
	}
	return quad.String(name)
}

// idAt returns ids[i] when present.
func idAt(ids []string, i int) string {
	if i < len(ids) {
		return ids[i]
	}
	return ""
}

// event writes an event with its type, date, place, participants and
// evidence.
func (m *mapper) event(ev *extract.Event) {
	id := withPrefix(schema.PrefixEvent, ev.ID)
	n := schema.ID(id)
	m.q.add(n, schema.Type, schema.ClassEvent)
	m.q.str(n, schema.EventType, ev.Type)
	m.q.strp(n, schema.Date, ev.Date)
	if ev.PlaceID != "" || (ev.Place != nil && *ev.Place != "") {
		m.q.add(n, schema.Location, m.actorRef(ev.PlaceID, pick(ev.Place, ""), "place"))
	}
	for i, p := range ev.Participants {
		m.q.add(n, schema.Participant, m.actorOrName(idAt(ev.ParticipantIDs, i), p))
	}
	for i := len(ev.Participants); i < len(ev.ParticipantIDs); i++ {
		m.q.add(n, schema.Participant, schema.ID(ev.ParticipantIDs[i]))
	}
	for _, sp := range ev.Evidence {
		m.q.add(n, schema.Evidence, m.evidence(sp, id))
	}
}

// commitment writes a commitment; its status is written on the node and on
// each of its evidence nodes (the status this source gives).
func (m *mapper) commitment(c *extract.Commitment) {
	id := withPrefix(schema.PrefixCommitment, c.ID)
	n := schema.ID(id)
	m.q.add(n, schema.Type, schema.ClassCommitment)
	for i, by := range c.By {
		m.q.add(n, schema.CommittedBy, m.actorOrName(idAt(c.ByIDs, i), by))
	}
	for i := len(c.By); i < len(c.ByIDs); i++ {
		m.q.add(n, schema.CommittedBy, schema.ID(c.ByIDs[i]))
	}
	if c.ToID != "" || (c.To != nil && *c.To != "") {
		m.q.add(n, schema.CommittedTo, m.actorOrName(c.ToID, pick(c.To, "")))
	}
	m.q.str(n, schema.What, c.What)
	m.q.str(n, schema.CommitmentKind, c.Kind)
	m.q.strp(n, schema.Condition, c.Condition)
	m.q.str(n, schema.Status, c.Status)
	for _, w := range c.Modality {
		m.q.str(n, schema.Modality, w)
	}
	m.q.str(n, schema.Horizon, c.Horizon)
	for _, sp := range c.Evidence {
		e := m.evidence(sp, id)
		m.q.str(e, schema.Status, c.Status)
		m.q.add(n, schema.Evidence, e)
	}
}

// claimSourceKinds maps an attribution's source kind to how its node is
// typed; actor kinds go through actorRef.
var claimSourceKinds = map[string]struct {
	class  quad.IRI
	prefix string
}{
	"document": {schema.ClassDocumentRef, schema.PrefixDocRef},
	"unnamed":  {schema.ClassUnnamedSource, schema.PrefixUnnamed},
}

// claimSource returns the node of an attribution's source.
func (m *mapper) claimSource(a *extract.Attribution) quad.IRI {
	if k, special := claimSourceKinds[a.SourceKind]; special {
		id := a.SourceID
		if id == "" {
			if NormalizeName(a.Source) == "" {
				return ""
			}
			id = k.prefix + Slug(a.Source)
		}
		n := schema.ID(id)
		m.q.add(n, schema.Type, k.class)
		m.q.str(n, schema.Name, a.Source)
		names(m.q, n, a.Source, nil)
		return n
	}
	return m.actorRef(a.SourceID, a.Source, first(a.SourceKind, "organization"))
}

// claim writes an attribution: the claim, its source, the relays that
// carry it (Via to the first, one hop node per relay in order) and, for a
// direct quotation, its speaker.
func (m *mapper) claim(a *extract.Attribution) {
	id := withPrefix(schema.PrefixClaim, a.ID)
	n := schema.ID(id)
	m.q.add(n, schema.Type, schema.ClassClaim)
	m.q.str(n, schema.ClaimText, a.Claim)
	src := m.claimSource(a)
	m.q.add(n, schema.ClaimSource, src)
	if a.Quote {
		m.q.add(n, schema.IsQuote, quad.Bool(true))
		m.q.add(n, schema.Speaker, src)
	}
	chain := a.ViaChain
	if len(chain) == 0 && a.Via != nil && *a.Via != "" {
		chain = []string{*a.Via}
	}
	for i, relay := range chain {
		relayID := ""
		if i == 0 {
			relayID = a.ViaID
		}
		r := m.actorRef(relayID, relay, "outlet")
		if i == 0 {
			m.q.add(n, schema.Via, r)
		}
		hop := HopIRI(id, i)
		m.q.add(n, schema.ViaHop, hop)
		m.q.integer(hop, schema.Index, i)
		m.q.add(hop, schema.Via, r)
	}
	for _, sp := range a.Evidence {
		m.q.add(n, schema.Evidence, m.evidence(sp, id))
	}
}

// numeric writes a numeric claim with the value as written, its
// normalised number or range, qualifier, unit and evidence.
func (m *mapper) numeric(c *extract.NumericClaim) {
	id := withPrefix(schema.PrefixNumber, c.ID)
	n := schema.ID(id)
	m.q.add(n, schema.Type, schema.ClassNumericClaim)
	m.q.str(n, schema.About, c.About)
	m.q.str(n, schema.ValueText, c.Value)
	if c.Number != nil {
		m.q.add(n, schema.Value, quad.Float(*c.Number))
	}
	if c.High != nil {
		m.q.add(n, schema.ValueHigh, quad.Float(*c.High))
	}
	m.q.str(n, schema.Qualifier, c.Qualifier)
	m.q.str(n, schema.Unit, c.Unit)
	for _, sp := range c.Evidence {
		m.q.add(n, schema.Evidence, m.evidence(sp, id))
	}
}
