// check-json: GCC's JSON diagnostics (-fdiagnostics-format=json) with
// goescape's paths, parsed and printed one line per note and per path
// event, so that a test can compare them:
//
//	note moved to heap: x @ a.go:18:2
//	  event 1 depth 0 in p.twoCalls @ a.go:19:2: flow: {heap} = &x, ...
//
// Exits 1 on JSON that does not parse or a note that breaks the shape
// GCC gives a diagnostic path (an event without a location or a
// function, a negative depth).
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type position struct {
	File       string `json:"file"`
	Line       int    `json:"line"`
	ByteColumn int    `json:"byte-column"`
}

type event struct {
	Location    position `json:"location"`
	Function    string   `json:"function"`
	Depth       int      `json:"depth"`
	Description string   `json:"description"`
}

type diagnostic struct {
	Kind      string `json:"kind"`
	Message   string `json:"message"`
	Locations []struct {
		Caret position `json:"caret"`
	} `json:"locations"`
	Path []event `json:"path"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: check-json FILE.json")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "check-json:", err)
		os.Exit(1)
	}
	var diags []diagnostic
	if err := json.Unmarshal(data, &diags); err != nil {
		fmt.Fprintln(os.Stderr, "check-json: not GCC's JSON:", err)
		os.Exit(1)
	}
	bad := false
	for _, d := range diags {
		at := "?"
		if len(d.Locations) > 0 {
			c := d.Locations[0].Caret
			at = fmt.Sprintf("%s:%d:%d", c.File, c.Line, c.ByteColumn)
		}
		fmt.Printf("%s %s @ %s\n", d.Kind, d.Message, at)
		for i, e := range d.Path {
			if e.Location.File == "" || e.Function == "" || e.Depth < 0 {
				fmt.Fprintf(os.Stderr, "check-json: %q: event %d malformed\n", d.Message, i+1)
				bad = true
			}
			fmt.Printf("  event %d depth %d in %s @ %s:%d:%d: %s\n", i+1, e.Depth,
				e.Function, e.Location.File, e.Location.Line, e.Location.ByteColumn,
				e.Description)
		}
	}
	if bad {
		os.Exit(1)
	}
}
