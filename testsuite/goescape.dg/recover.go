// { dg-do compile }
// Functions that call recover, which gccgo splits into a wrapper and a
// body (verdicts from gc 1.19).
package p

type W struct{ x int }

func (b *W) handlePanic(err *error, op string) { // { dg-message "7: b does not escape" }
	// { dg-message "25: err does not escape" "" { target *-*-* } .-1 }
	// { dg-message "37: op does not escape" "" { target *-*-* } .-2 }
	if e := recover(); e != nil {
		panic("panic during " + op) // { dg-message "27: \"panic during \" \\+ op escapes to heap" }
	// { dg-message "25: \"panic during \" \\+ op escapes to heap" "" { target *-*-* } .-1 }
	}
}

func (b *W) flush() (err error) { // { dg-message "7: b does not escape" }
	defer b.handlePanic(&err, "Flush")
	return nil
}

func plain(p *int) (q *int) { // { dg-message "12: leaking param: p to result q level=0" }
	defer func() { // { dg-message "8: func literal does not escape" }
		if recover() != nil {
			q = p
		}
	}()
	return nil
}

func plain2(p *int) *int { // { dg-message "13: leaking param: p to result ~r0 level=0" }
	recover()
	return p
}

func (w W) val(p *int) *int { // { dg-message "16: leaking param: p to result ~r0 level=0" }
	recover()
	return p
}
