// Unexported functions nothing calls: gc reports them.  At -O1 and
// above GCC drops them before the plugin's pass, which reads them at the
// end of the unit; keep=yes keeps them alive instead (dg.exp compiles
// this file at every level, both ways).  Closures and go statements in
// them too: their records and thunks are dropped with them.
package p

var sink interface{}

func unused(p *int) *int { return p }

func helper(q *int) { sink = q }

func caller() {
	x := 0
	helper(&x)
}

func viaClosure(x **int) {
	var i int
	p := &i
	func() {
		*x = p
	}()
}

func Exported(z *int) { sink = z }
