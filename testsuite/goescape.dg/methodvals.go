// { dg-do compile }
// Method values and method expressions (verdicts from gc 1.19).
package p

var sink interface{}

type T struct{ p *int }

func (t *T) Get() *int { return t.p } // { dg-message "7: leaking param: t to result ~r0 level=1" }
func (t T) Val() *int  { return t.p } // { dg-message "7: leaking param: t to result ~r0 level=0" }

// A method value binds its receiver in a closure.
func value(t *T) func() *int { // { dg-message "12: leaking param: t" }
	return t.Get // { dg-message "10: t\\.Get escapes to heap" }
}

func valueLocal() *int {
	t := &T{} // { dg-message "7: &T\\{\\} does not escape" }
	f := t.Get // { dg-message "8: t\\.Get does not escape" }
	return f()
}

func valueEscapes() {
	t := &T{} // { dg-message "7: &T\\{\\} escapes to heap" }
	sink = t.Get // { dg-message "10: t\\.Get escapes to heap" }
}

func valueOfValue(t T) func() *int { // { dg-message "19: leaking param: t" }
	return t.Val // { dg-message "10: t\\.Val escapes to heap" }
}

// A method expression is a plain function.
func expr(t *T) *int { // { dg-message "11: leaking param: t to result ~r0 level=1" }
	f := (*T).Get
	return f(t)
}

func exprValue(t T) *int { // { dg-message "16: leaking param: t to result ~r0 level=0" }
	return T.Val(t)
}

func exprGlobal() {
	sink = (*T).Get
}
