// What gc's typechecking makes explicit, as its -m=2 notes show it: the
// embedded fields a promoted field is selected through, one note each
// ("dot" or "dot of pointer" by what is selected from), and a method
// called on new(T), which is no call whose result needs a temporary.

package p

type List struct{ next *List }

func (l *List) Init() *List { return l }

func fresh() *List {
	return new(List).Init()
}

type Hdr struct{ Name *int }

type File struct {
	Hdr
	x int
}

type Wrap struct{ *Hdr }

type Deep struct{ File }

var sink *int

func byValue(f *File) {
	sink = f.Name
}

func byPointer(w Wrap) {
	sink = w.Name
}

func twoLevels(d *Deep) {
	sink = d.Name
}
