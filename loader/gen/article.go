package gen

import (
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/kg-project/kg/loader/gazetteer"
)

// article is the state of one document being written.
type article struct {
	cast *cast
	lex  *Lexicon
	rng  *rand.Rand
	date time.Time

	people      []*castMember
	beneficiary *gazetteer.Entry
	city        *gazetteer.Entry
	outlet      *gazetteer.Entry   // the document's own outlet
	sources     []*gazetteer.Entry // other outlets it cites

	introduced map[string]bool
	placesUsed map[string]bool
	seatsUsed  map[string]bool
	// outletInBody is set once the document's own outlet is named in the
	// body (a dateline credit).
	outletInBody bool
	// invented holds the invented names used in this document.
	invented map[string]bool

	body text
	gold Gold
}

func newArticle(c *cast, rng *rand.Rand, date time.Time) *article {
	a := &article{cast: c, lex: c.lex, rng: rng, date: date,
		introduced: map[string]bool{}, invented: map[string]bool{}, placesUsed: map[string]bool{}, seatsUsed: map[string]bool{}}
	a.outlet = pick(rng, c.outlets)
	for _, o := range shuffled(rng, c.outlets) {
		if o != a.outlet && len(a.sources) < 2 {
			a.sources = append(a.sources, o)
		}
	}
	a.beneficiary = pick(rng, c.beneficiaries)
	a.people = a.pickCast(2 + rng.IntN(4))
	a.city = a.hostCity()
	a.placesUsed[gazetteer.Normalize(a.city.Name)] = true
	return a
}

// pickCast chooses up to n people holding an office on the document's
// date, one per country or organization, with distinct surnames.
func (a *article) pickCast(n int) []*castMember {
	day := a.date.Format(time.DateOnly)
	holders := map[*gazetteer.Entry]bool{}
	surnames := map[string]bool{}
	var out []*castMember
	for _, i := range a.rng.Perm(len(a.cast.people)) {
		if len(out) == n {
			break
		}
		e := a.cast.people[i]
		o, ok := a.cast.activeOffice(e, day)
		if !ok {
			continue
		}
		h := a.cast.officeHolder(o)
		if holders[h] || !a.cast.onStage[h] {
			continue
		}
		m := &castMember{entry: e, office: o, holder: h}
		if h.Kind == gazetteer.Country {
			m.surname = a.cast.surname(e, h.ID)
		} else {
			m.surname = a.cast.surname(e, "")
		}
		if m.surname != "" && surnames[m.surname] {
			continue
		}
		holders[h] = true
		if m.surname != "" {
			surnames[m.surname] = true
		}
		out = append(out, m)
	}
	return out
}

// actors are the countries and organizations the document's people act
// for, which make commitments; the beneficiary and sanction targets are
// left out.
func (a *article) actors() []actor {
	var out []actor
	seen := map[*gazetteer.Entry]bool{a.beneficiary: true}
	for _, t := range a.cast.targets {
		seen[t] = true
	}
	for _, p := range a.people {
		if !seen[p.holder] {
			seen[p.holder] = true
			out = append(out, actor{p.holder})
		}
	}
	if len(out) == 0 || a.rng.IntN(3) == 0 {
		if o := pick(a.rng, a.cast.orgs); !seen[o] {
			out = append(out, actor{o})
		}
	}
	if len(out) == 0 {
		out = append(out, actor{a.cast.orgs[0]})
	}
	return out
}

// hostCity is where the main event takes place: the capital of one of the
// countries of the cast or of the beneficiary.
func (a *article) hostCity() *gazetteer.Entry {
	var pool []*gazetteer.Entry
	countries := []*gazetteer.Entry{a.beneficiary}
	for _, p := range a.people {
		if p.holder.Kind == gazetteer.Country {
			countries = append(countries, p.holder)
		}
	}
	for _, c := range countries {
		for _, p := range a.cast.placesOf(c.ID, a.cast.cities) {
			if p.Name == c.Capital {
				pool = append(pool, p)
			}
		}
	}
	if len(pool) == 0 {
		return pick(a.rng, a.cast.cities)
	}
	return pick(a.rng, pool)
}

// countryActor picks a country among the actors, else the beneficiary.
func (a *article) countryActor(actors []actor) actor {
	var countries []actor
	for _, x := range actors {
		if x.entry.Kind == gazetteer.Country {
			countries = append(countries, x)
		}
	}
	if len(countries) == 0 {
		return actor{a.beneficiary}
	}
	return pick(a.rng, countries)
}

