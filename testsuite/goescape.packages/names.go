// { dg-do compile }
// Another package's types are qualified by the package's name, which
// the plugin reads from the package's export data, not by the last
// element of its path (verdicts and renderings from gc 1.19).
package main

import (
	"m/conf.v1"
	"m/v2"
)

var sink interface{}

func kind(t markdown.NodeType) {
	sink = t.String() + "!" // { dg-message "20: markdown\\.NodeType\\.String\\(t\\) \\+ \"!\" escapes to heap" }
	// { dg-message "2: markdown\\.NodeType\\.String\\(t\\) \\+ \"!\" escapes to heap" "" { target *-*-* } .-1 }
}

func text(n *markdown.Node) { // { dg-message "11: n does not escape" }
	sink = n.Text() + "!" // { dg-message "18: \\(\\*markdown\\.Node\\)\\.Text\\(n\\) \\+ \"!\" escapes to heap" }
	// { dg-message "2: \\(\\*markdown\\.Node\\)\\.Text\\(n\\) \\+ \"!\" escapes to heap" "" { target *-*-* } .-1 }
}

func section(s *conf.Section) { // { dg-message "14: s does not escape" }
	sink = s.Name() + "?" // { dg-message "18: \\(\\*conf\\.Section\\)\\.Name\\(s\\) \\+ \"\\?\" escapes to heap" }
	// { dg-message "2: \\(\\*conf\\.Section\\)\\.Name\\(s\\) \\+ \"\\?\" escapes to heap" "" { target *-*-* } .-1 }
	sink = s.Key() + "?" // { dg-message "17: conf\\.Section\\.Key\\(s\\) \\+ \"\\?\" escapes to heap" }
	// { dg-message "2: conf\\.Section\\.Key\\(s\\) \\+ \"\\?\" escapes to heap" "" { target *-*-* } .-1 }
}

func main() {}
