// A parameter returned leaks to the result, with its dereference level.
// { dg-do compile }
package p

type T struct{ p *int }

func identity(p *int) *int { // { dg-message "15: leaking param: p to result ~r0 level=0" }
	return p
}

func field(t *T) *int { // { dg-message "12: leaking param: t to result ~r0 level=1" }
	return t.p
}
