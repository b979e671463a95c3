//go:build unix

package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// Limits of one fuzz input through the whole pipeline. The CPU budget is
// measured on the process (not the wall clock), so a loaded machine does
// not fail the run; the wall limit only catches a true hang.
const (
	fuzzMaxInput  = 16 << 10
	fuzzCPUBudget = 2 * time.Second
	fuzzWallLimit = 60 * time.Second
)

var fuzzFormats = []string{".txt", ".md", ".jsonl"}

// FuzzExtract runs arbitrary bytes through the document reader and the
// whole default pipeline (bundled gazetteer and lexicons): no panic, no
// error, no input that takes more than fuzzCPUBudget, and every evidence
// span, sentence and metadata span inside the body, ordered, and equal to
// the body's code points between its offsets.
func FuzzExtract(f *testing.F) {
	seeds := []string{
		"",
		"Short.",
		" date 2025-03-04 text after a date marker.\n",
		"LISBON, March 4 (Wire) - The prime minister of Portugal met the German chancellor on Tuesday.\n",
		"---\ntitle: A title\ndate: 2025-03-04\noutlet: Some Outlet\nauthors: [A. Writer]\n---\nBody of the note.\n",
		"# Heading\n\nBy Jane Roe\n\nThe ministers agreed to send up to 15,000 troops, officials said.\n",
		"They will include the following components:\n\n1. monitoring of a ceasefire;\n2. training\n   - sub item\n",
		"\"We will not send soldiers,\" the minister said, according to a news agency citing two sources.\n",
		"between 5 and 7 billion euros, about 30 countries, more than 27 states, €90bn, $1.5 million, 3-4%",
		"Jan. 6, 2026; 6th of January; 2026-01-06; yesterday; last week; since November; on Tuesday.",
		"U.S. Gen. J. Smith visited the U.K. and the E.U. on Jan. 5. He left.",
		"caf\u00e9 na\u00efve \u00c9lys\u00e9e Zelenskyy Zelens'kyi \u2018quoted\u2019 \u201cdouble\u201d \U0001F600 e\u0301",
		"line one\r\nline two\r\n\r\n- item\r\n",
		"{\"id\":\"r1\",\"title\":\"T\",\"date\":\"2025-01-02\",\"text\":\"The summit in Paris was held on Monday.\"}\n{\"text\":\"x\"}\n",
		"\xEF\xBB\xBFBOM first. Second sentence.",
		"\xFF\xFEa\x00 \x00b\x00",
		"\x00\x01\x02 binary",
		"\u200b\u200d\u2028\u2029\u00a0zero width and separators.",
		"((((((([[[[[\"\"\"\"''''’’’’«««»»»",
		"President President President Minister of of of the the the",
	}
	for i, s := range seeds {
		f.Add(uint8(i), []byte(s))
	}
	// Plain text whose clauses open with a curly quote: text cut around
	// it must not split the character.
	f.Add(uint8(0), []byte("\u201cWe now have 12 states ready to act,\u201d the minister said \u2013 about 40% of them."))
	// Overlapping actor mentions before a commitment verb (fuzz-found:
	// the coordination check sliced the body backwards).
	f.Add(uint8(0), []byte("France\nUS Coalition will provide funding.\n"))
	for _, b := range fuzzCorpusSeeds(f) {
		f.Add(uint8(0), b)
	}
	p := fuzzPipeline(f)
	f.Fuzz(func(t *testing.T, format uint8, input []byte) {
		if len(input) > fuzzMaxInput {
			return
		}
		name := "fuzz" + fuzzFormats[int(format)%len(fuzzFormats)]
		docs, _ := document.ParseBytes(name, input, document.Options{MaxBytes: 1 << 20})
		for _, doc := range docs {
			res, cpu, err := runBounded(t, p, doc)
			if err != nil {
				t.Fatalf("extract %q: %v", doc.Body, err)
			}
			if cpu > fuzzCPUBudget {
				t.Fatalf("extract of %d bytes took %s of CPU (budget %s): %q", len(doc.Body), cpu, fuzzCPUBudget, doc.Body)
			}
			if err := checkResultSpans(doc.Body, res); err != nil {
				t.Fatalf("%v\nbody: %q", err, doc.Body)
			}
		}
	})
}

var fuzzPipe struct {
	once sync.Once
	p    *Pipeline
	err  error
}

