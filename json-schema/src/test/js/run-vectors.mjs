// Runs every wxshare conformance vector with Ajv 8 (draft 2020-12) and prints one JSON line per
// test: {file, group, test, valid, pointers, validWithoutExtension, parseError?}. It judges
// nothing itself; the Maven build (FourEnginesAgreeTest) compares these answers with the vectors
// and with the other engines.
//
//   node run-vectors.mjs <schema.json> <vectors-directory> [ajv-options-json]
//
// It is also a small example of a runner for another binding: a test has either `data` (a JSON
// value: validate it as it is) or `document` (text: strip a byte order mark, parse, then validate).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaFile, vectorDir, options = "{}"] = process.argv.slice(2);
if (!schemaFile || !vectorDir) {
  console.error("usage: node run-vectors.mjs <schema.json> <vectors-directory> [ajv-options-json]");
  process.exit(2);
}

/** The extra keyword: the UTF-8 byte length of a string is at most the keyword's value. */
const maxUtf8Bytes = {
  keyword: "x-maxUtf8Bytes",
  type: "string",
  schemaType: "number",
  // Buffer.byteLength counts an unpaired surrogate as 3 bytes (U+FFFD), as the keyword defines.
  validate: (max, data) => Buffer.byteLength(data, "utf8") <= max,
};

function compile(withExtension) {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true, ...JSON.parse(options) });
  addFormats(ajv);
  // Without the extension, the keyword is only an annotation: what a binding that ignores it sees.
  ajv.addKeyword(withExtension ? maxUtf8Bytes : { keyword: "x-maxUtf8Bytes", schemaType: "number" });
  return ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
}

const validate = compile(true);
const validateWithoutExtension = compile(false);

const escape = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** The field each error is about: the key a required or additionalProperties error names, else the top-level segment. */
function pointers(errors) {
  const out = new Set();
  for (const e of errors || []) {
    if (e.keyword === "required") {
      out.add("/" + escape(e.params.missingProperty));
    } else if (e.keyword === "if") {
      // "must match then": a summary of the then-branch's own errors, which are reported beside it.
      continue;
    } else if (e.keyword === "additionalProperties") {
      out.add("/" + escape(e.params.additionalProperty));
    } else {
      const m = /^\/[^/]*/.exec(e.instancePath);
      out.add(m ? m[0] : "");
    }
  }
  return [...out].sort();
}

for (const name of readdirSync(vectorDir).filter((f) => f.endsWith(".json") && f !== "vectors.schema.json").sort()) {
  const file = name.slice(0, -".json".length);
  for (const group of JSON.parse(readFileSync(join(vectorDir, name), "utf8"))) {
    for (const test of group.tests) {
      const answer = { file, group: group.description, test: test.description };
      let instance = test.data;
      if ("document" in test) {
        try {
          instance = JSON.parse(test.document.replace(/^\uFEFF/, ""));
        } catch (e) {
          Object.assign(answer, { valid: false, pointers: [""], validWithoutExtension: false, parseError: e.message });
          console.log(JSON.stringify(answer));
          continue;
        }
      }
      answer.valid = validate(instance);
      answer.pointers = pointers(validate.errors);
      answer.validWithoutExtension = validateWithoutExtension(instance);
      console.log(JSON.stringify(answer));
    }
  }
}
