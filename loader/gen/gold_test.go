package gen

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

var eventTypeSet = []string{"summit", "meeting", "talks", "signing", "press conference", "visit", "attack", "other"}
var statusSet = []string{"draft", "proposed", "agreed", "signed", "reported", "denied"}

// TestGoldConsistency checks that the ground truth says only what the text
// says: every mention and every evidence span is in the body, every name a
// fact uses is an entity of the document, and the JSON has the gold shape.
func TestGoldConsistency(t *testing.T) {
	for name, gaz := range gazetteers(t) {
		t.Run(name, func(t *testing.T) {
			for _, a := range generate(t, gaz(t), 40, 11) {
				checkGold(t, a)
			}
		})
	}
}

func checkGold(t *testing.T, a *Article) {
	t.Helper()
	g := a.Gold
	body := []rune(a.Body)
	if strings.ContainsAny(a.Body+a.Title, "{}") {
		t.Errorf("%s: a slot was left unfilled: %q", a.ID, a.Body)
	}
	span := func(what string, s Span) {
		if s.Start < 0 || s.End > len(body) || s.Start >= s.End {
			t.Errorf("%s: %s: span %d-%d outside body of %d code points", a.ID, what, s.Start, s.End, len(body))
			return
		}
		if got := string(body[s.Start:s.End]); got != s.Text {
			t.Errorf("%s: %s: span %d-%d is %q, gold says %q", a.ID, what, s.Start, s.End, got, s.Text)
		}
	}
	entity := func(kind, name string, mentions []string, ev []Span) {
		if name == "" || len(mentions) == 0 || len(ev) == 0 {
			t.Errorf("%s: %s %q has no name, mentions or evidence", a.ID, kind, name)
		}
		for _, m := range mentions {
			if !strings.Contains(a.Body, m) {
				t.Errorf("%s: %s %q: mention %q not in the text", a.ID, kind, name, m)
			}
		}
		for _, s := range ev {
			span(kind+" "+name, s)
			if !slices.Contains(mentions, s.Text) {
				t.Errorf("%s: %s %q: evidence %q is not one of its mentions", a.ID, kind, name, s.Text)
			}
		}
	}
	names := map[string]string{}
	for _, p := range g.Persons {
		entity("person", p.Name, p.Mentions, p.Evidence)
		names[p.Name] = "person"
	}
	for _, list := range []struct {
		kind string
		l    []GoldEntity
	}{{"country", g.Countries}, {"organization", g.Organizations}, {"place", g.Places}} {
		for _, e := range list.l {
			entity(list.kind, e.Name, e.Mentions, e.Evidence)
			names[e.Name] = list.kind
		}
	}
	for _, e := range g.Events {
		for _, s := range e.Evidence {
			span("event", s)
		}
		if !slices.Contains(eventTypeSet, e.Type) {
			t.Errorf("%s: event type %q", a.ID, e.Type)
		}
		if e.Date != nil {
			if _, err := time.Parse(time.DateOnly, *e.Date); err != nil {
				t.Errorf("%s: event date %q: %v", a.ID, *e.Date, err)
			}
		}
		if e.Place != nil && names[*e.Place] != "place" {
			t.Errorf("%s: event place %q is not a place of the document", a.ID, *e.Place)
		}
		for _, p := range e.Participants {
			if k := names[p]; k != "person" && k != "country" && k != "organization" {
				t.Errorf("%s: event participant %q is not an actor of the document", a.ID, p)
			}
		}
	}
	for _, c := range g.Commitments {
		for _, s := range c.Evidence {
			span("commitment", s)
			if !strings.Contains(s.Text, c.What) {
				t.Errorf("%s: commitment %q not in its sentence %q", a.ID, c.What, s.Text)
			}
		}
		for _, b := range c.By {
			if k := names[b]; k != "country" && k != "organization" {
				t.Errorf("%s: commitment by %q is not a country or organization of the document", a.ID, b)
			}
		}
		if c.To != nil && names[*c.To] != "country" {
			t.Errorf("%s: commitment to %q is not a country of the document", a.ID, *c.To)
		}
		if !commitmentKinds[c.Kind] || !slices.Contains(statusSet, c.Status) {
			t.Errorf("%s: commitment kind %q status %q", a.ID, c.Kind, c.Status)
		}
		if c.Condition != nil && !strings.Contains(a.Body, *c.Condition) {
			t.Errorf("%s: condition %q not in the text", a.ID, *c.Condition)
		}
	}
	for _, n := range g.NumericClaims {
		for _, s := range n.Evidence {
			span("number", s)
			if !strings.Contains(strings.ToLower(s.Text), strings.ToLower(n.Value)) {
				t.Errorf("%s: number %q not in its sentence %q", a.ID, n.Value, s.Text)
			}
		}
	}
	for _, at := range g.Attributions {
		for _, s := range at.Evidence {
			span("attribution", s)
			if !strings.Contains(s.Text, at.Claim) {
				t.Errorf("%s: claim %q not in its sentence %q", a.ID, at.Claim, s.Text)
			}
		}
		if at.Source == "" || at.Claim == "" {
			t.Errorf("%s: attribution without source or claim: %+v", a.ID, at)
		}
		if at.Via != nil && names[*at.Via] != "organization" {
			t.Errorf("%s: attribution via %q is not an organization of the document", a.ID, *at.Via)
		}
	}
	// Authors written in a byline are persons with the role "author".
	if a.Format != "jsonl" {
		for _, au := range a.Authors {
			i := slices.IndexFunc(g.Persons, func(p GoldPerson) bool { return p.Name == au })
			role := "author"
			if g.Document.Outlet != nil {
				role = "author (" + *g.Document.Outlet + " byline)"
			}
			if i < 0 || !slices.Contains(g.Persons[i].Roles, role) {
				t.Errorf("%s: author %q is not a person with the role author", a.ID, au)
			}
		}
	}
	checkShape(t, a)
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// checkShape decodes the gold JSON generically and checks the keys and
// types of the gold shape.
func checkShape(t *testing.T, a *Article) {
	t.Helper()
	raw, err := a.GoldJSON()
	if err != nil {
		t.Fatalf("%s: %v", a.ID, err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s: gold is not JSON: %v", a.ID, err)
	}
	for _, k := range []string{"persons", "countries", "organizations", "places", "events", "commitments", "numeric_claims", "attributions"} {
		if _, ok := m[k].([]any); !ok {
			t.Errorf("%s: gold %q is %T, want a list", a.ID, k, m[k])
		}
	}
	doc, ok := m["document"].(map[string]any)
	if !ok {
		t.Fatalf("%s: gold has no document object", a.ID)
	}
	for _, k := range []string{"title", "outlet", "authors", "date", "kind"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("%s: gold document has no %q", a.ID, k)
		}
	}
	if d, _ := doc["date"].(string); !isoDate.MatchString(d) {
		t.Errorf("%s: gold date %v", a.ID, doc["date"])
	}
	if k := doc["kind"]; k != "primary" && k != "secondary" {
		t.Errorf("%s: gold kind %v", a.ID, k)
	}
}
