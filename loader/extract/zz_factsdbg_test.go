package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/gazetteer"
)

func TestFactsDebug(t *testing.T) {
	path := os.Getenv("FXDOC")
	if path == "" {
		t.Skip()
	}
	gaz, _ := gazetteer.Default()
	p, err := New(gaz, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := document.Read(path, document.Options{})
	a := NewAnalysis(docs[0], gaz)
	for _, s := range p.Stages {
		if _, ok := s.(commitmentStage); ok {
			break
		}
		s.Apply(a)
	}
	c := newFactContext(a)
	env := newCommitEnv(c, commitLexFor(t))
	cs := commitmentStage{lex: env.lex}
	for i := range a.Sents {
		for _, u := range commitUnits(c, env.lex, i) {
			for _, cand := range cs.analyse(env, u) {
				fmt.Printf("%d %+v\n   %q\n", i, cand, a.Body[u.start:u.end])
			}
		}
	}
}

func commitLexFor(t *testing.T) *commitLexicon {
	l, err := loadCommitLexicon(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	return l
}
