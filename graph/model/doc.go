// Package model holds the GraphQL types gqlgen generates for schema types
// not bound to the query layer's own (graph/query); generated, never edited
// by hand.
package model
