// gc's self-assignment rule sees through conversions by their type
// (ir.SameSafeExpr, mayAffectMemory): to a simple type (numbers, bool),
// and to a type with the same underlying type or a pointer.  Named
// types count by their declaration, package-level or local; an alias
// is printed as the type it stands for.
// { dg-do compile }
package p

type ID int
type Level ID
type Ratio float64
type Alias = ID
type T struct{ x, y *int }
type PT *T
type Name string

type B struct {
	s []*int
	t [4]*int
	n []Name
}

func (b *B) ids(i, j int) { // { dg-message "7: b does not escape" }
	b.s[ID(i)] = b.s[ID(j)] // { dg-message "13: \\(\\*B\\).ids ignoring self-assignment in b.s\\\[ID\\(i\\)\\\] = b.s\\\[ID\\(j\\)\\\]" }
}

func (b *B) levels(i, j ID) { // { dg-message "7: b does not escape" }
	b.s[Level(i)] = b.s[Level(j)+1] // { dg-message "16: \\(\\*B\\).levels ignoring self-assignment in b.s\\\[Level\\(i\\)\\\] = b.s\\\[Level\\(j\\) \\+ 1\\\]" }
}

func (b *B) alias(i, j int) { // { dg-message "7: b does not escape" }
	b.t[Alias(i)] = b.t[Alias(j)] // { dg-message "16: \\(\\*B\\).alias ignoring self-assignment in b.t\\\[ID\\(i\\)\\\] = b.t\\\[ID\\(j\\)\\\]" }
}

func (b *B) floats(f Ratio, i int) { // { dg-message "7: b does not escape" }
	b.s[int(f)] = b.s[i] // { dg-message "14: \\(\\*B\\).floats ignoring self-assignment in b.s\\\[int\\(f\\)\\\] = b.s\\\[i\\\]" }
}

func (b *B) ptrconv(p *T) {
	// { dg-message "7: b does not escape" "" { target *-*-* } .-1 }
	// { dg-message "21: p does not escape" "" { target *-*-* } .-2 }
	(*T)(p).x = (*T)(p).y // { dg-message "12: \\(\\*B\\).ptrconv ignoring self-assignment in \\(\\*T\\)\\(p\\).x = \\(\\*T\\)\\(p\\).y" }
}

func (b *B) named(p PT) {
	// { dg-message "7: b does not escape" "" { target *-*-* } .-1 }
	// { dg-message "19: p does not escape" "" { target *-*-* } .-2 }
	PT(p).x = PT(p).y // { dg-message "10: \\(\\*B\\).named ignoring self-assignment in PT\\(p\\).x = PT\\(p\\).y" }
}

func (b *B) local(i, j int) { // { dg-message "7: b does not escape" }
	type K int
	b.s[K(i)] = b.s[K(j)] // { dg-message "12: \\(\\*B\\).local ignoring self-assignment in b.s\\\[K\\(i\\)\\\] = b.s\\\[K\\(j\\)\\\]" }
}

func (b *B) strs(i, j int) { // { dg-message "7: b does not escape" }
	b.n[ID(i)] = b.n[ID(j)] // { dg-message "13: \\(\\*B\\).strs ignoring self-assignment in b.n\\\[ID\\(i\\)\\\] = b.n\\\[ID\\(j\\)\\\]" }
}

// Not a conversion gc sees through: a call.
func f(i int) int { return i }

func (b *B) call(i, j int) { // { dg-message "7: leaking param content: b" }
	b.s[f(i)] = b.s[f(j)]
}
