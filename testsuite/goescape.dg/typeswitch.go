// { dg-do compile }
// Type switches and assertions (verdicts from gc 1.19).
package p

var sink interface{}

type R interface{ Read() int }

func kind(x interface{}) int { // { dg-message "11: leaking param: x" }
	switch v := x.(type) {
	case int:
		return v
	case *int:
		return *v
	case R:
		return v.Read()
	}
	return 0
}

func keep(x interface{}) { // { dg-message "11: leaking param: x" }
	switch v := x.(type) {
	case *int:
		sink = v
	}
}

func get(x interface{}) *int { // { dg-message "10: leaking param: x to result ~r0 level=0" }
	switch v := x.(type) {
	case *int:
		return v
	default:
		return nil
	}
}

func asR(x interface{}) R { // { dg-message "10: leaking param: x to result ~r0 level=0" }
	r, _ := x.(R)
	return r
}

func noBind(x interface{}) bool { // { dg-message "13: x does not escape" }
	switch x.(type) {
	case int, string:
		return true
	}
	return false
}