// fuzzPipeline builds the default pipeline once per process.
func fuzzPipeline(tb testing.TB) *Pipeline {
	fuzzPipe.once.Do(func() {
		gaz, err := gazetteer.Default()
		if err != nil {
			fuzzPipe.err = fmt.Errorf("load gazetteer: %w", err)
			return
		}
		fuzzPipe.p, fuzzPipe.err = New(gaz, data.FS)
	})
	if fuzzPipe.err != nil {
		tb.Fatalf("build pipeline: %v", fuzzPipe.err)
	}
	return fuzzPipe.p
}

// runBounded runs the pipeline on doc, failing the test if it does not
// return within fuzzWallLimit; it returns the process CPU time used.
func runBounded(t *testing.T, p *Pipeline, doc *document.Document) (*model.Result, time.Duration, error) {
	t.Helper()
	type outcome struct {
		res *model.Result
		err error
	}
	done := make(chan outcome, 1)
	before := processCPUTime()
	go func() {
		res, err := p.Run(doc)
		done <- outcome{res, err}
	}()
	limit := fuzzWallLimit
	if d, ok := t.Deadline(); ok && time.Until(d) < limit {
		limit = max(time.Until(d)-time.Second, time.Second)
	}
	select {
	case o := <-done:
		return o.res, processCPUTime() - before, o.err
	case <-time.After(limit):
		t.Fatalf("extract of %d bytes did not return within %s (hang): %q", len(doc.Body), limit, doc.Body)
		return nil, 0, nil
	}
}

// processCPUTime is the user and system CPU time of this process.
func processCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// checkResultSpans checks every span of res against body (code point
// offsets, End exclusive).
func checkResultSpans(body string, res *model.Result) error {
	runes := []rune(body)
	nSent := len(res.Sentences)
	check := func(what string, start, end int, text string, sentence int) error {
		if start < 0 || end < start || end > len(runes) {
			return fmt.Errorf("%s: span [%d,%d) outside body of %d code points", what, start, end, len(runes))
		}
		if got := string(runes[start:end]); got != text {
			return fmt.Errorf("%s: span [%d,%d) is %q in the body, evidence says %q", what, start, end, got, text)
		}
		if sentence < -1 || sentence >= nSent {
			return fmt.Errorf("%s: sentence index %d of %d sentences", what, sentence, nSent)
		}
		return nil
	}
	spans := func(what string, list []model.Span) error {
		for i, s := range list {
			if err := check(fmt.Sprintf("%s evidence %d", what, i), s.Start, s.End, s.Text, s.Sentence); err != nil {
				return err
			}
		}
		return nil
	}
	prevEnd := 0
	for i, s := range res.Sentences {
		if err := check(fmt.Sprintf("sentence %d", i), s.Start, s.End, s.Text, -1); err != nil {
			return err
		}
		if s.Start < prevEnd {
			return fmt.Errorf("sentence %d starts at %d, before the end %d of the previous one", i, s.Start, prevEnd)
		}
		prevEnd = s.End
		if s.Lead < -1 || s.Lead >= nSent || s.Parent < -1 || s.Parent >= nSent {
			return fmt.Errorf("sentence %d: lead %d parent %d of %d sentences", i, s.Lead, s.Parent, nSent)
		}
	}
	for field, s := range res.Document.Evidence {
		if err := check("document "+field, s.Start, s.End, s.Text, s.Sentence); err != nil {
			return err
		}
	}
	for _, group := range []struct {
		kind string
		list []model.Entity
	}{{"person", res.Persons}, {"country", res.Countries}, {"organization", res.Organizations}, {"place", res.Places}} {
		for _, e := range group.list {
			if err := spans(group.kind+" "+e.ID, e.Evidence); err != nil {
				return err
			}
			for _, r := range e.RoleDetails {
				if err := spans(group.kind+" "+e.ID+" role "+r.Label, r.Evidence); err != nil {
					return err
				}
			}
		}
	}
	for _, e := range res.Events {
		if err := spans("event "+e.ID, e.Evidence); err != nil {
			return err
		}
	}
	for _, c := range res.Commitments {
		if err := spans("commitment "+c.ID, c.Evidence); err != nil {
			return err
		}
	}
	for _, n := range res.NumericClaims {
		if err := spans("numeric claim "+n.ID, n.Evidence); err != nil {
			return err
		}
	}
	for _, a := range res.Attributions {
		if err := spans("attribution "+a.ID, a.Evidence); err != nil {
			return err
		}
	}
	if utf8.ValidString(body) {
		return checkValidStrings("result", reflect.ValueOf(res))
	}
	return nil
}

