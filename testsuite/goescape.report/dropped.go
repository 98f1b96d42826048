// Unexported functions nothing calls: gc reports them; at -O1 and above
// GCC drops them before the plugin's pass unless keep=yes keeps them
// (dg.exp compiles this file at -O2 both ways: with keep=yes the report
// is gc's, without it a note says what is missing).
package p

var sink interface{}

func unused(p *int) *int { return p }

func helper(q *int) { sink = q }

func caller() {
	x := 0
	helper(&x)
}

func Exported(z *int) { sink = z }
