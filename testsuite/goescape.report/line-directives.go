// Generated code says where its lines come from (goyacc, cgo): gc's
// positions follow //line directives, without columns where a directive
// gives none, with the column relative on a directive's first line
// where it gives one, and with no file where it names none.
package p

var sink interface{}

type T struct{ x *int }

//line gen.y:10
func (t *T) leak(p *int) *int {
	sink = new(int)
	return p
}

//line gen.y:100
func other(q *int) {
	sink = q
}

//line gen.y:200:5
func cols(p *int) *int {
	sink = new(int)
	return p
}

//line :300
func nofile(q *int) {
	sink = q
}

//line line-directives.go:34
func back(r *int) *int { return r }
