// Package a is imported by ../imports.go: its summaries decide the
// importer's verdicts.
package a

type T struct{ p *int }

var sink *int

func Keep(p *int) *int   { return p }
func Drop(p *int) int    { return *p }
func Leak(p *int)        { sink = p }
func Content(pp **int)   { sink = *pp }
func (t *T) Set(p *int)  { t.p = p }
func (t T) Get() *int    { return t.p }
func (t *T) Store()      { sink = t.p }

// R is passed by address to its value methods.
type R struct {
	name string
	n    int
}

func (r R) Name() string { return r.name }

// Several results: the first, the second, and named ones (their record
// fields carry the names in the importer's trees).
func Pair(p *int) (*int, error)          { return p, nil }
func Second(p *int) (error, *int)        { return nil, p }
func Named(p *int) (n *int, err error)   { return p, nil }
func Both(p, q *int) (x, y *int)         { return q, p }
