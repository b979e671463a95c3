package extract

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/loader/extract/credits"
)

func metaStr(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func TestMetaDatelineBylineAndCredit(t *testing.T) {
	body := "By Jane Roe\n\nLISBON, March 3, 2025 (Reuters) - Ministers met at the port.\n\n(Reporting by Tom Lee; Editing by Ann Park)\n"
	m := runEntityStages(t, body, nil).Result.Document
	if metaStr(m.Date) != "2025-03-03" {
		t.Errorf("date = %s, want 2025-03-03 from the dateline", metaStr(m.Date))
	}
	if metaStr(m.Outlet) != "Reuters" {
		t.Errorf("outlet = %s, want Reuters from the dateline credit", metaStr(m.Outlet))
	}
	if !slices.Equal(m.Authors, []string{"Jane Roe", "Tom Lee"}) {
		t.Errorf("authors = %v, want byline and reporting credit, not the editor", m.Authors)
	}
	if m.Title != nil {
		t.Errorf("title = %q, want none when the text opens with a byline", *m.Title)
	}
	if m.Kind != "secondary" {
		t.Errorf("kind = %s, want secondary", m.Kind)
	}
}

func TestMetaDatelineWithoutYearLeavesDateUnknown(t *testing.T) {
	m := runEntityStages(t, "LISBON, March 3 (Reuters) - Ministers met.\n", nil).Result.Document
	if m.Date != nil {
		t.Errorf("date = %s, want null: the dateline states no year", *m.Date)
	}
}

func TestMetaHeadlineAndSelfReport(t *testing.T) {
	body := "Harbour pact signed after long talks\nThe two ports signed the pact on Monday, Portnews.Pt reports.\nAccording to AFP, the deal is worth little.\nBy Ana Silva\n"
	m := runEntityStages(t, body, nil).Result.Document
	if metaStr(m.Title) != "Harbour pact signed after long talks" {
		t.Errorf("title = %s", metaStr(m.Title))
	}
	if metaStr(m.Outlet) != "Portnews.Pt" {
		t.Errorf("outlet = %s, want the self-reporting site, not the relayed AFP", metaStr(m.Outlet))
	}
	if !slices.Equal(m.Authors, []string{"Ana Silva"}) {
		t.Errorf("authors = %v, want the closing byline", m.Authors)
	}
	if m.Date != nil {
		t.Errorf("date = %s, want null", *m.Date)
	}
}

func TestMetaRelayedOutletIsNotTheOutlet(t *testing.T) {
	body := "Ports to merge next year\nAs reported by Reuters, the ports will merge.\n"
	m := runEntityStages(t, body, nil).Result.Document
	if m.Outlet != nil {
		t.Errorf("outlet = %s, want null for a relayed outlet", *m.Outlet)
	}
}

func TestMetaStatementIsPrimary(t *testing.T) {
	body := "---\n\n*Lisbon, 3rd of March 2025*\n\n## **JOINT STATEMENT OF THE HARBOUR PARTNERS**\n\nWe met today. We agreed to keep the ports open.\n"
	m := runEntityStages(t, body, nil).Result.Document
	if metaStr(m.Date) != "2025-03-03" {
		t.Errorf("date = %s, want 2025-03-03 from the dated line", metaStr(m.Date))
	}
	if metaStr(m.Title) != "JOINT STATEMENT OF THE HARBOUR PARTNERS" {
		t.Errorf("title = %s, want the heading without its marks", metaStr(m.Title))
	}
	if m.Kind != "primary" {
		t.Errorf("kind = %s, want primary", m.Kind)
	}
	if ev, ok := m.Evidence["title"]; !ok || ev.Text != "JOINT STATEMENT OF THE HARBOUR PARTNERS" {
		t.Errorf("title evidence = %+v", ev)
	}
}

func TestMetaQuotedWeIsSecondary(t *testing.T) {
	body := "Ports agree\n\"We agreed to talk,\" the mayor said. \"We will meet again,\" she added.\n"
	m := runEntityStages(t, body, nil).Result.Document
	if m.Kind != "secondary" {
		t.Errorf("kind = %s, want secondary: the first person is quoted", m.Kind)
	}
}

func TestMetaPhotoCaptionIsNoTitle(t *testing.T) {
	body := "The mayor (L) greets the minister at the port. © Jean DUPONT / AFP\n\nThe ports met.\n"
	m := runEntityStages(t, body, nil).Result.Document
	if m.Title != nil || m.Outlet != nil {
		t.Errorf("title %s outlet %s, want both null for a photo caption", metaStr(m.Title), metaStr(m.Outlet))
	}
}

func TestMetaExplicitFieldsWin(t *testing.T) {
	body := "LISBON, March 3, 2025 (Reuters) - Ministers met.\n"
	a := runEntityStagesDoc(t, body, func(d *documentFields) {
		d.Date, d.Outlet = "2024-12-31", "Harbour Times"
		d.Explicit = map[string]bool{"date": true, "outlet": true}
	})
	m := a.Result.Document
	if metaStr(m.Date) != "2024-12-31" || metaStr(m.Outlet) != "Harbour Times" {
		t.Errorf("date %s outlet %s, want the explicit values kept", metaStr(m.Date), metaStr(m.Outlet))
	}
}

func TestFindHeaderDate(t *testing.T) {
	for in, want := range map[string]string{
		"6th of January 2026": "2026-01-06",
		"January 6, 2026":     "2026-01-06",
		"Jan. 6 2026":         "2026-01-06",
		"2026-01-06":          "2026-01-06",
		"6 January":           "",
		"31 February 2026":    "",
	} {
		d, ok := credits.FindHeaderDate(in)
		if got := d.String(0); !ok && want != "" || got != want {
			t.Errorf("findHeaderDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMetaPressReleaseAndMasthead(t *testing.T) {
	m := runEntityStages(t, "Press release\nLisbon, 3 March 2025\n\nPorts agree on a new harbour code\n\nThe ports agreed.\n", nil).Result.Document
	if metaStr(m.Title) != "Ports agree on a new harbour code" || m.Kind != "primary" || metaStr(m.Date) != "2025-03-03" {
		t.Errorf("title %s kind %s date %s, want the headline after the label, primary, 2025-03-03", metaStr(m.Title), m.Kind, metaStr(m.Date))
	}
	m = runEntityStages(t, "Reuters\n\nPorts agree on a new harbour code\n\nThe ports agreed.\n", nil).Result.Document
	if metaStr(m.Title) != "Ports agree on a new harbour code" || metaStr(m.Outlet) != "Reuters" || m.Kind != "secondary" {
		t.Errorf("title %s outlet %s kind %s, want the masthead as outlet", metaStr(m.Title), metaStr(m.Outlet), m.Kind)
	}
}

func TestMetaCRLF(t *testing.T) {
	body := "By Jane Roe\r\n\r\nLISBON, March 3, 2025 (Reuters) - Belgian Prime Minister Jan Peeters met ministers in Paris.\r\n"
	a := runEntityStages(t, body, nil)
	m := a.Result.Document
	if metaStr(m.Date) != "2025-03-03" || metaStr(m.Outlet) != "Reuters" || !slices.Equal(m.Authors, []string{"Jane Roe"}) {
		t.Errorf("date %s outlet %s authors %v", metaStr(m.Date), metaStr(m.Outlet), m.Authors)
	}
	if got := entityNames(a.Result.Places); !slices.Equal(got, []string{"Lisbon", "Paris"}) {
		t.Errorf("places = %v", got)
	}
}

func TestHasDash(t *testing.T) {
	for s, want := range map[string]bool{"ROME (Agency) - Talks": true, "KYIV — Talks": true, "KYIV – Talks": true, "Zürich “talks”": false, "no dash": false} {
		if got := credits.HasDash(s); got != want {
			t.Errorf("hasDash(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMetaCreditOnlyDateline(t *testing.T) {
	m := runEntityStages(t, "(Reuters) \u2013 The ministers met on Monday.\n", nil).Result.Document
	if metaStr(m.Outlet) != "Reuters" {
		t.Errorf("outlet = %s, want Reuters from a dateline without its place", metaStr(m.Outlet))
	}
	m = runEntityStages(t, "(Updated) - The ministers met on Monday.\n", nil).Result.Document
	if m.Outlet != nil {
		t.Errorf("outlet = %s, want null: the credit is no known outlet", *m.Outlet)
	}
}

func TestMetaCompoundCreditWithoutDash(t *testing.T) {
	m := runEntityStages(t, "(Wire- Reuters) The ministers met on Monday.\n", nil).Result.Document
	if metaStr(m.Outlet) != "Reuters" {
		t.Errorf("outlet = %s, want Reuters, the known part of the credit", metaStr(m.Outlet))
	}
}

func TestMetaHyphenatedCreditIsWhole(t *testing.T) {
	m := runEntityStages(t, "(Interfax-Ukraine) - The ministers met on Monday.\n", nil).Result.Document
	if metaStr(m.Outlet) != "Interfax-Ukraine" {
		t.Errorf("outlet = %s, want the whole credit Interfax-Ukraine", metaStr(m.Outlet))
	}
}

func TestMetaCreditAfterAHeadline(t *testing.T) {
	m := runEntityStages(t, "Ports to merge next year\n(Reuters) The ministers met on Monday.\n", nil).Result.Document
	if metaStr(m.Outlet) != "Reuters" {
		t.Errorf("outlet = %s, want Reuters from the credit under the headline", metaStr(m.Outlet))
	}
}
