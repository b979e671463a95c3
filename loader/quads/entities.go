package quads

import (
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/schema"
)

// entity writes an actor or place: its types, kind, names, mentions (one
// evidence node each), the source that mentions it, and a person's roles.
func (m *mapper) entity(e *extract.Entity) {
	id := entityID(e)
	iri := schema.ID(id)
	m.describe(iri, e.Name, kindOf(e.Kind), e.Mentions...)
	if e.InGazetteer != "" {
		m.q.str(iri, schema.Gazetteer, e.InGazetteer)
	}
	m.q.add(iri, schema.MentionIn, m.src)
	for _, sp := range e.Evidence {
		m.q.add(iri, schema.Mention, m.evidence(sp, id))
	}
	described := make(map[string]bool)
	for i := range e.RoleDetails {
		r := &e.RoleDetails[i]
		m.role(id, r)
		described[NormalizeName(r.Label)] = true
	}
	for _, label := range e.RoleLabels {
		if !described[NormalizeName(label)] {
			m.role(id, &extract.Role{Label: label})
		}
	}
}

// role writes a role node held by person personID.
func (m *mapper) role(personID string, r *extract.Role) {
	label := first(r.Label, r.Title)
	if NormalizeName(label) == "" {
		return
	}
	n := RoleIRI(personID, label)
	m.q.add(schema.ID(personID), schema.HoldsRole, n)
	m.q.add(n, schema.Type, schema.ClassRole)
	m.q.str(n, schema.RoleLabel, label)
	m.q.str(n, schema.RoleTitle, first(r.Title, label))
	if r.OfID != "" || r.OfName != "" {
		m.q.add(n, schema.RoleOf, m.actorRef(r.OfID, r.OfName, "country"))
	}
	for _, sp := range r.Evidence {
		m.q.add(n, schema.Evidence, m.evidence(sp, string(n)))
	}
}
