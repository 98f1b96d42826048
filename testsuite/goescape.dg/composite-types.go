// { dg-do compile }
// Composite literals whose allocation depends on their type: elements
// of []*T and map[K]*T with &T elided, literals of named slice types
// (verdicts from gc 1.19).
package p

import "strings"

type Value struct{ Type, Unit string }

type Profile struct {
	Period *Value
	Sample []*Value
	ByName map[string]*Value
}

type errList []string

func (e errList) Error() string { return strings.Join(e, "; ") } // { dg-message "7: leaking param: e to result ~r0 level=1" }

func profile() *Profile {
	return &Profile{ // { dg-message "9: &Profile\\{\\.\\.\\.\\} escapes to heap" }
		Period: &Value{Type: "cpu", Unit: "nanoseconds"}, // { dg-message "11: &Value\\{\\.\\.\\.\\} escapes to heap" }
		Sample: []*Value{ // { dg-message "19: \\\[\\\]\\*Value\\{\\.\\.\\.\\} escapes to heap" }
			{Type: "samples", Unit: "count"}, // { dg-message "4: &Value\\{\\.\\.\\.\\} escapes to heap" }
			{}, // { dg-message "4: &Value\\{\\} escapes to heap" }
		},
		ByName: map[string]*Value{ // { dg-message "28: map\\\[string\\\]\\*Value\\{\\.\\.\\.\\} escapes to heap" }
			"cpu": {Type: "cpu"}, // { dg-message "11: &Value\\{\\.\\.\\.\\} escapes to heap" }
		},
	}
}

func local() int {
	vs := []*Value{{Type: "a"}, {Type: "b"}} // { dg-message "16: \\\[\\\]\\*Value\\{\\.\\.\\.\\} does not escape" }
	// { dg-message "17: &Value\\{\\.\\.\\.\\} does not escape" "" { target *-*-* } .-1 }
	// { dg-message "30: &Value\\{\\.\\.\\.\\} does not escape" "" { target *-*-* } .-2 }
	return len(vs)
}

var lastErrs errList

// (Returned as an error, errList{...} is reported twice at one place,
// for the backing array and for the interface box: DejaGnu cannot
// count two identical messages, so the literal is stored instead.)
func check(s string) (int, error) { // { dg-message "12: s does not escape" }
	if s == "" {
		lastErrs = errList{"empty"} // { dg-message "21: errList\\{\\.\\.\\.\\} escapes to heap" }
		return 0, nil
	}
	errs := errList{"a", "b"} // { dg-message "17: errList\\{\\.\\.\\.\\} does not escape" }
	return len(errs), nil
}

func joined(ss []string) string { // { dg-message "13: ss does not escape" }
	return strings.Join(ss, "\n") + "\n" // { dg-message "32: strings\\.Join\\(ss, \"\\\\n\"\\) \\+ \"\\\\n\" escapes to heap" }
}
