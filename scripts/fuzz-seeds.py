#!/usr/bin/env python3
"""Writes the committed seed inputs of the JSON fuzz targets (python3 scripts/fuzz-seeds.py) from the shipped examples and the
conformance vectors, plus hand-written hostile documents. Run from the repository root; it
rewrites only the seed-*.json files of each target directory, never the crash-* findings."""
import glob, hashlib, json, os

# The cli and json-schema modules copy this directory into their own fuzz targets' inputs at build
# time (their pom.xml testResources), so the seeds are committed once.
TARGETS = [
    "core/src/test/resources/io/github/wxshare/core/ShareRequestJsonFuzzTestInputs/anyBytesAreARequestOrViolations",
]

def seeds():
    for path in sorted(glob.glob("examples/*.json")):
        with open(path, "rb") as f:
            yield f.read()
    for path in sorted(glob.glob("json-schema/vectors/*.json")):
        if path.endswith("vectors.schema.json"):
            continue
        with open(path, encoding="utf-8") as f:
            for group in json.load(f):
                for test in group["tests"]:
                    if "document" in test:  # the raw text of a document that is not plain data
                        yield test["document"].encode("utf-8", "surrogatepass")
                        continue
                    try:
                        yield json.dumps(test["data"], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                    except UnicodeEncodeError:  # a lone surrogate: only its escape is JSON
                        yield json.dumps(test["data"], separators=(",", ":")).encode("ascii")
    base = b'{"userName":"gh_d43f693ca31f","path":"pages/index/index","imagePath":"/pages/thumb.png","webpageUrl":"https://www.qq.com"}'
    yield b"\xef\xbb\xbf" + base                       # UTF-8 BOM
    yield base + b" garbage"                            # trailing garbage
    yield base + b"{}"                                  # a second document
    yield b"/* c */" + base                             # a comment
    yield base.replace(b'{"userName"', b'{//c\n"userName"')
    yield base.replace(b'"path"', b'"path":"a","path"')  # a duplicate key
    yield base.replace(b"index/index", b"index\x00index")  # a raw NUL
    yield base.replace(b"index/index", b"index\\u0000index")
    yield base.replace(b"index/index", b"\xc3\x28\xff\xfe")  # invalid UTF-8
    yield base.replace(b"index/index", b"\xed\xa0\x80")      # an encoded surrogate
    yield base.replace(b"index/index", b"\\ud800")           # a lone surrogate escape
    yield base.replace(b"index/index", b"\\udc00\\ud800")
    yield b"[" * 2000 + b"]" * 2000                       # deep nesting
    yield b'{"a":' * 500 + b"1" + b"}" * 500
    yield b"{" + b",".join(b'"k%d":%d' % (i, i) for i in range(300)) + b"}"
    yield b"\xfe\xff\x00{\x00}"                           # a UTF-16 BOM
    yield b"\x00\x00\x00{\x00\x00\x00}"
    yield base.replace(b'"https://www.qq.com"', b'1e999999999')
    yield base[:-1] + b',"miniprogramType":1e20,"scene":-0.0}'
    yield base[:-1] + b',"miniprogramType":2.0,"scene":0}'
    yield b"null"
    yield b'"{}"'
    yield b"{"
    yield b""

def main():
    data = list(dict.fromkeys(seeds()))
    for target in TARGETS:
        os.makedirs(target, exist_ok=True)
        for old in glob.glob(os.path.join(target, "seed-*")):
            os.remove(old)
        for d in data:
            name = "seed-" + hashlib.sha1(d).hexdigest()[:12] + ".json"
            with open(os.path.join(target, name), "wb") as f:
                f.write(d)
    print(f"{len(data)} seeds in each of {len(TARGETS)} targets")

main()
