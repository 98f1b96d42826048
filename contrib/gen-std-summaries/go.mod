module goescape/contrib/gen-std-summaries

go 1.19
