package overlap

import "testing"

func TestSharedStemsAndStopWords(t *testing.T) {
	a := Of("help to build defensive fortifications")
	b := Of("practical support in building the defensive fortification")
	n, c := Shared(a, b)
	if n != 3 || c != 0.75 {
		t.Fatalf("Shared = %d, %.2f; want 3 shared (build, defensive, fortification), coefficient 3/4 (a=%v b=%v)", n, c, a, b)
	}
	if n, c := Shared(Of("the summit would be held"), Of("a summit was held")); n != 2 || c != 1 {
		t.Fatalf("stop words counted: %d %.2f", n, c)
	}
	if _, c := Shared(Of("monitoring the ceasefire"), Of("Freedonian grain exports")); c != 0 {
		t.Fatalf("disjoint texts share %.2f", c)
	}
	if _, c := Shared(Of(""), Of("anything at all")); c != 0 {
		t.Fatalf("empty text shares %.2f", c)
	}
}

func TestWithoutAndUnion(t *testing.T) {
	w := Of("multinational force for peacekeeping")
	w.Union(Of("reassurance forces"))
	got := w.Without(Of("multinational force"))
	if _, ok := got["peacek"]; !ok || len(got) != 2 {
		t.Fatalf("Without = %v, want peacek and reassu (forces folded onto force)", got)
	}
}

func TestAgreeNeedsTwoWordsAndAThird(t *testing.T) {
	long := Of("Freedonia will send grain, fuel, medicine and engineers to Ruritania before winter")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"grain and fuel for Ruritania", true},                           // 3 of 4 words
		{"grain shipments", false},                                       // one word
		{"grain fuel tariffs quotas levies duties customs ports", false}, // 2 of 8 words
	} {
		if got := Agree(long, Of(c.text)); got != c.want {
			t.Errorf("Agree(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
