// Package numbers is the numbers stage of extraction: numeric expressions
// with their qualifier, range, scale, currency or counted noun (Stage), and
// the numeric claims built from those that count or measure something
// (ClaimsStage).
//
// It READS Analysis.Sents, Analysis.Dates (dates are not numbers) and the
// numbers lexicon (data/lexicon/numbers.yaml). Stage ADDS Analysis.Numbers;
// ClaimsStage ADDS Result.NumericClaims.
package numbers
