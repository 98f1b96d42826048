// A program linked with and without the plugin (dg.exp): the executables
// must be identical, the .go_escape section being discarded by the linker.
package main

import "fmt"

var sink *int

func main() {
	x := 1
	sink = &x
	fmt.Println(*sink)
}
