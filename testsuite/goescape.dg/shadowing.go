// { dg-do compile }
// A type switch variable shadowing the parameter it switches on
// (verdicts from gc 1.19).
package p

type V interface{ K() int }

type sv struct{ s string }

func (s *sv) K() int { return 1 } // { dg-message "7: s does not escape" }

type bv bool

func (b bv) K() int { return 2 }

type iv int64

func (i iv) K() int { return 3 }

type pv struct{ p *int }

func (p pv) K() int { return 4 } // { dg-message "7: p does not escape" }

func mk(p *int) V { return pv{p} } // { dg-message "9: leaking param: p to result ~r0 level=0" }

func Make(x any) V { // { dg-message "11: leaking param content: x" }
	// { dg-message "11: leaking param: x to result ~r0 level=0" "" { target *-*-* } .-1 }
	switch x := x.(type) {
	case bool:
		return bv(x) // { dg-message "12: bv\\(x\\) escapes to heap" }
	case string:
		return &sv{s: x} // { dg-message "10: &sv\\{\\.\\.\\.\\} escapes to heap" }
	case int64:
		return iv(x) // { dg-message "12: iv\\(x\\) escapes to heap" }
	case *int:
		return mk(x)
	default:
		return nil
	}
}
