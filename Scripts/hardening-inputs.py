#!/usr/bin/env python3
"""Writes the inputs of Scripts/bench-hardening.sh into a folder (default bench-out/):

  unknown-keys/accelerators/acme/x1.yaml
      the acme/x1 test fixture plus 76,000 unknown top-level keys (about 755 KB): one
      finding per key, the input that once took 2.6 s and 242 MB with a 48 MB SARIF file.
  unknown-keys-10/accelerators/acme/x1..x10.yaml
      ten such files.
  bundle-old.csv, bundle-new.csv
      `oam export --format csv` of the shipped registry repeated under renamed ids to about
      250 MB; the new bundle changes one figure in every 1,000th copy.
  bundle-old.json, bundle-new.json
      the same for `oam export --format json` (written compact, one descriptor at a time).

Usage: Scripts/hardening-inputs.py OAM_BINARY [FOLDER]
"""
import json
import os
import subprocess
import sys

oam, out = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "bench-out")
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
fixture = open(os.path.join(root, "Tests/Fixtures/registries/good/accelerators/acme/x1.yaml")).read()
keys = "".join(f"k{i:05d}: 1\n" for i in range(76_000))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


write(f"{out}/unknown-keys/accelerators/acme/x1.yaml", fixture + keys)
for n in range(1, 11):
    text = fixture.replace("id: acme/x1", f"id: acme/x{n}").replace("aliases: [x1]", f"aliases: [x1-{n}]")
    write(f"{out}/unknown-keys-10/accelerators/acme/x{n}.yaml", text + keys)

csv = subprocess.run([oam, "export", "--format", "csv", "--registry", os.path.join(root, "Registry")],
                     check=True, capture_output=True).stdout.decode()
header, *rows = csv.split("\r\n")
rows = [r for r in rows if r]
copies = 250_000_000 // len(csv.encode())
for name, changed in (("old", False), ("new", True)):
    with open(f"{out}/bundle-{name}.csv", "w", newline="") as f:
        f.write(header + "\r\n")
        for copy in range(copies):
            for number, row in enumerate(rows):
                identifier, rest = row.split(",", 1)
                if changed and copy % 1000 == 0 and number == 1 and '"' not in rest:
                    fields = rest.split(",")  # kind, path, value, … of the vendor figure
                    fields[2] += "-changed"
                    rest = ",".join(fields)
                f.write(f"c{copy:05d}-{identifier},{rest}\r\n")
bundle = json.loads(subprocess.run([oam, "export", "--format", "json", "--registry", os.path.join(root, "Registry")],
                                   check=True, capture_output=True).stdout)
descriptors = bundle.pop("descriptors")
compact = [json.dumps(d, ensure_ascii=False, separators=(",", ":")) for d in descriptors]
json_copies = 250_000_000 // sum(len(c.encode()) + 1 for c in compact)
for name, changed in (("old", False), ("new", True)):
    with open(f"{out}/bundle-{name}.json", "w") as f:
        head = json.dumps(bundle, ensure_ascii=False, separators=(",", ":"))
        f.write(head[:-1] + ',"descriptors":[')
        for copy in range(json_copies):
            for number, (descriptor, text) in enumerate(zip(descriptors, compact)):
                if changed and copy % 1000 == 0 and number == 1:
                    descriptor = json.loads(text)
                    descriptor["figures"][0]["written"] += "-changed"
                    descriptor["figures"][0]["value"] = descriptor["figures"][0]["written"]
                    text = json.dumps(descriptor, ensure_ascii=False, separators=(",", ":"))
                renamed = text.replace(f'"id":"{descriptor["id"]}"', f'"id":"c{copy:05d}-{descriptor["id"]}"', 1)
                f.write(("," if copy or number else "") + renamed)
        f.write("]}\n")
print(f"wrote {out}/: 76,000-key descriptor, ten of them, two {copies}-copy CSV and {json_copies}-copy JSON bundles")
