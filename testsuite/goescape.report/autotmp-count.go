// gc's temporaries numbered across scopes, clauses, literals and
// declarations after them.
package p

import "time"

var sink interface{}

func a(int, string) {
	sink = time.Until(time.Now()).String() + "y"
}

func (time2) b(_ int) {
	sink = time.Until(time.Now()).String() + "y"
}

type time2 struct{}

func c(m map[int]int) {
	for k, v := range m {
		_, _ = k, v
	}
	if x := len(m); x > 0 {
		y, z := 1, 2
		_, _ = y, z
	}
	y, w := 3, 4
	y, w2 := 5, 6
	_, _, _ = y, w, w2
	sink = time.Until(time.Now()).String() + "y"
	f := func(q int) { sink = time.Until(time.Now()).String() + "z" }
	f(1)
	var (
		r, s int
	)
	_, _ = r, s
	sink = time.Until(time.Now()).String() + "w"
}

func d(x interface{}) {
	switch v := x.(type) {
	case int:
		_ = v
	case string:
		_ = v
	}
	sink = time.Until(time.Now()).String() + "y"
}

func a4(d time.Time) {
	z := time.Until(d).String() + "y"
	sink = z
	w := time.Until(d).String() + "w"
	sink = w
}

func b4(d time.Time) {
	for i := 0; i < 3; i++ {
		sink = time.Until(d).String() + "y"
	}
	for i := 0; i < 3; i++ {
		sink = time.Until(d).String() + "y"
	}
}
