// Package conf is compiled as m/conf.v1, a path with a dot in its last
// element (../names.go).
package conf

type Section struct{ name string }

func (s *Section) Name() string { return s.name }

func (s Section) Key() string { return s.name }
