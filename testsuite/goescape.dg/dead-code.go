// { dg-do compile }
// gc's deadcode pass drops the branch of an if whose condition is a
// constant before escape analysis: the function literals there are never
// analysed nor reported (verdicts from gc 1.19).
package p

var gp *int

func constantIf(a0 int) {
	if 1 > 2 {
		defer func(a *int) {
			gp = a
		}(&a0)
	} else {
		gp = new(int) // { dg-message "11: new\\(int\\) escapes to heap" }
	}
	if 3 > 2 {
		gp = new(int) // { dg-message "11: new\\(int\\) escapes to heap" }
	} else {
		func() { gp = new(int) }()
	}
}

const debug = false

func constantName(p *int) { // { dg-message "19: p does not escape" }
	if debug {
		func(q *int) { gp = q }(p)
	}
}
