// { dg-do compile }
// { dg-options "-O2 -fplugin-arg-goescape-keep=yes" }
// At -O1 and above GCC drops the unexported functions nothing calls
// before any GIMPLE pass; keep=yes keeps them until the plugin has read
// them, so that the report is gc's (gc 1.19's verdicts) at -O2 as at -O0.
package p

var sink interface{}

type T struct{ p *int }

func unused(p *int) *int { return p } // { dg-message "13: leaking param: p to result ~r0 level=0" }

func (t *T) get() *int { return t.p } // { dg-message "7: leaking param: t to result ~r0 level=1" }

// Reached only from another function nothing calls.
func helper(q *int) { sink = q } // { dg-message "13: leaking param: q" }

func caller() { // the local's address goes to helper
	x := 0 // { dg-message "2: moved to heap: x" }
	helper(&x)
}

func literal() func() int {
	y := 1
	return func() int { return y } // { dg-message "9: func literal escapes to heap" }
}

func Exported(z *int) { sink = z } // { dg-message "15: leaking param: z" }
