package query

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Reference answers over a node's quads as read (the props methods before
// nodes were compacted), to check the compacted ones against.

func refValues(ls []labelled) []quad.Value {
	var out []quad.Value
	seen := make(map[quad.Value]bool)
	for _, l := range ls {
		if !seen[l.val] {
			seen[l.val] = true
			out = append(out, l.val)
		}
	}
	return out
}

func refIRIs(ls []labelled) []quad.IRI {
	var out []quad.IRI
	for _, v := range refValues(ls) {
		if i, ok := v.(quad.IRI); ok {
			out = append(out, i)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func refStrs(ls []labelled) []string {
	var out []string
	for _, v := range refValues(ls) {
		if s, ok := v.(quad.String); ok {
			out = append(out, string(s))
		}
	}
	sort.Strings(out)
	return out
}

func refStr(ls []labelled) string {
	count := make(map[string]int)
	for _, l := range ls {
		s, ok := l.val.(quad.String)
		if !ok {
			continue
		}
		if l.label == schema.GazetteerLabel {
			return string(s)
		}
		count[string(s)]++
	}
	best, n := "", 0
	for s, c := range count {
		if c > n || (c == n && s < best) {
			best, n = s, c
		}
	}
	return best
}

// TestCompactedPropsAnswerAsRead compares the compacted props with the
// reference answers on random nodes: strings, IRIs and numbers, repeated
// under the gazetteer's and documents' labels and none (hub reads).
func TestCompactedPropsAnswerAsRead(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pool := []quad.Value{quad.String("b"), quad.String("a"), quad.String("c"), quad.IRI("x:2"), quad.IRI("x:1"),
		quad.Int(3), quad.Int(1), quad.Bool(true), quad.Float(2.5)}
	labels := []quad.Value{nil, schema.GazetteerLabel, schema.SourceIRI("d1"), schema.SourceIRI("d2")}
	preds := []quad.IRI{schema.Name, schema.Type, schema.Start, schema.Value}
	for i := 0; i < 3000; i++ {
		out := map[quad.IRI][]labelled{}
		for _, pred := range preds[:rng.IntN(len(preds)+1)] {
			for j := rng.IntN(12); j > 0; j-- {
				out[pred] = append(out[pred], labelled{val: pool[rng.IntN(len(pool))], label: labels[rng.IntN(len(labels))]})
			}
		}
		read := map[quad.IRI][]labelled{}
		for k, v := range out {
			read[k] = append([]labelled(nil), v...)
		}
		p := (&props{iri: "x:node", out: out}).compact()
		if p.exists() != (len(read) > 0) {
			t.Fatalf("node %d: exists %v with %d predicates", i, p.exists(), len(read))
		}
		for _, pred := range append(preds, schema.Title) {
			ls := read[pred]
			if got, want := p.values(pred), refValues(ls); !reflect.DeepEqual(got, want) {
				t.Fatalf("node %d %s: values %v, want %v", i, pred, got, want)
			}
			if got, want := p.iris(pred), refIRIs(ls); !reflect.DeepEqual(got, want) {
				t.Fatalf("node %d %s: iris %v, want %v", i, pred, got, want)
			}
			if got, want := p.strs(pred), refStrs(ls); !reflect.DeepEqual(got, want) {
				t.Fatalf("node %d %s: strs %v, want %v", i, pred, got, want)
			}
			if got, want := p.str(pred), refStr(ls); got != want {
				t.Fatalf("node %d %s: str %q, want %q (quads %v)", i, pred, got, want, ls)
			}
		}
	}
}
