// { dg-do compile }
// Calls into sort, with gc 1.19's verdicts from its export data.
package p

import "sort"

type byLen []string

func (b byLen) Len() int           { return len(b) } // { dg-message "7: b does not escape" }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) } // { dg-message "7: b does not escape" }
func (b byLen) Swap(i, j int) { // { dg-message "7: leaking param content: b" }
	t := b[i]
	b[i] = b[j] // { dg-message "7: byLen\\.Swap ignoring self-assignment in b\\\[i\\\] = b\\\[j\\\]" }
	b[j] = t
}

// sort.Sort takes an interface: the converted value escapes.
func sortByLen(s []string) { // { dg-message "16: leaking param: s" }
	sort.Sort(byLen(s)) // { dg-message "17: byLen\\(s\\) escapes to heap" }
}

// sort.Slice: the slice is an interface, the closure does not escape.
func sortSlice(s []int) { // { dg-message "16: leaking param: s" }
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) // { dg-message "12: s escapes to heap" }
	// { dg-message "16: func literal does not escape" "" { target *-*-* } .-1 }
}

// Typed helpers leave their argument alone.
func ints(s []int) { // { dg-message "11: leaking param: s" }
	sort.Ints(s)
}

func strs(s []string) { // { dg-message "11: leaking param: s" }
	sort.Strings(s)
}

func search(s []int, x int) int { // { dg-message "13: s does not escape" }
	return sort.SearchInts(s, x)
}

// sort.Search calls a closure.
func searchFunc(s []int, x int) int { // { dg-message "17: s does not escape" }
	return sort.Search(len(s), func(i int) bool { return s[i] >= x }) // { dg-message "29: func literal does not escape" }
}