// checkValidStrings walks v and reports the first string that is not
// valid UTF-8: text cut from a valid body must never split a character.
func checkValidStrings(path string, v reflect.Value) error {
	switch v.Kind() {
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			return fmt.Errorf("%s: invalid UTF-8 %q", path, v.String())
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return checkValidStrings(path, v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			if err := checkValidStrings(path+"."+v.Type().Field(i).Name, v.Field(i)); err != nil {
				return err
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if err := checkValidStrings(fmt.Sprintf("%s[%d]", path, i), v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			if err := checkValidStrings(path+"["+fmt.Sprint(iter.Key())+"]", iter.Value()); err != nil {
				return err
			}
		}
	}
	return nil
}

// fuzzCorpusSeeds reads the real articles of ../shared/corpus (beside the
// repository root) as extra seeds; none when the corpus is absent.
func fuzzCorpusSeeds(tb testing.TB) [][]byte {
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			return nil
		}
		dir = filepath.Dir(dir)
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "corpus", "*.txt"))
	var out [][]byte
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil && len(b) <= fuzzMaxInput {
			out = append(out, b)
		}
	}
	return out
}

// TestFuzzExtractSeedsFindFacts keeps FuzzExtract from checking empty
// results: the seeds of our own writing yield persons or countries,
// numbers and sentences, and all their spans pass the checker.
func TestFuzzExtractSeedsFindFacts(t *testing.T) {
	p := fuzzPipeline(t)
	counts := map[string]int{}
	for _, in := range []string{
		"LISBON, March 4 (Wire) - The prime minister of Portugal met the German chancellor on Tuesday.\n",
		"between 5 and 7 billion euros, about 30 countries, more than 27 states, \u20ac90bn, $1.5 million.",
		"\"We will not send soldiers,\" the French minister said, according to a news agency.\n",
	} {
		docs, errs := document.ParseBytes("seed.txt", []byte(in), document.Options{})
		if len(errs) > 0 || len(docs) != 1 {
			t.Fatalf("parse %q: %v", in, errs)
		}
		res, err := p.Run(docs[0])
		if err != nil {
			t.Fatalf("extract %q: %v", in, err)
		}
		if err := checkResultSpans(docs[0].Body, res); err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		counts["actors"] += len(res.Persons) + len(res.Countries) + len(res.Organizations)
		counts["numbers"] += len(res.NumericClaims)
		counts["sentences"] += len(res.Sentences)
	}
	for what, n := range counts {
		if n == 0 {
			t.Errorf("no %s extracted from the seeds: the fuzz checks would be vacuous", what)
		}
	}
}

// TestCheckResultSpansCatchesBadSpans keeps the checker honest: each kind
// of broken span is reported.
func TestCheckResultSpansCatchesBadSpans(t *testing.T) {
	body := "Café au lait. Second."
	good := func() *model.Result {
		return &model.Result{
			Sentences: []model.Sentence{{Start: 0, End: 13, Text: "Café au lait.", Lead: -1, Parent: -1}},
			Persons:   []model.Entity{{ID: "p", Evidence: []model.Span{{Start: 0, End: 4, Text: "Café", Sentence: 0}}}},
		}
	}
	if err := checkResultSpans(body, good()); err != nil {
		t.Fatalf("valid result rejected: %v", err)
	}
	for name, spoil := range map[string]func(*model.Result){
		"byte offsets": func(r *model.Result) {
			r.Persons[0].Evidence[0] = model.Span{Start: 0, End: 5, Text: "Café", Sentence: 0}
		},
		"past the end": func(r *model.Result) {
			r.Persons[0].Evidence[0] = model.Span{Start: 14, End: 40, Text: "x", Sentence: 0}
		},
		"reversed":       func(r *model.Result) { r.Persons[0].Evidence[0] = model.Span{Start: 4, End: 2, Text: "", Sentence: 0} },
		"sentence index": func(r *model.Result) { r.Persons[0].Evidence[0].Sentence = 1 },
		"sentence text":  func(r *model.Result) { r.Sentences[0].Text = "Cafe au lait." },
		"meta evidence": func(r *model.Result) {
			r.Document.Evidence = map[string]model.Span{"date": {Start: 1, End: 3, Text: "Ca", Sentence: -1}}
		},
		"commitment": func(r *model.Result) {
			r.Commitments = []model.Commitment{{ID: "c", Evidence: []model.Span{{Start: 14, End: 20, Text: "Second", Sentence: 2}}}}
		},
	} {
		r := good()
		spoil(r)
		if err := checkResultSpans(body, r); err == nil {
			t.Errorf("%s: broken span not reported", name)
		}
	}
}
