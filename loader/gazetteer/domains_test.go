package gazetteer

import "testing"

func TestByDomain(t *testing.T) {
	g, err := New([]Entry{
		{ID: "ruritania-herald", Kind: Outlet, Name: "Ruritania Herald", Domains: []string{"herald.example", "rherald.co.example"}},
		{ID: "freedonia-union", Kind: Organization, Name: "Freedonian Union", Domains: []string{"fu.example"}},
	})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	cases := map[string]string{
		"https://www.herald.example/2025/05/story.html": "Ruritania Herald",
		"http://herald.example":                         "Ruritania Herald",
		"herald.example":                                "Ruritania Herald",
		"https://WWW.Herald.Example:8080/x":             "Ruritania Herald",
		"https://today.rherald.co.example/a":            "Ruritania Herald",
		"https://press.fu.example/en/2025/x.htm":        "Freedonian Union",
		"https://notherald.example/x":                   "",
		"https://example/x":                             "",
		"":                                              "",
	}
	for in, want := range cases {
		e, ok := g.ByDomain(in)
		got := ""
		if ok {
			got = e.Name
		}
		if got != want {
			t.Errorf("ByDomain(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHost(t *testing.T) {
	cases := map[string]string{
		"https://www.site.example/a?b=c": "site.example",
		"http://o1.host.example/x":       "o1.host.example",
		"site.example":                   "site.example",
		"  ":                             "",
	}
	for in, want := range cases {
		if got := Host(in); got != want {
			t.Errorf("Host(%q) = %q, want %q", in, got, want)
		}
	}
}
