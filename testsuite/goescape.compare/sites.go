// Every kind of allocation site, each where gc and gccgo agree that it
// goes to the heap and where they agree that it does not.

package p

type T struct{ a, b int }

func (t T) M() int { return t.a }

var (
	sink    interface{}
	ptr     *int
	tptr    *T
	ints    []int
	fn      func() int
	str     string
	bytes   []byte
	strings []string
)

func variables() int {
	x := 1
	ptr = &x // moved to heap
	y := 2
	p := &y // stays
	return *p
}

func news() int {
	ptr = new(int)
	q := new(int)
	return *q
}

func literals() int {
	tptr = &T{1, 2}
	t := &T{3, 4}
	ints = []int{1, 2, 3}
	s := []int{4, 5}
	return t.a + s[0]
}

func makes(n int) int {
	ints = make([]int, 4)
	s := make([]int, 8)
	v := make([]int, n) // non-constant: the heap for both
	return len(s) + len(v)
}

func closures(n int) int {
	fn = func() int { return n }
	f := func() int { return n + 1 }
	return f()
}

func conversions(n int, t T) {
	sink = n
	var i interface{} = t
	_ = i
}

func strs(s string, b []byte, r rune) int {
	str = s + "!"
	t := s + "?"
	str = string(b)
	u := string(b)
	bytes = []byte(s)
	c := []byte(s)
	str = string(r)
	return len(t) + len(u) + len(c)
}

func variadic(xs ...int) int { return len(xs) }

func keep(xs ...int) { ints = xs }

func dots() int {
	keep(1, 2)
	return variadic(3, 4)
}

func methodValues(t T) int {
	fn = t.M
	f := t.M
	return f()
}
