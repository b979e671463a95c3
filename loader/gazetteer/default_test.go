package gazetteer

import "testing"

func TestDefaultLoads(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	t.Logf("%d entries", len(g.Entries()))
}
