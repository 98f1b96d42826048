// Loop depth: a variable declared outside a loop outlives allocations made
// inside it.
// { dg-do compile }
package p

func loop() *int {
	var l *int
	for i := 0; i < 3; i++ {
		l = new(int) // { dg-message "10: new\\(int\\) escapes to heap" }
	}
	return l
}

func inLoop() int {
	s := 0
	for i := 0; i < 3; i++ {
		p := new(int) // { dg-message "11: new\\(int\\) does not escape" }
		s += *p
	}
	return s
}
