package gen

// eventTypes maps the event sentence kinds to the event types of the gold
// shape.
var eventTypes = map[string]string{
	"summit": "summit", "meeting": "meeting", "talks": "talks", "visit": "visit",
	"signing": "signing", "press_conference": "press conference",
}

// event writes a sentence narrating an event and records it with its
// participants as the sentence names them, its place and its date. A
// press conference also records what the speaker said there.
func (a *article) event(kind string, lead bool) {
	t := &a.body
	start := t.mark()
	ev := GoldEvent{Type: eventTypes[kind], Participants: []string{}}
	place := a.city
	if !lead {
		place = a.otherPlace()
	}
	var speaker *castMember
	var claim string
	var claimMark mark
	used := []*castMember{}
	addPerson := func(p *castMember) {
		used = append(used, p)
		a.writePerson(t, p)
		ev.Participants = addDistinct(ev.Participants, p.entry.Name)
	}
	fill := map[string]func(){
		"host": func() {
			ps := a.persons(1, used...)
			if len(ps) > 0 {
				addPerson(ps[0])
				speaker = ps[0]
			}
		},
		"person": func() {
			ps := a.persons(1, used...)
			if len(ps) > 0 {
				addPerson(ps[0])
				speaker = ps[0]
			}
		},
		"person2": func() {
			ps := a.persons(1, used...)
			if len(ps) > 0 {
				addPerson(ps[0])
			}
		},
		"people": func() {
			ps := a.persons(1+a.rng.IntN(3), used...)
			writeList(t, ps, addPerson)
		},
		"countries": func() {
			xs := a.actors()
			if len(xs) < 2 {
				xs = append(xs, actor{a.beneficiary})
			}
			writeList(t, xs, func(x actor) {
				a.writeName(t, x)
				ev.Participants = addDistinct(ev.Participants, x.entry.Name)
			})
		},
		"place":     func() { ev.Place = strPtr(a.writePlace(t, place)) },
		"placename": func() { ev.Place = strPtr(a.writePlaceName(t, place)) },
		"date":      func() { ev.Date = strPtr(a.writeDate(t)) },
		"topic":     func() { a.writeTopic(t) },
		"agreement": func() {
			t.render(pick(a.rng, a.lex.Agreements), map[string]func(){
				"to": func() { a.writeName(t, actor{a.beneficiary}) },
			})
		},
		"claim": func() {
			claimMark = t.mark()
			a.writeClaim(t)
			claim = t.since(claimMark)
		},
	}
	t.render(pick(a.rng, a.lex.Sentences[kind]), fill)
	span := t.spanSince(start)
	ev.Evidence = []Span{span}
	a.gold.Events = append(a.gold.Events, ev)
	if claim != "" && speaker != nil {
		a.gold.Attributions = append(a.gold.Attributions, GoldAttribution{
			Claim: trimSentence(claim), Source: speaker.entry.Name, Evidence: []Span{span}})
	}
}

// writeClaim writes a claim (a clause someone states).
func (a *article) writeClaim(t *text) {
	actors := a.actors()
	t.render(pick(a.rng, a.lex.Claims), map[string]func(){
		"country": func() { a.writeName(t, a.countryActor(actors)) },
		"to":      func() { a.writeName(t, actor{a.beneficiary}) },
		"org":     func() { a.writeName(t, actor{pick(a.rng, a.cast.orgs)}) },
	})
}
