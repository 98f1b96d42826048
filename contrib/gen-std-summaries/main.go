// gen-std-summaries: write goescape's summary database for the Go
// standard library from gc 1.19's own escape analysis.
//
// Usage (from the goescape tree, with golang-1.19-go and golang-1.19-src):
//
//	go run ./contrib/gen-std-summaries -go /usr/lib/go-1.19/bin/go > plugin/std.esc
//
// gc prints its leak summaries (-m) and the dereference counts of heap
// leaks (-m=2) while compiling each package; go/ast gives each
// parameter's position, so each printed line is attached to its
// function and parameter.  Packages are compiled as "go build std"
// compiles them (inlining on), because that is how importers see them.
// The output format is described in doc/goescape.texi (Summary files).
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// A function's parameters (receiver first) and results, by gc's names.
type function struct {
	key      string // gccgo's symbol: importpath.Func or importpath.Type.Method
	kind     byte   // 'f' function, 'p' pointer receiver, 'v'/'V' value receiver passed directly / by address
	params   []*param
	results  map[string]int // gc's name of each result (~rN for unnamed) to its index
	nresults int
	generic  bool
}

type param struct {
	fn      *function // its function, whose results gc names
	name    string
	heap    int // -1: no flow to the heap
	content bool
	results map[int]int
}

var (
	goTool = flag.String("go", "/usr/lib/go-1.19/bin/go", "the go command of Go 1.19")
	only   = flag.String("pkgs", "std", "packages to summarise (a go list pattern)")
)

type listedPackage struct {
	ImportPath string
	Dir        string
	Name       string
	GoFiles    []string
	CgoFiles   []string
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen-std-summaries: ")
	flag.Parse()
	goroot := strings.TrimSpace(run(*goTool, "env", "GOROOT"))
	src := filepath.Join(goroot, "src")

	pkgs := listPackages(src)
	byPos := map[string]*param{}
	var funcs []*function
	for _, p := range pkgs {
		funcs = append(funcs, declare(src, p, byPos)...)
	}
	readLeaks(src, byPos)
	write(os.Stdout, funcs)
}

func run(name string, args ...string) string {
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		log.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return string(out)
}

func listPackages(src string) []*listedPackage {
	cmd := exec.Command(*goTool, "list", "-json", *only)
	cmd.Dir = src
	out, err := cmd.Output()
	if err != nil {
		log.Fatalf("go list: %v", err)
	}
	var pkgs []*listedPackage
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		p := new(listedPackage)
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			log.Fatal(err)
		}
		if p.Name != "main" {
			pkgs = append(pkgs, p)
		}
	}
	return pkgs
}

// gccgo's path for a package: libgo has no vendor directory.
func gccgoPath(importPath string) string {
	return strings.TrimPrefix(importPath, "vendor/")
}

// declare records every function and method with an exported name.
func declare(src string, p *listedPackage, byPos map[string]*param) []*function {
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range append(append([]string{}, p.GoFiles...), p.CgoFiles...) {
		f, err := parser.ParseFile(fset, filepath.Join(p.Dir, name), nil, 0)
		if err != nil {
			log.Fatal(err)
		}
		files = append(files, f)
	}
	types := map[string]ast.Expr{}
	for _, f := range files {
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				for _, s := range g.Specs {
					ts := s.(*ast.TypeSpec)
					types[ts.Name.Name] = ts.Type
				}
			}
		}
	}
	var out []*function
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() {
				continue
			}
			fn := &function{kind: 'f', results: map[string]int{}}
			fn.generic = fd.Type.TypeParams != nil
			key := gccgoPath(p.ImportPath) + "."
			var fields []*ast.Field
			if fd.Recv != nil {
				rt := fd.Recv.List[0].Type
				if star, ok := rt.(*ast.StarExpr); ok {
					fn.kind = 'p'
					rt = star.X
				} else if direct(rt, types, 0) {
					fn.kind = 'v'
				} else {
					fn.kind = 'V'
				}
				switch t := rt.(type) {
				case *ast.IndexExpr:
					rt = t.X
					fn.generic = true
				case *ast.IndexListExpr:
					rt = t.X
					fn.generic = true
				}
				key += rt.(*ast.Ident).Name + "."
				fields = append(fields, fd.Recv.List...)
			}
			fn.key = key + fd.Name.Name
			fields = append(fields, fd.Type.Params.List...)
			for _, fld := range fields {
				if len(fld.Names) == 0 {
					fn.params = append(fn.params, &param{heap: -1})
					continue
				}
				for _, n := range fld.Names {
					pr := &param{fn: fn, name: n.Name, heap: -1, results: map[int]int{}}
					fn.params = append(fn.params, pr)
					if n.Name != "_" {
						byPos[position(src, fset, n.Pos())] = pr
					}
				}
			}
			if fd.Type.Results != nil {
				for _, fld := range fd.Type.Results.List {
					if len(fld.Names) == 0 {
						fn.results[fmt.Sprintf("~r%d", fn.nresults)] = fn.nresults
						fn.nresults++
					}
					for _, n := range fld.Names {
						name := n.Name
						if name == "_" {
							name = fmt.Sprintf("~b%d", fn.nresults)
						}
						fn.results[name] = fn.nresults
						fn.nresults++
					}
				}
			}
			out = append(out, fn)
		}
	}
	return out
}

