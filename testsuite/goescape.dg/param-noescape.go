// A parameter only read through does not escape.
// { dg-do compile }
package p

func read(p *int) int { // { dg-message "11: p does not escape" }
	return *p
}

func scalar(n int) int { // { dg-bogus "n does not escape" }
	return n + 1
}
