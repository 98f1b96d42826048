// { dg-do compile }
// goto and labelled loops: loop depth as gc sees it (verdicts from gc 1.19).
package p

var sink *int

// A label the code jumps back to is a loop.
func gotoLoop(n int) *int {
	var last *int
	i := 0
again:
	x := i // { dg-message "2: moved to heap: x" }
	last = &x
	i++
	if i < n {
		goto again
	}
	return last
}

// A forward goto makes no loop.
func gotoForward(n int) int {
	x := n
	p := &x
	if n > 0 {
		goto done
	}
	*p = 0
done:
	return *p
}

// An outer variable assigned the address of an inner one.
func labelled(n int) {
	var p *int
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			y := j // { dg-message "4: moved to heap: y" }
			p = &y
			if j > i {
				continue outer
			}
			if j > 3 {
				break outer
			}
		}
	}
	_ = p
}

// Declared outside the loop: does not escape.
func sameDepth(n int) {
	var p *int
	for i := 0; i < n; i++ {
		p = &i
	}
	_ = p
}