// direct reports whether gccgo passes a value of type T as itself (a
// pointer-shaped value) rather than by address: gccgo's
// Type::is_direct_iface_type, resolved through the package's own types.
func direct(t ast.Expr, types map[string]ast.Expr, depth int) bool {
	if depth > 10 {
		return false
	}
	switch t := t.(type) {
	case *ast.StarExpr, *ast.MapType, *ast.ChanType, *ast.FuncType:
		return true
	case *ast.ParenExpr:
		return direct(t.X, types, depth+1)
	case *ast.SelectorExpr:
		x, ok := t.X.(*ast.Ident)
		return ok && x.Name == "unsafe" && t.Sel.Name == "Pointer"
	case *ast.Ident:
		if u, ok := types[t.Name]; ok {
			return direct(u, types, depth+1)
		}
		return false
	case *ast.StructType:
		var only ast.Expr
		n := 0
		for _, f := range t.Fields.List {
			k := len(f.Names)
			if k == 0 {
				k = 1
			}
			n += k
			only = f.Type
		}
		return n == 1 && direct(only, types, depth+1)
	case *ast.ArrayType:
		lit, ok := t.Len.(*ast.BasicLit)
		return ok && lit.Value == "1" && direct(t.Elt, types, depth+1)
	}
	return false
}

func position(src string, fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	rel, err := filepath.Rel(src, p.Filename)
	if err != nil {
		rel = p.Filename
	}
	return fmt.Sprintf("%s:%d:%d", rel, p.Line, p.Column)
}

var (
	leakRE = regexp.MustCompile(`^(\S+:\d+:\d+): leaking param: (\S+)$`)
	// A parameter moved to heap leaks to the heap itself (gc walks it
	// as a root; paramTag prints nothing else for it).
	movedRE   = regexp.MustCompile(`^(\S+:\d+:\d+): moved to heap: (\S+)$`)
	contentRE = regexp.MustCompile(`^(\S+:\d+:\d+): leaking param content: (\S+)$`)
	resultRE  = regexp.MustCompile(`^(\S+:\d+:\d+): leaking param: (\S+) to result (\S+) level=(\d+)$`)
	derefsRE  = regexp.MustCompile(`^(\S+:\d+:\d+): parameter (\S+) leaks to \{heap\} with derefs=(\d+):$`)
)

