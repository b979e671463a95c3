// Package metadata is the metadata stage of extraction: it infers what
// the front matter and the url tell of a document that its fields do not
// give explicitly: the title, the outlet (from the site, a dateline or
// wire credit, a masthead or footer), the authors (from the bylines), the
// date (from a dated header line or a dateline) and the kind of text.
//
// It READS Analysis.Body, Doc, Sents, Dates, the gazetteer's outlet
// mentions (Analysis.Mentions) and the credits (package credits). It ADDS
// Result.Document and, when it learns the document date, re-resolves
// Analysis.Dates (model.ResolveDates).
package metadata
