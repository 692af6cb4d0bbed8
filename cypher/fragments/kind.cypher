// An entity's kind: its label other than the shared :Entity (and :Source, which reports and twin lists share).
// Written `{{kind(x)}}` in a query; the loader puts this text there with `_` replaced by x.
head([l IN labels(_) WHERE NOT l IN ['Entity', 'Source']])
