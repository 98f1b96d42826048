// Recursion, mutual recursion and loops.
package p

type List struct {
	next *List
	v    *int
}

var head *List

func length(l *List) int {
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func find(l *List, v *int) *List {
	if l == nil || l.v == v {
		return l
	}
	return find(l.next, v)
}

func push(l *List, v *int) *List {
	return &List{next: l, v: v}
}

func even(l *List) bool {
	if l == nil {
		return true
	}
	return odd(l.next)
}

func odd(l *List) bool {
	if l == nil {
		return false
	}
	return even(l.next)
}

func ping(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return pong(p, n-1)
}

func pong(p *int, n int) *int {
	if n == 0 {
		head = &List{v: p}
		return nil
	}
	return ping(p, n-1)
}

func build(n int) *List {
	var l *List
	for i := 0; i < n; i++ {
		v := i
		l = &List{next: l, v: &v}
	}
	return l
}

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := new(int)
		*p = i
		s += *p
	}
	return s
}

func outer(n int) *int {
	var keep *int
	for i := 0; i < n; i++ {
		x := i
		keep = &x
	}
	return keep
}

func nested(n int) int {
	var last *int
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			v := i * j
			last = &v
		}
	}
	return *last
}

func labelled(n int) int {
	var p *int
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			x := j
			p = &x
			if j > i {
				continue outer
			}
		}
	}
	return *p
}

func gotoLoop(n int) int {
	var p *int
	i := 0
again:
	x := i
	p = &x
	i++
	if i < n {
		goto again
	}
	return *p
}
