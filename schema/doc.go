// Package schema is kg's data model in one place: the GraphQL SDL files
// (*.graphqls, compiled by gqlgen into package graph) and the quad
// vocabulary (vocab.go) that the loader writes and the query layer reads.
//
// No other package spells a predicate or class IRI as a string literal:
// they use the constants here, so the store's shape is defined exactly once.
package schema
