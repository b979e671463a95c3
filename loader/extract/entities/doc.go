// Package entities holds the entity stages of extraction: the gazetteer
// match (countries, organizations, outlets, places the gazetteer knows,
// capitals and seats standing for governments), persons (names, titled
// names, bylines and speakers), organizations (named bodies, companies,
// bodies described by a country word), places, and the assembly of the
// mentions into Result entities.
//
// The stages READ Analysis.Body, Sents, Dates, the credits (package
// credits), the entity lexicon and the gazetteer, and each other's
// mentions through Analysis.Mentions (in pipeline order: gazetteer match,
// persons, organizations, companies, places; coreference runs between
// them and adds its own). They ADD Analysis.Mentions, Analysis.ListedOnly
// and Result.Persons, Countries, Organizations and Places.
package entities
