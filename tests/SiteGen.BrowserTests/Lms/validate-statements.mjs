// Checks xAPI statements with Learning Locker's validator (@learninglocker/xapi-validation):
// reads a JSON array of statements on stdin, prints [{ id, warnings }] for each that is not valid.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const validate = createRequire(import.meta.url)('@learninglocker/xapi-validation').default;
const statements = JSON.parse(fs.readFileSync(0, 'utf8'));
const invalid = statements
  .map((statement) => ({ id: statement.id, warnings: validate(statement).map((w) => JSON.stringify(w)) }))
  .filter((result) => result.warnings.length > 0);
process.stdout.write(JSON.stringify(invalid));
