// Validates every .html file under a folder with html-validate and this folder's config.
// Prints one line per problem (file:line:column rule message), then "N pages, M problems".
import { HtmlValidate, FileSystemConfigLoader } from "html-validate";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = process.argv[2];
const here = fileURLToPath(new URL(".", import.meta.url));
const files = readdirSync(root, { recursive: true }).filter((f) => f.endsWith(".html")).map((f) => join(root, f)).sort();
const validator = new HtmlValidate(new FileSystemConfigLoader({ extends: [join(here, ".htmlvalidate.mjs")], root: true }));
let problems = 0;
for (const file of files) {
  const report = await validator.validateFile(file);
  for (const result of report.results) {
    for (const m of result.messages) {
      problems++;
      console.log(`${relative(root, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
}
console.log(`${files.length} pages, ${problems} problems`);
