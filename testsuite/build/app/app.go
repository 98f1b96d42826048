// Package app calls the other packages of the module: gc-compare
// --build on it must agree with gc on every line (make check-build).
package app

import (
	"example.com/gebuild/codec"
	"example.com/gebuild/conf.v1"
	"example.com/gebuild/markdown/v2"
	"example.com/gebuild/pipeline"
)

var sink interface{}

func Kind(t markdown.NodeType, n *markdown.Node) {
	sink = t.String() + "!"
	sink = n.Literal() + "?"
}

func Section(s *conf.Section) string { return s.Name() + "." }

func First(p *int) (*int, error) { return conf.Pair(p) }

func FirstNamed(p *int) (*int, error) { return conf.Named(p) }

func Stages(x pipeline.Stage, b []byte) []byte {
	sink = pipeline.Chain(codec.Decode, x, codec.Encode)
	return pipeline.Run(codec.Decode, b, codec.Encode)
}

func Bytes(g *codec.Guarded) []byte { return g.Bytes() }

func Guarded(g *codec.Guarded) (err error) {
	defer g.Recover(&err)
	g.Lock()
	return nil
}