// readLeaks compiles every package with -m=2 and attaches gc's lines to
// the parameters they name.
func readLeaks(src string, byPos map[string]*param) {
	cmd := exec.Command(*goTool, "build", "-a", "-gcflags=-m=2", *only)
	cmd.Dir = src
	stderr, err := cmd.StderrPipe()
	if err != nil {
		log.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	// A parameter's minimal heap derefs over all of gc's walks.
	minDerefs := map[*param]int{}
	sc := bufio.NewScanner(stderr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if m := resultRE.FindStringSubmatch(line); m != nil {
			if pr := lookup(byPos, m[1], m[2]); pr != nil {
				i, ok := pr.fn.results[m[3]]
				if !ok {
					log.Printf("%s: no result %s", m[1], m[3])
					continue
				}
				pr.results[i], _ = strconv.Atoi(m[4])
			}
		} else if m := leakRE.FindStringSubmatch(line); m != nil {
			if pr := lookup(byPos, m[1], m[2]); pr != nil {
				pr.heap = 0
			}
		} else if m := movedRE.FindStringSubmatch(line); m != nil {
			if pr := lookup(byPos, m[1], m[2]); pr != nil {
				pr.heap = 0
			}
		} else if m := contentRE.FindStringSubmatch(line); m != nil {
			if pr := lookup(byPos, m[1], m[2]); pr != nil {
				pr.content = true
			}
		} else if m := derefsRE.FindStringSubmatch(line); m != nil {
			if pr := lookup(byPos, m[1], m[2]); pr != nil {
				d, _ := strconv.Atoi(m[3])
				if old, ok := minDerefs[pr]; !ok || d < old {
					minDerefs[pr] = d
				}
			}
		}
	}
	if err := cmd.Wait(); err != nil {
		log.Fatalf("go build: %v", err)
	}
	for _, pr := range byPos {
		if pr.content && pr.heap < 0 {
			d, ok := minDerefs[pr]
			if !ok || d < 1 {
				// gc printed "content" without a -m=2 walk: the
				// smallest level that is content.
				d = 1
			}
			pr.heap = d
		}
	}
}

func lookup(byPos map[string]*param, pos, name string) *param {
	pr := byPos[pos]
	if pr == nil || pr.name != name {
		return nil
	}
	return pr
}

// write prints the summaries after the header that vouches for them
// (include/goescape/engine/summary.h): the number of lines after it and
// the hash of their bytes.
func write(w io.Writer, funcs []*function) {
	var body bytes.Buffer
	writeBody(&body, funcs)
	fmt.Fprintf(w, "# goescape summaries 3 %d %08x\n", bytes.Count(body.Bytes(), []byte("\n")), summaryHash(body.Bytes()))
	w.Write(body.Bytes())
}

// summaryHash is plugin/engine/summary.c's summary_hash: FNV-1a's step
// taken a 64-bit little-endian word at a time, folded to 32 bits.
func summaryHash(b []byte) uint32 {
	const prime = 0x100000001b3
	h := uint64(0xcbf29ce484222325)
	i := 0
	for ; i+8 <= len(b); i += 8 {
		h = (h ^ binary.LittleEndian.Uint64(b[i:])) * prime
		h ^= h >> 32
	}
	for ; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * prime
	}
	return uint32(h ^ h>>32)
}

func writeBody(w io.Writer, funcs []*function) {
	sort.Slice(funcs, func(i, j int) bool { return funcs[i].key < funcs[j].key })
	b := bufio.NewWriter(w)
	defer b.Flush()
	fmt.Fprintln(b, "# Generated by contrib/gen-std-summaries from gc 1.19 (go build -gcflags=-m=2 std); do not edit.")
	fmt.Fprintln(b, "# KEY KIND NRESULTS TAG... (receiver first); see doc/goescape.texi, Summary files.")
	last := ""
	for _, fn := range funcs {
		if fn.key == last {
			continue // one declaration per build configuration
		}
		last = fn.key
		if fn.generic {
			fmt.Fprintf(b, "%s ? %d\n", fn.key, fn.nresults)
			continue
		}
		fmt.Fprintf(b, "%s %c %d", fn.key, fn.kind, fn.nresults)
		for _, pr := range fn.params {
			fmt.Fprintf(b, " %s", pr.tag())
		}
		fmt.Fprintln(b)
	}
}

// tag renders a parameter's leaks: "-" for none, else "hN" (heap after
// N derefs) and "I:N" (result I after N derefs), comma-separated.
func (pr *param) tag() string {
	var parts []string
	if pr.heap >= 0 {
		parts = append(parts, fmt.Sprintf("h%d", pr.heap))
	}
	var rs []int
	for i := range pr.results {
		rs = append(rs, i)
	}
	sort.Ints(rs)
	for _, i := range rs {
		parts = append(parts, fmt.Sprintf("%d:%d", i, pr.results[i]))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ",")
}
