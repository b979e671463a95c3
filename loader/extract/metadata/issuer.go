package metadata

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// issuerSite reports whether the document's URL is the issuer's own: a
// host the gazetteer lists for an organization (not an outlet), a host of
// a press-release wire (an outlet of type release-wire, which publishes
// releases as issued), or a government host (a label such as "gov" after
// the site's own name, see government_host_labels) that no outlet claims.
func (s metaStage) issuerSite(a *model.Analysis) bool {
	if a.Doc == nil || a.Doc.URL == "" {
		return false
	}
	if e := credits.SiteEntry(a.Gaz, a.Doc.URL); e != nil {
		return e.Kind == gazetteer.Organization || e.Type == "release-wire"
	}
	labels := strings.Split(gazetteer.Host(a.Doc.URL), ".")
	for _, l := range labels[min(1, len(labels)):] {
		if credits.ContainsFold(s.lex.GovernmentLabels, l) {
			return true
		}
	}
	return false
}

// speakerLabelRE matches a line opening with a speaker label in capitals,
// perhaps in emphasis marks: "*SECRETARY ROE:*", "MR. LEE:", "Q:".
var speakerLabelRE = regexp.MustCompile(`^[*_]{0,2}\p{Lu}[\p{Lu}. '’-]{0,40}:[*_]{0,2}\s`)

// transcript reports whether enough lines open with a speaker label
// (transcript_min_speaker_labels) for the text to be a transcript.
func (s metaStage) transcript(a *model.Analysis) bool {
	need := s.lex.SpeakerLabelsMin
	if need <= 0 {
		need = 2
	}
	n := 0
	for _, ln := range credits.ContentLinesOf(a) {
		if speakerLabelRE.MatchString(a.Body[ln.Start:ln.End]) {
			if n++; n >= need {
				return true
			}
		}
	}
	return false
}

// issuerOpening reports whether the first sentence of the text, outside
// quotations, is an issuer's announcement in the present tense (see
// primary_openings: "are pleased to announce").
func (s metaStage) issuerOpening(a *model.Analysis) bool {
	lines := credits.ContentLinesOf(a)
	for _, ln := range lines[:min(3, len(lines))] {
		text := a.Body[ln.Start:ln.End]
		if token.FieldCount(text) < 8 {
			continue // a headline or label line, not the first sentence
		}
		if i := strings.Index(text, ". "); i > 0 {
			text = text[:i]
		}
		low := strings.ToLower(text)
		for _, p := range s.lex.PrimaryOpenings {
			if i := strings.Index(low, strings.ToLower(p)); i >= 0 && !strings.ContainsAny(text[:i], "\"“") {
				return true
			}
		}
		return false
	}
	return false
}
