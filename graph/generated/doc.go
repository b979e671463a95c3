// Package generated is the GraphQL executor gqlgen compiles from
// schema/*.graphqls (go tool gqlgen generate). Its other files are
// generated and never edited by hand; resolvers live in package graph.
package generated
