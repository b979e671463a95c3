package segmentation

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

func segTestSegment(t *testing.T, body string) *model.Analysis {
	t.Helper()
	a := model.NewAnalysis(&document.Document{ID: "t", Body: body}, nil)
	if err := (Stage{}).Apply(a); err != nil {
		t.Fatalf("segment: %v", err)
	}
	return a
}

type segWant struct {
	text, kind   string
	lead, parent int
}

func TestSegmentSentences(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"plain", "The cat sat. The dog ran! Did it? Yes.", []string{"The cat sat.", "The dog ran!", "Did it?", "Yes."}},
		{"titles", "Mr. Brown met Dr. Green and Gen. White. They talked.", []string{"Mr. Brown met Dr. Green and Gen. White.", "They talked."}},
		{"months and numbers", "It starts on Jan. 6 at No. 10 Downing Street. Then Feb. 3 follows.", []string{"It starts on Jan. 6 at No. 10 Downing Street.", "Then Feb. 3 follows."}},
		{"dotted", "U.S. President Smith spoke to U.K. officials, e.g. Jones. He left.", []string{"U.S. President Smith spoke to U.K. officials, e.g. Jones.", "He left."}},
		{"dotted then starter", "Troops went to the U.S. The talks ended at 5 p.m. Nobody spoke.", []string{"Troops went to the U.S.", "The talks ended at 5 p.m. Nobody spoke."}},
		{"initials", "J. Smith and A. B. Jones wrote it. Done.", []string{"J. Smith and A. B. Jones wrote it.", "Done."}},
		{"quote closes sentence", `"We will go." The minister left.`, []string{`"We will go."`, "The minister left."}},
		{"quote then said", `"We will go," he said. "Now." She nodded.`, []string{`"We will go," he said.`, `"Now."`, "She nodded."}},
		{"decimal and domain", "Growth was 1.5 percent at example.com today. Fine.", []string{"Growth was 1.5 percent at example.com today.", "Fine."}},
		{"emphasis kept", "1. **Bold title.** Next sentence here.", []string{"**Bold title.**", "Next sentence here."}},
		{"ellipsis", "He paused… Then he spoke.", []string{"He paused…", "Then he spoke."}},
		{"lower case after dot", "The figure is approx. ten units. Next.", []string{"The figure is approx. ten units.", "Next."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := segTestSegment(t, tc.body)
			var got []string
			for i := range a.Sents {
				got = append(got, a.SentText(i))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestSegmentBlocks(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []segWant
	}{
		{"markdown heading and paragraph", "# Big News\n\nA thing happened. Another one did.\n",
			[]segWant{{"Big News", "heading", -1, -1}, {"A thing happened.", "sentence", -1, -1}, {"Another one did.", "sentence", -1, -1}}},
		{"caps and bold headings", "MAIN POINTS\n\n**Short title**\n\n*Berlin, 3 May 2024*\n\nText here.",
			[]segWant{{"MAIN POINTS", "heading", -1, -1}, {"**Short title**", "heading", -1, -1}, {"*Berlin, 3 May 2024*", "heading", -1, -1}, {"Text here.", "sentence", -1, -1}}},
		{"title line then paragraph lines", "Leaders gather for talks on trade\nThe leaders met on Monday.\nThey agreed on a plan.\nBy Jane Doe",
			[]segWant{{"Leaders gather for talks on trade", "heading", -1, -1}, {"The leaders met on Monday.", "sentence", -1, -1}, {"They agreed on a plan.", "sentence", -1, -1}, {"By Jane Doe", "heading", -1, -1}}},
		{"hard wrapped paragraph", "The ministers said on Friday that the\nplan would go ahead and that funds\nwould follow. Critics were unhappy.",
			[]segWant{{"The ministers said on Friday that the\nplan would go ahead and that funds\nwould follow.", "sentence", -1, -1}, {"Critics were unhappy.", "sentence", -1, -1}}},
		{"date marker skipped", " date 2025-03-04 By Jane Doe\n\nText here.",
			[]segWant{{"By Jane Doe", "heading", -1, -1}, {"Text here.", "sentence", -1, -1}}},
		{"continuation across page break", "We agreed on training, joint production,\n\n---\n\nand shared planning.\n\nNext paragraph.",
			[]segWant{{"We agreed on training, joint production,\n\n---\n\nand shared planning.", "sentence", -1, -1}, {"Next paragraph.", "sentence", -1, -1}}},
		{"header block of short lines", "By Jane Doe\nWire Agency\nMarch 3, 2025\n\nText here.",
			[]segWant{{"By Jane Doe", "heading", -1, -1}, {"Wire Agency", "heading", -1, -1}, {"March 3, 2025", "heading", -1, -1}, {"Text here.", "sentence", -1, -1}}},
		{"block quote", "Intro text here.\n\n> Quoted line one.\n> Quoted line two.",
			[]segWant{{"Intro text here.", "sentence", -1, -1}, {"Quoted line one.", "sentence", -1, -1}, {"Quoted line two.", "sentence", -1, -1}}},
		{"caption sentence is not a heading", "Two men shake hands in a hall on 3 May. Photo Agency",
			[]segWant{{"Two men shake hands in a hall on 3 May.", "sentence", -1, -1}, {"Photo Agency", "sentence", -1, -1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segCheckSegments(t, segTestSegment(t, tc.body), tc.want)
		})
	}
}

func segCheckSegments(t *testing.T, a *model.Analysis, want []segWant) {
	t.Helper()
	if len(a.Sents) != len(want) {
		for i := range a.Sents {
			t.Logf("%d %s %q", i, a.Sents[i].Kind, a.SentText(i))
		}
		t.Fatalf("got %d segments, want %d", len(a.Sents), len(want))
	}
	for i, w := range want {
		s := a.Sents[i]
		if a.SentText(i) != w.text || s.Kind != w.kind || s.Lead != w.lead || s.Parent != w.parent {
			t.Errorf("segment %d = %q %s lead %d parent %d, want %q %s lead %d parent %d",
				i, a.SentText(i), s.Kind, s.Lead, s.Parent, w.text, w.kind, w.lead, w.parent)
		}
	}
}

func TestSegmentLists(t *testing.T) {
	body := "The plan has these parts:\n\n" +
		"1. **Training for pilots.** It starts soon. It lasts long.\n" +
		"2. Money for repairs:\n" +
		"   - roads\n" +
		"   - bridges\n" +
		"  3. Shared planning\n\n" +
		"Officials said more would follow.\n" +
		"- a loose item\n"
	a := segTestSegment(t, body)
	segCheckSegments(t, a, []segWant{
		{"The plan has these parts:", "sentence", -1, -1},
		{"**Training for pilots.**", "item", 0, -1},
		{"It starts soon.", "item", 0, -1},
		{"It lasts long.", "item", 0, -1},
		{"Money for repairs:", "item", 0, -1},
		{"roads", "item", 4, 4},
		{"bridges", "item", 4, 4},
		{"Shared planning", "item", 0, -1},
		{"Officials said more would follow.", "sentence", -1, -1},
		{"a loose item", "item", -1, -1},
	})
	wantItem := []int{1, 1, 1, 4, 5, 6, 7, -1, 9}
	for i, w := range wantItem {
		if got := a.Sents[i+1].Item; got != w {
			t.Errorf("segment %d Item = %d, want %d", i+1, got, w)
		}
	}
}

func TestSegmentListMarkers(t *testing.T) {
	body := "Options:\na) first one\nb) second one\n(c) third one\n• fourth one\n* fifth one\n+ sixth one"
	a := segTestSegment(t, body)
	if len(a.Sents) != 7 {
		t.Fatalf("got %d segments, want 7", len(a.Sents))
	}
	for i := 1; i < 7; i++ {
		if a.Sents[i].Kind != SegItem || a.Sents[i].Lead != 0 {
			t.Errorf("segment %d %q: kind %s lead %d", i, a.SentText(i), a.Sents[i].Kind, a.Sents[i].Lead)
		}
	}
}

func TestSegmentQuotes(t *testing.T) {
	tests := []struct {
		body string
		want []string // quoted texts over all segments
	}{
		{`He said "we will win" today.`, []string{"we will win"}},
		{"They want “firm guarantees” and ‘more aid’ soon.", []string{"firm guarantees", "more aid"}},
		{"The partners’ support and Europe’s role stayed.", nil},
		{`"First part. Second part," she said.`, []string{"First part.", "Second part,"}},
		{`An open quote "runs to the end`, []string{"runs to the end"}},
	}
	for _, tc := range tests {
		a := segTestSegment(t, tc.body)
		var got []string
		for _, s := range a.Sents {
			for _, q := range s.Quotes {
				if q[0] < s.Start || q[1] > s.End {
					t.Errorf("%q: quote %v outside its segment %d-%d", tc.body, q, s.Start, s.End)
				}
				got = append(got, a.Body[q[0]:q[1]])
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: quotes %q, want %q", tc.body, got, tc.want)
		}
	}
}

func TestClauses(t *testing.T) {
	a := segTestSegment(t, "This will include: new roads; support for schools; and clean water. Plain sentence; with a second part.")
	lead, items, ok := InlineList(a, 0)
	if !ok {
		t.Fatal("InlineList found no list")
	}
	if got := a.Body[lead[0]:lead[1]]; got != "This will include" {
		t.Errorf("lead = %q", got)
	}
	var got []string
	for _, r := range items {
		got = append(got, a.Body[r[0]:r[1]])
	}
	if want := "new roads|support for schools|clean water"; strings.Join(got, "|") != want {
		t.Errorf("items = %q, want %s", got, want)
	}
	if _, _, ok := InlineList(a, 1); ok {
		t.Error("InlineList found a list in a sentence without a colon")
	}
	cl := Clauses(a, 1)
	if len(cl) != 2 || a.Body[cl[0][0]:cl[0][1]] != "Plain sentence" || a.Body[cl[1][0]:cl[1][1]] != "with a second part" {
		t.Errorf("Clauses = %v", cl)
	}
	if len(Clauses(a, 0)) != 4 {
		t.Errorf("Clauses of the inline list = %d ranges, want 4", len(Clauses(a, 0)))
	}
}

func TestSegmentResultSentences(t *testing.T) {
	a := segTestSegment(t, "Café talks began. Next — ünïcode here.")
	if len(a.Result.Sentences) != 2 {
		t.Fatalf("got %d result sentences", len(a.Result.Sentences))
	}
	runes := []rune(a.Body)
	for _, s := range a.Result.Sentences {
		if string(runes[s.Start:s.End]) != s.Text {
			t.Errorf("sentence %q does not match its code point span %d-%d", s.Text, s.Start, s.End)
		}
	}
}

func TestSegmentCRLF(t *testing.T) {
	a := segTestSegment(t, "Title line\r\n\r\nFirst one. Second one.\r\n- item a\r\n")
	var got []string
	for i := range a.Sents {
		got = append(got, a.Sents[i].Kind+":"+a.SentText(i))
	}
	want := "heading:Title line|sentence:First one.|sentence:Second one.|item:item a"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %s", got, want)
	}
}

// TestSegmentSpeechSetOnePhraseALine: transcripts set one phrase a line;
// a line ending on a pause or a comma goes on in the next when that one
// cannot start a sentence of its own.
func TestSegmentSpeechSetOnePhraseALine(t *testing.T) {
	body := "We signed a pact…\n\nOn the opening of the port.\n\nAnd so, following a truce,\n\nThe two towns will share the harbour…\n\n" +
		"And build a new quay.\n\nWe met today…\n\nAnd we agreed on little.\n\nHe paused… Then he spoke.\n"
	a := segTestSegment(t, body)
	var got []string
	for _, s := range a.Sents {
		got = append(got, strings.Join(strings.Fields(body[s.Start:s.End]), " "))
	}
	want := []string{
		"We signed a pact… On the opening of the port.",
		"And so, following a truce, The two towns will share the harbour… And build a new quay.",
		"We met today…", "And we agreed on little.",
		"He paused…", "Then he spoke.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}
