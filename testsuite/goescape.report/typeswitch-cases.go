// A type switch's variable: gc sends the guard's value into each
// clause's variable whose type has pointers, noted "switch case" on the
// clause as its CaseClause prints, through a temporary of its own when
// there are several, dereferenced for a type the interface holds by
// address.

package p

type stringer interface{ String() string }

var sink interface{}

func stringify(v any) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	}
	return "<not Stringer>"
}

func one(v any) *int {
	switch s := v.(type) {
	case *int:
		return s
	}
	return nil
}

func clauses(v any, n int) *int {
	switch s := v.(type) {
	case *int, *string:
		sink = s
	case []*int:
		if n > 0 && len(s) > n {
			return s[n]
		} else {
			n++
		}
		for i := range s {
			sink = s[i]
		}
	default:
		sink = s
		switch n {
		case 1:
			return nil
		}
	}
	return nil
}
