package extract

import "testing"
import "github.com/kg-project/kg/loader/extract/model"

// metaOf runs the entity stages over body published at url.
func metaOf(t *testing.T, url, body string) model.Meta {
	t.Helper()
	return runEntityStagesDoc(t, body, func(d *documentFields) { d.URL = url }).Result.Document
}

func TestMetaOutletFromURL(t *testing.T) {
	body := "Harbour pact signed after long talks\n\nThe two ports signed the pact on Monday after a week of talks.\n"
	cases := []struct{ url, want, why string }{
		{"https://www.herald.example/2025/05/harbour-pact", "Ruritania Herald", "the outlet the gazetteer lists for the host"},
		{"https://live.herald.example/x", "Ruritania Herald", "a subdomain of the outlet's host"},
		{"https://www.mirror-site.example/harbour-pact", "mirror-site.example", "the bare host of an unknown site"},
		{"", "<nil>", "no URL and no credit"},
	}
	for _, c := range cases {
		if got := metaStr(metaOf(t, c.url, body).Outlet); got != c.want {
			t.Errorf("url %q: outlet = %s, want %s (%s)", c.url, got, c.want, c.why)
		}
	}
}

func TestMetaTextCreditBeatsURL(t *testing.T) {
	// Agency copy on a local site: the credit of the dateline, also when a
	// dash stands before it.
	m := metaOf(t, "https://www.mirror-site.example/a", "LISBON — (Reuters) — Ministers met at the port on Monday.\n")
	if metaStr(m.Outlet) != "Reuters" {
		t.Errorf("outlet = %s, want Reuters from the dateline credit", metaStr(m.Outlet))
	}
	// A compound credit naming the site and an agency: the agency.
	m = metaOf(t, "https://herald.example/b", "(Ruritania Herald- Interfax) Ministers met at the port on Monday.\n")
	if metaStr(m.Outlet) != "Interfax" {
		t.Errorf("outlet = %s, want the syndicated agency Interfax, not the site", metaStr(m.Outlet))
	}
}

func TestMetaKindFromIssuerSite(t *testing.T) {
	body := "Harbour pact signed after long talks\n\nThe two ports signed the pact on Monday after a week of talks.\n"
	cases := []struct{ url, kind, outlet, why string }{
		{"https://www.nato.example/news/1.htm", "primary", "NATO", "an organization's own site"},
		{"https://gatewaywire.example/article/9", "primary", "Gateway Wire", "a press-release wire"},
		{"https://www.mof.gov.example/?p=7", "primary", "mof.gov.example", "a government host"},
		{"https://news.gov.example/a", "secondary", "State News Agency", "an outlet on a government host"},
		{"https://www.herald.example/a", "secondary", "Ruritania Herald", "a news outlet"},
		{"https://gov.example/a", "secondary", "gov.example", "'gov' as the site's own name"},
	}
	for _, c := range cases {
		m := metaOf(t, c.url, body)
		if m.Kind != c.kind || metaStr(m.Outlet) != c.outlet {
			t.Errorf("url %q: kind %s, outlet %s; want %s, %s (%s)", c.url, m.Kind, metaStr(m.Outlet), c.kind, c.outlet, c.why)
		}
	}
}

func TestMetaKindFromTextShape(t *testing.T) {
	transcript := "Remarks to the press\n\n*MINISTER ROE:* Thank you all for coming today to the port.\n\n*QUESTION:* Will the port stay open?\n\n*MINISTER ROE:* It will.\n"
	if k := metaOf(t, "", transcript).Kind; k != "primary" {
		t.Errorf("transcript: kind = %s, want primary from the speaker labels", k)
	}
	opening := "The Republic of Ruritania and the Kingdom of Freedonia are pleased to announce that their ports will open on Monday.\n"
	if k := metaOf(t, "", opening).Kind; k != "primary" {
		t.Errorf("announcement: kind = %s, want primary", k)
	}
	reported := "Officials said the two states were pleased to announce the opening of their ports on Monday.\n\nThe ports open next week.\n"
	if k := metaOf(t, "", reported).Kind; k != "secondary" {
		t.Errorf("reported announcement: kind = %s, want secondary", k)
	}
	quoted := "\"We are pleased to announce an opening,\" the minister said on Monday at the port of the capital.\n"
	if k := metaOf(t, "", quoted).Kind; k != "secondary" {
		t.Errorf("quoted announcement: kind = %s, want secondary", k)
	}
}

func TestMetaSourceLineOutlet(t *testing.T) {
	m := runEntityStages(t, "Harbourwatch 6 December 2024\nThe ports of Freedonia agreed a new code on Friday.\n", nil).Result.Document
	if metaStr(m.Outlet) != "Harbourwatch" {
		t.Errorf("outlet %s, want the name of the source line", metaStr(m.Outlet))
	}
	m = runEntityStages(t, "Paris 6 December 2024\nThe ports of Freedonia agreed a new code on Friday.\n", nil).Result.Document
	if m.Outlet != nil {
		t.Errorf("outlet %s, want none: the line names a place", metaStr(m.Outlet))
	}
}
