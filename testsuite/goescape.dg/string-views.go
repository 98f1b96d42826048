// { dg-do compile }
// string(b) compared, used as a map key or concatenated: gccgo makes no
// copy, gc reports the conversion as not escaping (verdicts from gc 1.19).
package p

func eq(b []byte) bool { // { dg-message "9: b does not escape" }
	return string(b[:2]) != "ab" // { dg-message "15: string\\(b\\\[:2\\\]\\) does not escape" }
}

func sw(b []byte) int { // { dg-message "9: b does not escape" }
	switch string(b) { // { dg-message "15: string\\(b\\) does not escape" }
	case "x":
		return 1
	}
	return 0
}

func m(mm map[string]int, b []byte) int { // { dg-message "8: mm does not escape" }
	// { dg-message "27: b does not escape" "" { target *-*-* } .-1 }
	return mm[string(b)] // { dg-message "18: string\\(b\\) does not escape" }
}

func cat(b []byte) string { // { dg-message "10: b does not escape" }
	return "a" + string(b) // { dg-message "13: \"a\" \\+ string\\(b\\) escapes to heap" }
	// { dg-message "21: string\\(b\\) does not escape" "" { target *-*-* } .-1 }
}
