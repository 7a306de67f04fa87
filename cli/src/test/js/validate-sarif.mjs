// Validates SARIF logs against the published SARIF 2.1.0 schema (draft-04, as OASIS publishes it;
// the copy @microsoft/jest-sarif ships). Usage: node validate-sarif.mjs LOG.sarif...
// Prints "valid FILE" or "invalid FILE" and the errors as JSON; exits 1 when any log is invalid.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// unicodeRegExp off: the published schema's language pattern (...-[a-zA-Z]{2}]?$) is not valid with the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let failed = false;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  if (validate(log)) {
    console.log(`valid ${file}`);
  } else {
    failed = true;
    console.log(`invalid ${file} ${JSON.stringify(validate.errors)}`);
  }
}
process.exit(failed ? 1 : 0);
