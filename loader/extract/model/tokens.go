package model

import "github.com/kg-project/kg/loader/extract/token"

// Tokens returns the token layer of a.Body, building and registering it
// on first use, on the document's one lowered body (LowerBody).
func (a *Analysis) Tokens() *token.Layer {
	if l := token.FindLayer(a.Body); l != nil {
		return l
	}
	return token.RegisterLowered(a.Body, LowerBody(a))
}

// ReleaseTokens drops the layer of a.Body from the registry once the
// document is done.
func (a *Analysis) ReleaseTokens() { token.Release(a.Body) }
