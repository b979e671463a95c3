// Package credits reads the front matter of a document body: bylines,
// photo and trailing credits (Of, Credit) and the dates of header lines
// (FindHeaderDate). It is a shared layer, not a stage: the metadata stage
// takes the authors from the credits, the person stage their names, the
// role stage their roles, so the credits are computed once per document
// and lexicon on first use and kept on the Analysis (model.Cache).
//
// It READS Analysis.Body and the entity lexicon; it ADDS nothing to the
// Analysis but that cached table. It imports model, token and lexicon.
package credits
