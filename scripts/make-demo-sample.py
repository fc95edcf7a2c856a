#!/usr/bin/env python3
"""Builds Sources/khabar/Resources/demo-sample.jsonl.gz, the sample `khabar demo` loads:
the seed page (as a JSON-lines record with its raw text, so extraction finds its anatomy)
and every 100th ANT article (315 articles across the five outlets and six categories).
Deterministic: rerunning gives the same file. Run from the package root."""
import gzip, json

SHARED = "../shared"
out = []
with open(f"{SHARED}/fixtures/000_4b46f3481c6e6e4c.txt", encoding="utf-8") as f:
    out.append({"text": f.read(), "note": "the seed page of ../shared/fixtures"})
with gzip.open(f"{SHARED}/data/ant/ant-v2.1.jsonl.gz", "rt", encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i % 100 == 0:
            out.append(json.loads(line))
with gzip.GzipFile("Sources/khabar/Resources/demo-sample.jsonl.gz", "wb", mtime=0) as g:
    for o in out:
        g.write((json.dumps(o, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
print(f"{len(out)} records")
