package extract

import "testing"

func TestMetaOutletFromCopyrightNotice(t *testing.T) {
	body := "Harbour pact signed after long talks\n\nThe two ports signed the pact on Monday after a week of talks.\n\n"
	cases := []struct{ url, footer, want, why string }{
		{"https://www.mirror-site.example/a", "© 2025 Harbour Daily. All rights reserved.", "Harbour Daily", "the site the notice names"},
		{"https://www.mirror-site.example/a", "Copyright © 2019-2025 Gateway Wire, Inc.", "Gateway Wire", "a known outlet, without the company suffix"},
		{"https://www.mirror-site.example/a", "Photo: © Jane Doe / AFP", "mirror-site.example", "a photo credit has no year: the bare host"},
		{"https://www.mirror-site.example/a", "© 2025 Harbour Media Holdings Ltd", "mirror-site.example", "a company is the publisher, not the site"},
		{"https://www.mirror-site.example/a", "The report covered events of 2025 by the harbour office.", "mirror-site.example", "no notice"},
		{"https://www.herald.example/a", "© 2025 Harbour Daily", "Ruritania Herald", "the outlet the gazetteer lists for the host comes first"},
	}
	for _, c := range cases {
		if got := metaStr(metaOf(t, c.url, body+c.footer+"\n").Outlet); got != c.want {
			t.Errorf("footer %q: outlet = %s, want %s (%s)", c.footer, got, c.want, c.why)
		}
	}
}

// On an unknown host, an outlet the text says reports comes before the
// bare host; one the text only cites does not.
func TestMetaSelfReportingOutletBeatsBareHost(t *testing.T) {
	url := "https://www.mirror-site.example/a"
	m := metaOf(t, url, "Ports sign pact\n\nRuritania Herald reports that the two ports signed the pact on Monday.\n")
	if metaStr(m.Outlet) != "Ruritania Herald" {
		t.Errorf("outlet = %s, want the outlet that reports", metaStr(m.Outlet))
	}
	m = metaOf(t, url, "Ports sign pact\n\nAccording to Ruritania Herald, the two ports signed the pact on Monday.\n")
	if metaStr(m.Outlet) != "mirror-site.example" {
		t.Errorf("outlet = %s, want the bare host when the outlet is only cited", metaStr(m.Outlet))
	}
}
