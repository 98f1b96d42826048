// genprog: writes a random, valid Go package for differential testing
// of goescape against gc (make check-random).
//
// Usage: genprog SEED
//
// The same seed gives the same program, whichever compiler built
// genprog: the generator has its own random source.  The programs are
// compiled, never run, so they need only type-check: every local is used
// (a final "_ = v"), every name is unique, nested blocks declare nothing.
// They mix what escape analysis decides on: pointers and addresses,
// new, structs and their fields, slices, make (small, large, of unknown
// size), append, maps, interfaces, channels, closures (called, stored,
// deferred, started with go), methods, loops, range and calls between
// the package's functions.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// rng is xorshift64*: fixed, so programs do not depend on the library.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

func (r *rng) intn(n int) int { return int(r.next()>>33) % n }

func (r *rng) chance(percent int) bool { return r.intn(100) < percent }

type typ int

const (
	tInt typ = iota
	tPtr
	tPtrs
	tInts
	tMap
	tS
	tSP
	tIface
	tChan
	tFunc
	tStr
	nTypes
)

var typeNames = [nTypes]string{
	"int", "*int", "[]*int", "[]int", "map[int]*int", "S", "*S",
	"interface{}", "chan *int", "func() *int", "string",
}

type variable struct {
	name string
	t    typ
	addr bool // addressable (a local or a parameter)
}

type signature struct {
	params []typ
	result typ // nTypes: none
}

type gen struct {
	r     *rng
	out   strings.Builder
	sigs  []signature
	vars  []variable
	fresh int
}

func (g *gen) printf(format string, args ...interface{}) {
	fmt.Fprintf(&g.out, format, args...)
}

func (g *gen) newName(prefix string) string {
	g.fresh++
	return prefix + strconv.Itoa(g.fresh)
}

