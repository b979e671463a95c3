// Package roles is the role stage of extraction: it gives each person the
// roles the text states (a title before the name, an appositive after it,
// a byline or credit), with the country or body they hold it in.
//
// It READS Analysis.Body, Mentions and Result.Persons (so it runs after the
// entities stage), the credits (package credits), the entity lexicon, its
// titles and the gazetteer. It ADDS the roles of Result.Persons.
package roles
