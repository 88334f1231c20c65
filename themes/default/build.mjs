// Builds each component's classic script from its ES modules:
//
//   components/<component>/<name>.mjs, and the src/*.mjs modules it imports
//     -> components/<component>/<name>.js (generated: ignored by git)
//
// SiteGen's build (generator/SiteGen.Cli) runs this whenever a source is newer
// than its script; by hand it is `npm run build` here. A site build then joins
// the components' .js files into assets/sitegen.js and assets/sitegen-training.js
// (generator/SiteGen/Theme/ThemeAssets.cs).
import { build } from 'esbuild';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const components = 'components';

// The entries: the .mjs files directly in a component's folder. Modules in its
// src/ are only ever imported.
const entryPoints = [];
for (const component of readdirSync(components).sort()) {
  const folder = join(components, component);
  if (statSync(folder).isDirectory()) {
    for (const file of readdirSync(folder).sort()) {
      if (file.endsWith('.mjs')) {
        entryPoints.push(join(folder, file));
      }
    }
  }
}

// Entries that bundle a package from npm written in newer JavaScript than ES5
// (esbuild cannot lower it): built for the browsers those packages support.
// Only pages that need them load them (the xAPI client: a module's pages, and
// only when site.yaml names a learning record store).
const modernEntries = { 'components/xapi/xapi.mjs': 'es2017' };

let result;
try {
  const options = {
    outbase: components,
    outdir: components,
    bundle: true,
    minify: true,
    // A classic script: a page opened from disk (file://) cannot load a module.
    // Written as "esm" inside a wrapper of our own rather than esbuild's "iife",
    // whose "use strict" goes above the function (evanw/esbuild#4505): SiteGen
    // joins the scripts into one file, so it would make every script after this
    // one strict as well. Inside the wrapper it keeps this script strict, as
    // the modules it was written as are.
    format: 'esm',
    banner: { js: "(function(){'use strict';" },
    footer: { js: '})();' },
    // Written below, once every script has passed: a failed build leaves no
    // half-made script newer than its sources, which the next build would trust.
    write: false,
    metafile: true,
    logLevel: 'warning',
  };
  const modern = await Promise.all(Object.entries(modernEntries)
    .filter(([entry]) => entryPoints.includes(entry))
    .map(([entry, target]) => build({ ...options, entryPoints: [entry], target })));
  result = await build({
    ...options,
    entryPoints: entryPoints.filter((entry) => !(entry in modernEntries)),
    // ES5 syntax, as the scripts have always been: esbuild stops with an error
    // on anything newer (const, arrow functions, classes) rather than ship it.
    target: 'es5',
  });
  for (const more of modern) {
    result.outputFiles.push(...more.outputFiles);
    Object.assign(result.metafile.outputs, more.metafile.outputs);
  }
} catch {
  process.exit(1); // esbuild has printed the errors
}

// An entry that exported something would end in an export statement, which a
// classic script cannot hold: say which, rather than ship a broken script.
const exporting = Object.values(result.metafile.outputs).filter((output) => output.exports.length);
for (const output of exporting) {
  console.error(`${output.entryPoint} exports ${output.exports.join(', ')}: an entry is a script and may not export. Move the exports to a module in src/.`);
}
if (exporting.length) {
  process.exit(1);
}

for (const file of result.outputFiles) {
  writeFileSync(file.path, file.contents);
}
