package query

import (
	"context"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// The builders turn a node's quads into the Go type of its GraphQL type.

func (r *Reader) buildActor(_ context.Context, p *props) (*Actor, error) {
	a := &Actor{ID: localID(p.iri), Kind: actorKindOf(p), Name: p.str(schema.Name)}
	if a.Name == "" {
		a.Name = a.ID
	}
	a.Aliases = aliases(p, a.Name)
	a.GazetteerID = p.strp(schema.Gazetteer)
	for _, s := range p.iris(schema.SameAs) {
		if strings.HasPrefix(string(s), schema.WD) {
			w := string(s)
			a.Wikidata = &w
			break
		}
	}
	a.OrgType = p.strp(schema.OrgType)
	a.ISO3 = p.strp(schema.ISO3)
	return a, nil
}

// actorKindOf reads the actor kind, falling back on the node's classes.
func actorKindOf(p *props) ActorKind {
	switch k := ActorKind(p.str(schema.ActorKind)); k {
	case ActorPerson, ActorCountry, ActorOrganization:
		return k
	}
	switch {
	case p.is(schema.ClassPerson):
		return ActorPerson
	case p.is(schema.ClassCountry):
		return ActorCountry
	}
	return ActorOrganization
}

// isActor says whether the node is a person, country or organization.
func isActor(p *props) bool {
	return p.is(schema.ClassPerson) || p.is(schema.ClassCountry) || p.is(schema.ClassOrganization) ||
		p.is(schema.ClassOutlet)
}

// aliases lists every name of a node other than its display name.
func aliases(p *props, name string) []string {
	out := []string{}
	seen := map[string]bool{name: true}
	for _, pred := range []quad.IRI{schema.Name, schema.AlternateName} {
		for _, s := range p.strs(pred) {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

func (r *Reader) buildPlace(_ context.Context, p *props) (*Place, error) {
	pl := &Place{ID: localID(p.iri), Name: p.str(schema.Name), PlaceType: p.strp(schema.PlaceType)}
	if pl.Name == "" {
		pl.Name = pl.ID
	}
	pl.Aliases = aliases(p, pl.Name)
	return pl, nil
}

func (r *Reader) buildSource(_ context.Context, p *props) (*Source, error) {
	s := &Source{
		ID:     localID(p.iri),
		Title:  p.strp(schema.Title),
		Date:   p.strp(schema.DatePublished),
		URL:    p.strp(schema.URL),
		Text:   p.str(schema.Text),
		Path:   p.strp(schema.Path),
		Format: p.strp(schema.Format),
	}
	switch strings.ToLower(p.str(schema.SourceKind)) {
	case "primary":
		k := SourcePrimary
		s.Kind = &k
	case "secondary":
		k := SourceSecondary
		s.Kind = &k
	}
	return s, nil
}

func (r *Reader) buildSentence(_ context.Context, p *props) (*Sentence, error) {
	return &Sentence{
		ID:    localID(p.iri),
		Index: p.integer(schema.Index),
		Start: p.integer(schema.Start),
		End:   p.integer(schema.End),
		Text:  p.str(schema.Text),
	}, nil
}

func (r *Reader) buildEvidence(_ context.Context, p *props) (*Evidence, error) {
	return &Evidence{
		ID:     localID(p.iri),
		Start:  p.integer(schema.Start),
		End:    p.integer(schema.End),
		Text:   p.str(schema.Text),
		Status: statusOf(p.str(schema.Status)),
	}, nil
}

// statusOf maps a stored status ("agreed") to its enum value, nil when
// unknown.
func statusOf(s string) *CommitmentStatus {
	st := CommitmentStatus(strings.ToUpper(strings.TrimSpace(s)))
	if _, err := unmarshalEnum("CommitmentStatus", string(st)); err != nil {
		return nil
	}
	return &st
}

// literals returns the string objects of pred: names kept where no node
// was resolved.
func literals(p *props, pred quad.IRI) []string {
	out := p.strs(pred)
	if out == nil {
		out = []string{}
	}
	return out
}

func (r *Reader) buildEvent(_ context.Context, p *props) (*Event, error) {
	return &Event{
		ID:               localID(p.iri),
		Type:             p.str(schema.EventType),
		Date:             p.strp(schema.Date),
		ParticipantNames: literals(p, schema.Participant),
	}, nil
}

func (r *Reader) buildCommitment(ctx context.Context, p *props) (*Commitment, error) {
	c := &Commitment{
		ID:        localID(p.iri),
		ByNames:   literals(p, schema.CommittedBy),
		ToName:    p.strp(schema.CommittedTo),
		What:      p.str(schema.What),
		Kind:      p.str(schema.CommitmentKind),
		Condition: p.strp(schema.Condition),
		Modality:  literals(p, schema.Modality),
		Horizon:   p.strp(schema.Horizon),
	}
	if c.ToName == nil {
		if to := p.link(schema.CommittedTo); to != "" {
			tp, err := r.props(ctx, to)
			if err != nil {
				return nil, err
			}
			c.ToName = tp.strp(schema.Name)
		}
	}
	st, err := r.bestStatus(ctx, p)
	if err != nil {
		return nil, err
	}
	c.Status = st
	return c, nil
}

func (r *Reader) buildClaim(_ context.Context, p *props) (*Claim, error) {
	return &Claim{ID: localID(p.iri), Text: p.str(schema.ClaimText), Quote: p.boolean(schema.IsQuote)}, nil
}

func (r *Reader) buildNumericClaim(_ context.Context, p *props) (*NumericClaim, error) {
	return &NumericClaim{
		ID:        localID(p.iri),
		About:     p.str(schema.About),
		Value:     p.str(schema.ValueText),
		Number:    p.float(schema.Value),
		High:      p.float(schema.ValueHigh),
		Qualifier: p.strp(schema.Qualifier),
		Unit:      p.strp(schema.Unit),
	}, nil
}

func (r *Reader) buildRole(_ context.Context, p *props) (*Role, error) {
	ro := &Role{
		ID:      localID(p.iri),
		Title:   p.str(schema.RoleTitle),
		Label:   p.str(schema.RoleLabel),
		From:    p.strp(schema.StartDate),
		To:      p.strp(schema.EndDate),
		Checked: p.strp(schema.CheckedDate),
	}
	if ro.Label == "" {
		ro.Label = ro.Title
	}
	return ro, nil
}

func (r *Reader) buildSourceRef(_ context.Context, p *props) (*SourceRef, error) {
	ref := &SourceRef{ID: localID(p.iri), Name: p.str(schema.Name)}
	switch {
	case p.is(schema.ClassDocumentRef):
		ref.Kind = RefDocument
	case p.is(schema.ClassUnnamedSource):
		ref.Kind = RefUnnamed
	default:
		ref.Kind = SourceRefKind(actorKindOf(p))
	}
	if ref.Name == "" {
		ref.Name = ref.ID
	}
	return ref, nil
}

// Node returns the node with id (a local id or a full IRI) as its GraphQL
// type, or nil when the store holds no such node.
func (r *Reader) Node(ctx context.Context, id string) (Node, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return nil, err
	}
	switch {
	case !p.exists():
		return nil, nil
	case isActor(p):
		return r.buildActor(ctx, p)
	case p.is(schema.ClassPlace):
		return r.buildPlace(ctx, p)
	case p.is(schema.ClassSource):
		return r.buildSource(ctx, p)
	case p.is(schema.ClassSentence):
		return r.buildSentence(ctx, p)
	case p.is(schema.ClassEvidence):
		return r.buildEvidence(ctx, p)
	case p.is(schema.ClassEvent):
		return r.buildEvent(ctx, p)
	case p.is(schema.ClassCommitment):
		return r.buildCommitment(ctx, p)
	case p.is(schema.ClassClaim):
		return r.buildClaim(ctx, p)
	case p.is(schema.ClassNumericClaim):
		return r.buildNumericClaim(ctx, p)
	case p.is(schema.ClassRole):
		return r.buildRole(ctx, p)
	case p.is(schema.ClassDocumentRef), p.is(schema.ClassUnnamedSource):
		return r.buildSourceRef(ctx, p)
	}
	return nil, nil
}
