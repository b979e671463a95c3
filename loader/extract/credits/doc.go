// Package credits reads the front matter of a document body: bylines,
// photo and trailing credits (Of, Credit), the dates of header lines
// (FindHeaderDate), datelines (IsDateline, DatelineIn), and the outlet a
// site or a credit names (SiteEntry, OutletName).
//
// It is a shared layer, not a stage: the metadata stage takes the authors
// from the credits, the person stage their names, the role stage their
// roles, several stages skip datelines. The credits are computed once per
// document and lexicon on first use and kept on the Analysis
// (model.Cache).
//
// It READS Analysis.Body, the entity lexicon and the gazetteer; it ADDS
// nothing to the Analysis but that cached table. It imports model, token,
// lexicon and the gazetteer.
package credits
