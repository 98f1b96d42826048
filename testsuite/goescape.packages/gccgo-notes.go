// { dg-do compile }
// { dg-options "-fplugin-arg-goescape-imports=gccgo" }
// imports=gccgo: calls into other packages are judged with gccgo's own
// <esc:...> notes from their export data, found as gccgo finds it (the
// standard library's .gox files here).  gccgo's note for
// sort.StringSlice.Swap says the slice's content leaks; gc 1.19's
// summary says nothing does, and gc prints "s does not escape" for swap.
package p

import (
	"m/a"
	"sort"
)

func swap(s []string) { // { dg-message "11: leaking param content: s" }
	sort.StringSlice(s).Swap(0, 1)
}

// Where the notes agree with gc's summaries, so do the verdicts.
func search(s []string, x string) int { // { dg-message "13: s does not escape" }
	// { dg-message "25: x does not escape" "" { target *-*-* } .-1 }
	return sort.SearchStrings(s, x)
}

// A package the plugin compiled: its objects carry gccgo's export data
// too, and gccgo's notes are read from there.
func local(p *int) *int { // { dg-message "12: leaking param: p to result ~r0 level=0" }
	return a.Keep(p)
}
