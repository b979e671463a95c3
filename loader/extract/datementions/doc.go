// Package datementions is the date stage of extraction: it finds the date
// expressions of every segment and resolves them against the document
// date (the grammar and resolution rules are those of package dates).
//
// It READS Analysis.Sents and the document date (Result.Document.Date, else
// Doc.Date). It ADDS Analysis.Dates. A later stage that learns the document
// date calls model.ResolveDates.
package datementions
