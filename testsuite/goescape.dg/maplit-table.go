// { dg-do compile }
// A map literal of constants and function literals: gccgo builds it
// from a constant table (__go_construct_map over .LC0), where gc has the
// literal's elements, each function literal an allocation that escapes
// into the map (verdicts from gc 1.19).
package p

type RR interface{ Header() int }

type A struct{ x int }

func (a *A) Header() int { return a.x } // { dg-message "7: a does not escape" }

var TypeToRR = map[uint16]func() RR{ // { dg-message "36: map\\\[uint16\\\]func\\(\\) RR\\{\\.\\.\\.\\} escapes to heap" }
	1: func() RR { return new(A) }, // { dg-message "5: func literal escapes to heap" }
	// { dg-message "27: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	2: func() RR { return new(A) }, // { dg-message "5: func literal escapes to heap" }
	// { dg-message "27: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	3: func() RR { return new(A) }, // { dg-message "5: func literal escapes to heap" }
	// { dg-message "27: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	4: func() RR { return new(A) }, // { dg-message "5: func literal escapes to heap" }
	// { dg-message "27: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	5: func() RR { return new(A) }, // { dg-message "5: func literal escapes to heap" }
	// { dg-message "27: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	6: func() RR { return new(A) }, // { dg-message "5: func literal escapes to heap" }
	// { dg-message "27: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	7: func() RR { return new(A) }, // { dg-message "5: func literal escapes to heap" }
	// { dg-message "27: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	8: func() RR { return new(A) }, // { dg-message "5: func literal escapes to heap" }
	// { dg-message "27: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	9: func() RR { return new(A) }, // { dg-message "5: func literal escapes to heap" }
	// { dg-message "27: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	10: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	11: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	12: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	13: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	14: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	15: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	16: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	17: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	18: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	19: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	20: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	21: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	22: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	23: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
	24: func() RR { return new(A) }, // { dg-message "6: func literal escapes to heap" }
	// { dg-message "28: new\\(A\\) escapes to heap" "" { target *-*-* } .-1 }
}
