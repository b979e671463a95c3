package export_test

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph/export"
)

// The RDF 1.1 N-Quads grammar (https://www.w3.org/TR/n-quads/#sec-grammar),
// as regular expressions over one statement.
var (
	iriRef    = `<(?:[^\x00-\x20<>"{}|^` + "`" + `\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>`
	bnode     = `_:[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?`
	strQuote  = `"(?:[^"\\\n\r]|\\[tbnrf"'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*"`
	literal   = strQuote + `(?:\^\^` + iriRef + `|@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)?`
	statement = regexp.MustCompile(`^(` + iriRef + `|` + bnode + `) (` + iriRef + `) (` + iriRef + `|` + bnode + `|` + literal + `)(?: (` + iriRef + `|` + bnode + `))? \.$`)
	absolute  = regexp.MustCompile(`^<[A-Za-z][A-Za-z0-9+.\-]*:`)
	typed     = regexp.MustCompile(`^"(.*)"\^\^<(.*)>$`)
	lexical   = map[string]*regexp.Regexp{
		"http://www.w3.org/2001/XMLSchema#boolean": regexp.MustCompile(`^(true|false|1|0)$`),
		"http://www.w3.org/2001/XMLSchema#integer": regexp.MustCompile(`^[+-]?[0-9]+$`),
		"http://www.w3.org/2001/XMLSchema#double":  regexp.MustCompile(`^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee][+-]?[0-9]+)?$|^(INF|-INF|NaN)$`),
	}
)

// grammarProblems lists the lines of nq that are not N-Quads statements
// with absolute IRIs and valid lexical forms for the XSD datatypes; n is
// the number of lines.
func grammarProblems(nq []byte) (n int, problems []string) {
	sc := bufio.NewScanner(bytes.NewReader(nq))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		n++
		m := statement.FindStringSubmatch(line)
		if m == nil {
			problems = append(problems, fmt.Sprintf("line %d is not an N-Quads statement: %.200s", n, line))
			continue
		}
		for _, term := range []string{m[1], m[2], m[3], m[4]} {
			if strings.HasPrefix(term, "<") && !absolute.MatchString(term) {
				problems = append(problems, fmt.Sprintf("line %d: relative IRI %s", n, term))
			}
		}
		if tm := typed.FindStringSubmatch(m[3]); tm != nil {
			if re, ok := lexical[tm[2]]; ok && !re.MatchString(tm[1]) {
				problems = append(problems, fmt.Sprintf("line %d: %q is not a valid lexical form of %s", n, tm[1], tm[2]))
			}
		}
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, err.Error())
	}
	return n, problems
}

func checkGrammar(t *testing.T, nq []byte) int {
	t.Helper()
	n, problems := grammarProblems(nq)
	for i, p := range problems {
		if i == 10 {
			t.Fatalf("... and %d more", len(problems)-10)
		}
		t.Error(p)
	}
	return n
}

func TestNQuadsGrammarFixture(t *testing.T) {
	if n := checkGrammar(t, exportBytes(t, fixtureStore(t), export.NQuads, "")); n == 0 {
		t.Fatal("empty export")
	}
}

func TestNQuadsGrammarCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the corpus: skipped with -short")
	}
	n := checkGrammar(t, exportBytes(t, corpusStore(t), export.NQuads, ""))
	t.Logf("%d statements checked", n)
}

// The checker itself rejects what RDF tools reject.
func TestGrammarCheckerRejects(t *testing.T) {
	for _, line := range []string{
		`<urn:a> <urn:p> "True"^^<http://www.w3.org/2001/XMLSchema#boolean> <urn:g> .`,
		`<urn:a b> <urn:p> "x" <urn:g> .`,
		`<a> <urn:p> "x" <urn:g> .`,
		"<urn:a> <urn:p> \"two\nlines\" <urn:g> .",
	} {
		if _, problems := grammarProblems([]byte(line)); len(problems) == 0 {
			t.Errorf("checker accepted %q", line)
		}
	}
}
