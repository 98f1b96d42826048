// A type switch's variable is one per clause, which gc declares at the
// clause's colon (gccgo: every one at the guard).
package p

type BoolArray []bool
type IntArray []int

func f(a interface{}) interface{} {
	switch a := a.(type) {
	case []bool:
		return (*BoolArray)(&a)
	case []int:
		return (*IntArray)(&a)
	case *int, *string:
		return &a
	}
	return nil
}

var sink interface{}

func g(x interface{}) {
	switch v := x.(type) {
	case int:
		sink = &v
	case string:
		_ = v
	default:
		sink = &v
	}
}

func h(x interface{}) int {
	switch y := x.(type) {
	case nil:
		return 0
	case []int:
		p := &y
		return len(*p)
	}
	return 1
}
