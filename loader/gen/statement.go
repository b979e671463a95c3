package gen

import (
	"fmt"
)

// writeStatement writes a joint statement issued by the countries of the
// document's people: a heading, a lead sentence narrating their meeting,
// a few sentences of shared positions, a lead-in and a numbered list of commitments (one per item, agreed by
// every signatory), and closing sentences.
func (a *article) writeStatement() *text {
	signers := a.actors()
	if len(signers) < 2 {
		signers = append(signers, actor{pick(a.rng, a.cast.orgs)})
	}
	names := make([]string, len(signers))
	for i, s := range signers {
		names[i] = s.entry.Name
	}
	title := &text{capNext: true}
	title.render(pick(a.rng, a.lex.StatementTitles), map[string]func(){
		"signers": func() { writeList(title, signers, func(x actor) { a.writeName(title, x) }) },
		"topic":   func() { a.writeTopic(title) },
	})

	t := &a.body
	t.write("# ")
	t.appendText(title)
	t.write("\n\n")

	t.capNext = true
	start := t.mark()
	ev := GoldEvent{Type: "meeting", Participants: []string{}}
	t.render(pick(a.rng, a.lex.StatementLeads), map[string]func(){
		"signers": func() {
			writeList(t, signers, func(x actor) {
				a.writeName(t, x)
				ev.Participants = addDistinct(ev.Participants, x.entry.Name)
			})
		},
		"place": func() { ev.Place = strPtr(a.writePlace(t, a.city)) },
		"date":  func() { ev.Date = strPtr(a.writeDate(t)) },
		"topic": func() { a.writeTopic(t) },
	})
	ev.Evidence = []Span{t.spanSince(start)}
	a.gold.Events = append(a.gold.Events, ev)
	t.write("\n\n")

	for i, phr := range shuffled(a.rng, a.lex.StatementBody)[:2+a.rng.IntN(3)] {
		if i > 0 {
			t.write(" ")
		}
		t.capNext = true
		t.render(phr, map[string]func(){"to": func() { a.writeName(t, actor{a.beneficiary}) }})
	}
	t.write("\n\n")

	t.write(pick(a.rng, []string{"The signatories will:", "To this end, we will:", "Together, we commit to the following steps:"}))
	t.write("\n\n")
	items := 3 + a.rng.IntN(4)
	used := map[string]bool{}
	for i := range items {
		t.write(fmt.Sprintf("%d. ", i+1))
		t.capNext = true
		m := t.mark()
		what, kind, to := a.writeWhat(t, used)
		a.gold.Commitments = append(a.gold.Commitments, GoldCommitment{
			By: names, To: to, What: upperFirst(what), Kind: kind, Status: "agreed", Evidence: []Span{t.spanSince(m)}})
		if i < items-1 {
			t.write(";\n")
		} else {
			t.write(".\n")
		}
	}
	t.write("\n")
	for i := range 1 + a.rng.IntN(2) {
		if i > 0 {
			t.write(" ")
		}
		t.capNext = true
		t.write(pick(a.rng, a.lex.StatementClose))
	}
	t.write("\n")
	return title
}