// pick returns a variable of type t, or "" if the scope has none.
func (g *gen) pick(t typ) string {
	var names []string
	for _, v := range g.vars {
		if v.t == t {
			names = append(names, v.name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return names[g.r.intn(len(names))]
}

func (g *gen) pickAddressable(t typ) string {
	var names []string
	for _, v := range g.vars {
		if v.t == t && v.addr {
			names = append(names, v.name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return names[g.r.intn(len(names))]
}

// expr is an expression of type t: a variable in scope, mostly, else
// one built on the spot.
func (g *gen) expr(t typ) string {
	if v := g.pick(t); v != "" && g.r.chance(75) {
		return v
	}
	switch t {
	case tInt:
		return strconv.Itoa(g.r.intn(10))
	case tPtr:
		if x := g.pickAddressable(tInt); x != "" && g.r.chance(50) {
			return "&" + x
		}
		return "new(int)"
	case tPtrs:
		switch g.r.intn(3) {
		case 0:
			return "[]*int(nil)"
		case 1:
			return "[]*int{" + g.expr(tPtr) + "}"
		}
		return "make([]*int, " + strconv.Itoa(1+g.r.intn(4)) + ")"
	case tInts:
		return "make([]int, " + strconv.Itoa(1+g.r.intn(8)) + ")"
	case tMap:
		if g.r.chance(50) {
			return "map[int]*int(nil)"
		}
		return "map[int]*int{1: " + g.expr(tPtr) + "}"
	case tS:
		if g.r.chance(50) {
			return "S{}"
		}
		return "S{p: " + g.expr(tPtr) + "}"
	case tSP:
		if g.r.chance(30) {
			return "(*S)(nil)"
		}
		return "&S{p: " + g.expr(tPtr) + "}"
	case tIface:
		return g.expr(typ([]typ{tInt, tPtr, tS, tStr}[g.r.intn(4)]))
	case tChan:
		return "make(chan *int, 1)"
	case tFunc:
		if g.r.chance(30) {
			return "(func() *int)(nil)"
		}
		return "func() *int { return " + g.expr(tPtr) + " }"
	case tStr:
		if v := g.pick(tStr); v != "" && g.r.chance(50) {
			return v + " + \"x\""
		}
		return strconv.Quote(string(rune('a' + g.r.intn(26))))
	}
	panic("no expression for type")
}

func (g *gen) declare(t typ, prefix, init string) {
	name := g.newName(prefix)
	g.printf("\t%s := %s\n", name, init)
	g.vars = append(g.vars, variable{name, t, true})
}

// call is a call of one of the package's functions.
func (g *gen) call() (string, typ) {
	k := g.r.intn(len(g.sigs))
	var args []string
	for _, p := range g.sigs[k].params {
		args = append(args, g.expr(p))
	}
	return fmt.Sprintf("f%d(%s)", k, strings.Join(args, ", ")), g.sigs[k].result
}

// with calls use with a variable of type t in scope, else alt.
func (g *gen) with(t typ, use func(v string), alt func()) {
	if v := g.pick(t); v != "" {
		use(v)
		return
	}
	alt()
}

// onVar prints use(v) for a variable v of type t in scope, else alt().
func (g *gen) onVar(indent string, t typ, use func(v string) string, alt func() string) {
	g.with(t, func(v string) { g.printf("%s%s\n", indent, use(v)) },
		func() { g.printf("%s%s\n", indent, alt()) })
}

// simple is a statement that declares nothing, for any block.
func (g *gen) simple(indent string) {
	store := func() string { return "*" + g.expr(tPtr) + " = " + g.expr(tInt) }
	switch g.r.intn(16) {
	case 0:
		g.printf("%ssink = %s\n", indent, g.expr(typ(g.r.intn(int(nTypes)))))
	case 1:
		g.printf("%sgp = %s\n", indent, g.expr(tPtr))
	case 2:
		g.onVar(indent, tPtr, func(p string) string { return p + " = " + g.expr(tPtr) }, store)
	case 3:
		g.onVar(indent, tPtrs, func(s string) string {
			if g.r.chance(50) {
				return s + " = append(" + s + ", " + g.expr(tPtr) + ")"
			}
			return s + "[0] = " + g.expr(tPtr)
		}, func() string { return "gs = append(gs, " + g.expr(tPtr) + ")" })
	case 4:
		g.onVar(indent, tMap, func(m string) string {
			return fmt.Sprintf("%s[%d] = %s", m, g.r.intn(4), g.expr(tPtr))
		}, func() string { return "gm[0] = " + g.expr(tPtr) })
	case 5:
		g.onVar(indent, tSP, func(sp string) string { return sp + ".p = " + g.expr(tPtr) }, store)
	case 6:
		g.onVar(indent, tChan, func(c string) string { return c + " <- " + g.expr(tPtr) },
			func() string { return "gc <- " + g.expr(tPtr) })
	case 7:
		c, _ := g.call()
		g.printf("%s%s\n", indent, c)
	case 8:
		g.printf("%sfunc() {\n%s\tsink = %s\n%s}()\n", indent, indent, g.expr(tPtr), indent)
	case 9:
		g.printf("%sfunc(a *int) {\n%s\t*a = %d\n%s}(%s)\n", indent, indent, g.r.intn(9), indent, g.expr(tPtr))
	case 10:
		g.printf("%sdefer func(a *int) {\n%s\tgp = a\n%s}(%s)\n", indent, indent, indent, g.expr(tPtr))
	case 11:
		g.printf("%sgo func(a *int) {\n%s\t_ = *a\n%s}(%s)\n", indent, indent, indent, g.expr(tPtr))
	case 12:
		p := g.expr(tPtr)
		g.printf("%sdefer func() {\n%s\t_ = %s\n%s}()\n", indent, indent, p, indent)
	case 13:
		g.onVar(indent, tSP, func(sp string) string { return sp + ".set(" + g.expr(tPtr) + ")" },
			func() string { return "_ = " + g.expr(tSP) })
	case 14:
		g.onVar(indent, tFunc, func(f string) string {
			return "if " + f + " != nil {\n" + indent + "\tsink = " + f + "()\n" + indent + "}"
		}, func() string { return "_ = " + g.expr(tFunc) })
	case 15:
		g.printf("%sgi = %s\n", indent, g.expr(tIface))
	}
}

// statement is a statement of a function's body: it may declare.
func (g *gen) statement() {
	switch g.r.intn(30) {
	case 0:
		g.declare(tInt, "x", g.expr(tInt))
	case 1:
		if x := g.pickAddressable(tInt); x != "" {
			g.declare(tPtr, "p", "&"+x)
			return
		}
		g.declare(tPtr, "p", "new(int)")
	case 2:
		g.declare(tPtr, "p", "new(int)")
	case 3:
		g.declare(tPtrs, "s", g.expr(tPtrs))
	case 4:
		n := []string{"3", "100000", strconv.Itoa(8 + g.r.intn(100))}[g.r.intn(3)]
		if x := g.pick(tInt); x != "" && g.r.chance(30) {
			n = x
		}
		g.declare(tInts, "is", "make([]int, "+n+")")
	case 5:
		g.with(tInts, func(is string) {
			g.declare(tPtr, "p", "&"+is+"[0]")
		}, func() {
			g.declare(tPtr, "p", "&(make([]int, 100000))[0]")
		})
	case 6:
		if g.r.chance(50) {
			g.declare(tMap, "m", "make(map[int]*int)")
		} else {
			g.declare(tMap, "m", "map[int]*int{0: "+g.expr(tPtr)+"}")
		}
	case 7:
		g.with(tMap, func(m string) {
			g.declare(tPtr, "p", m+"[1]")
		}, func() {
			g.declare(tMap, "m", "make(map[int]*int, 4)")
		})
	case 8:
		g.declare(tS, "t", "S{p: "+g.expr(tPtr)+", n: "+g.expr(tInt)+"}")
	case 9:
		if t := g.pickAddressable(tS); t != "" && g.r.chance(50) {
			g.declare(tSP, "sp", "&"+t)
			return
		}
		g.declare(tSP, "sp", "&S{p: "+g.expr(tPtr)+"}")
	case 10:
		g.with(tSP, func(sp string) {
			g.declare(tPtr, "p", sp+".get()")
		}, func() {
			if t := g.pick(tS); t != "" {
				g.declare(tPtr, "p", t+".p")
				return
			}
			g.declare(tSP, "sp", "new(S)")
		})
	case 11:
		g.declare(tIface, "e", "interface{}("+g.expr(typ([]typ{tInt, tPtr, tS, tSP}[g.r.intn(4)]))+")")
	case 12:
		g.with(tIface, func(e string) {
			q := g.newName("q")
			g.printf("\tif %s, ok := %s.(*int); ok {\n\t\tgp = %s\n\t}\n", q, e, q)
		}, func() {
			g.declare(tIface, "e", "interface{}("+g.expr(tPtr)+")")
		})
	case 13:
		g.declare(tChan, "c", "make(chan *int, "+strconv.Itoa(g.r.intn(3))+")")
	case 14:
		g.with(tChan, func(c string) {
			g.declare(tPtr, "p", "<-"+c)
		}, func() {
			g.declare(tChan, "c", "make(chan *int)")
		})
	case 15:
		g.declare(tFunc, "fn", "func() *int {\n\t\treturn "+g.expr(tPtr)+"\n\t}")
	case 16:
		g.with(tFunc, func(f string) {
			g.printf("\tif %s != nil {\n\t\tgp = %s()\n\t}\n", f, f)
		}, func() {
			g.declare(tFunc, "fn", "func() *int { return nil }")
		})
	case 17:
		// A variable a closure assigns: captured by reference.
		g.with(tPtr, func(p string) {
			g.printf("\tfunc() {\n\t\t%s = %s\n\t}()\n", p, g.expr(tPtr))
		}, func() {
			g.declare(tPtr, "p", "new(int)")
		})
	case 18:
		g.printf("\tfor i := 0; i < %d; i++ {\n", 1+g.r.intn(4))
		g.simple("\t\t")
		g.printf("\t}\n")
	case 19:
		g.with(tPtrs, func(s string) {
			v := g.newName("v")
			g.printf("\tfor _, %s := range %s {\n\t\tsink = %s\n\t}\n", v, s, v)
		}, func() {
			g.declare(tPtrs, "s", "[]*int{"+g.expr(tPtr)+", "+g.expr(tPtr)+"}")
		})
	case 20:
		g.with(tMap, func(m string) {
			k, v := g.newName("k"), g.newName("v")
			g.printf("\tfor %s, %s := range %s {\n\t\t_ = %s\n\t\tgp = %s\n\t}\n", k, v, m, k, v)
		}, func() {
			g.declare(tMap, "m", "map[int]*int{}")
		})
	case 21:
		c, t := g.call()
		if t == nTypes {
			g.printf("\t%s\n", c)
			return
		}
		g.declare(t, "r", c)
	case 22:
		g.with(tStr, func(s string) {
			g.declare(tStr, "str", s+" + "+g.expr(tStr))
		}, func() {
			g.declare(tStr, "str", g.expr(tStr))
		})
	case 23:
		g.with(tStr, func(s string) {
			g.declare(tInts, "is", "make([]int, len("+s+"))")
		}, func() {
			g.declare(tStr, "str", "\"abc\"")
		})
	case 24:
		g.with(tStr, func(s string) {
			b := g.newName("bs")
			g.printf("\t%s := []byte(%s)\n\tsink = string(%s)\n", b, s, b)
		}, func() {
			g.declare(tStr, "str", "\"k\"")
		})
	case 25:
		g.printf("\tif %s > %d {\n", g.expr(tInt), g.r.intn(5))
		g.simple("\t\t")
		g.printf("\t} else {\n")
		g.simple("\t\t")
		g.printf("\t}\n")
	case 26:
		g.declare(tPtrs, "s", "make([]*int, 0, "+strconv.Itoa(1+g.r.intn(10))+")")
	default:
		g.simple("\t")
	}
}

func (g *gen) function(k int) {
	sig := g.sigs[k]
	g.vars = g.vars[:0]
	var params []string
	for i, t := range sig.params {
		name := "a" + strconv.Itoa(i)
		params = append(params, name+" "+typeNames[t])
		g.vars = append(g.vars, variable{name, t, true})
	}
	result := ""
	if sig.result != nTypes {
		result = " " + typeNames[sig.result]
	}
	g.printf("func f%d(%s)%s {\n", k, strings.Join(params, ", "), result)
	nparams := len(g.vars)
	n := 3 + g.r.intn(20)
	for i := 0; i < n; i++ {
		g.statement()
	}
	for _, v := range g.vars[nparams:] {
		g.printf("\t_ = %s\n", v.name)
	}
	if sig.result != nTypes {
		g.printf("\treturn %s\n", g.expr(sig.result))
	}
	g.printf("}\n\n")
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: genprog SEED")
		os.Exit(2)
	}
	seed, err := strconv.ParseUint(os.Args[1], 10, 64)
	if err != nil {
		fmt.Fprintf(os.Stderr, "genprog: bad seed %q\n", os.Args[1])
		os.Exit(2)
	}
	g := &gen{r: &rng{s: seed*0x9E3779B97F4A7C15 + 1}}
	nfuncs := 4 + g.r.intn(8)
	for k := 0; k < nfuncs; k++ {
		var sig signature
		for i := g.r.intn(4); i > 0; i-- {
			sig.params = append(sig.params, typ(g.r.intn(int(nTypes))))
		}
		sig.result = nTypes
		if g.r.chance(60) {
			sig.result = typ(g.r.intn(int(nTypes)))
		}
		g.sigs = append(g.sigs, sig)
	}
	g.printf("// Generated by genprog %d: do not edit.\n\npackage p\n\n", seed)
	g.printf("type S struct {\n\tp    *int\n\tn    int\n\tnext *S\n}\n\n")
	g.printf("func (s *S) get() *int { return s.p }\n\n")
	g.printf("func (s *S) set(p *int) { s.p = p }\n\n")
	g.printf("var (\n\tsink interface{}\n\tgp   *int\n\tgs   []*int\n\tgm   = map[int]*int{}\n\tgc   = make(chan *int, 1)\n\tgi   interface{}\n)\n\n")
	for k := range g.sigs {
		g.function(k)
	}
	os.Stdout.WriteString(g.out.String())
}