// otherPlace returns a place for a secondary event: a city or venue of a
// country of the cast, or a city or region of the beneficiary, not used as
// a seat in this document.
func (a *article) otherPlace() *gazetteer.Entry {
	for range 8 {
		var pool []*gazetteer.Entry
		if a.rng.IntN(3) == 0 {
			pool = a.cast.placesOf(a.beneficiary.ID, a.cast.cities, a.cast.regions)
		} else {
			p := pick(a.rng, a.people)
			if p.holder.Kind == gazetteer.Country {
				pool = a.cast.placesOf(p.holder.ID, a.cast.cities, a.cast.venues)
			}
		}
		if len(pool) == 0 {
			continue
		}
		p := pick(a.rng, pool)
		if !a.seatsUsed[gazetteer.Normalize(p.Name)] {
			return p
		}
	}
	return a.city
}

// persons picks n distinct people of the cast other than those excluded.
func (a *article) persons(n int, exclude ...*castMember) []*castMember {
	var out []*castMember
	for _, p := range shuffled(a.rng, a.people) {
		if len(out) < n && !slices.Contains(exclude, p) {
			out = append(out, p)
		}
	}
	return out
}

// writeList writes items as "A, B and C".
func writeList[T any](t *text, items []T, write func(T)) {
	for i, x := range items {
		switch {
		case i == 0:
		case i == len(items)-1:
			t.write(" and ")
		default:
			t.write(", ")
		}
		write(x)
	}
}

func pick[T any](rng *rand.Rand, list []T) T { return list[rng.IntN(len(list))] }

func shuffled[T any](rng *rand.Rand, list []T) []T {
	out := slices.Clone(list)
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// sentenceKinds of the body with their weights.
var bodyKinds = []struct {
	kind   string
	weight int
}{
	{"pledge", 8}, {"conditional", 5}, {"refusal", 3}, {"proposal", 4}, {"reported", 4}, {"draft", 3},
	{"said", 7}, {"quote", 5}, {"according", 4}, {"official", 4}, {"citing", 3}, {"spokesperson", 2},
	{"number", 8}, {"background", 7}, {"filler", 5},
	{"meeting", 1}, {"talks", 1}, {"visit", 2}, {"signing", 1}, {"press_conference", 2},
}

func (a *article) bodyKind() string {
	total := 0
	for _, k := range bodyKinds {
		total += k.weight
	}
	r := a.rng.IntN(total)
	for _, k := range bodyKinds {
		if r < k.weight {
			return k.kind
		}
		r -= k.weight
	}
	return "filler"
}

// writeArticleBody writes the news text after the title, dateline and
// byline: a lead sentence about the main event, then 20 to 31 sentences in
// paragraphs of one to three.
func (a *article) writeArticleBody() {
	t := &a.body
	lead := pick(a.rng, []string{"summit", "summit", "meeting", "talks", "visit", "signing", "press_conference"})
	a.sentence(lead, true)
	n := 20 + a.rng.IntN(12)
	inPara := 1
	for range n {
		if inPara >= 1+a.rng.IntN(3) {
			t.write("\n\n")
			inPara = 0
		} else {
			t.write(" ")
		}
		a.sentence(a.bodyKind(), false)
		inPara++
	}
	t.write("\n")
}

// sentence writes one sentence of the given kind.
func (a *article) sentence(kind string, lead bool) {
	a.body.capNext = true
	switch kind {
	case "summit", "meeting", "talks", "visit", "signing", "press_conference":
		a.event(kind, lead)
	case "pledge", "conditional", "refusal", "proposal", "reported", "draft":
		a.commitment(kind)
	case "said", "quote", "according", "official", "citing", "spokesperson":
		a.attribution(kind)
	case "number":
		a.number()
	case "background":
		a.background()
	default:
		a.body.write(pick(a.rng, a.lex.Filler))
	}
}

// title writes a headline into its own text.
func (a *article) title() *text {
	t := &text{capNext: true}
	t.render(pick(a.rng, a.lex.Headlines), map[string]func(){
		"country": func() { a.writeName(t, a.countryActor(a.actors())) },
		"to":      func() { a.writeName(t, actor{a.beneficiary}) },
		"org":     func() { a.writeName(t, actor{pick(a.rng, a.cast.orgs)}) },
		"place":   func() { a.writePlace(t, a.city) },
		"topic":   func() { a.writeTopic(t) },
	})
	return t
}

func (a *article) writeTopic(t *text) {
	t.render(pick(a.rng, a.lex.Topics), map[string]func(){
		"to": func() { a.writeName(t, actor{a.beneficiary}) },
	})
}

// finish turns the recorded mentions into the gold entity lists.
func (a *article) finish() {
	a.gold.addMentions(a.body.mentions)
	a.gold.emptyLists()
}

func trimSentence(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ".,;:")
}
