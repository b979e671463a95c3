package model

import "github.com/kg-project/kg/loader/extract/token"

// Tokens returns the token layer of a.Body, building and registering it
// on first use.
func (a *Analysis) Tokens() *token.Layer { return token.Register(a.Body) }

// ReleaseTokens drops the layer of a.Body from the registry once the
// document is done.
func (a *Analysis) ReleaseTokens() { token.Release(a.Body) }
