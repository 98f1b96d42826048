// Package conf's import path ends in conf.v1.
package conf

type Section struct{ name string }

func (s *Section) Name() string { return s.name }

// Pair returns its argument first: a caller's second result gets
// nothing from it.
func Pair(p *int) (*int, error) { return p, nil }

func Named(p *int) (n *int, err error) { return p, nil }
