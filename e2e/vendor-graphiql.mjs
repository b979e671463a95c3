// Vendors GraphiQL into graph/graphiql/assets from the npm packages pinned in
// package-lock.json: the UMD build and stylesheet of graphiql, the UMD builds
// of react and react-dom, their licence files, and THIRD-PARTY-LICENSES.txt
// with the licence of every package graphiql's UMD build bundles (its
// dependency tree as installed here, react and react-dom left out: they are
// vendored as files of their own).
//   node vendor-graphiql.mjs          write the files
//   node vendor-graphiql.mjs --check  exit 1 when a vendored file differs
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const MODULES = join(HERE, 'node_modules');
const OUT = resolve(HERE, '../graph/graphiql/assets');

// COPIES maps a vendored file name to its file in node_modules.
const COPIES = {
  'graphiql.umd.js': 'graphiql/dist/index.umd.js',
  'graphiql.css': 'graphiql/dist/style.css',
  'graphiql.LICENSE.txt': 'graphiql/LICENSE',
  'react.production.min.js': 'react/umd/react.production.min.js',
  'react.LICENSE.txt': 'react/LICENSE',
  'react-dom.production.min.js': 'react-dom/umd/react-dom.production.min.js',
  'react-dom.LICENSE.txt': 'react-dom/LICENSE',
};
const NOTICES = 'THIRD-PARTY-LICENSES.txt';
const EXTERNAL = new Set(['react', 'react-dom']); // globals of the UMD build, not bundled

// findPackage resolves name from the package directory from the way node
// does: the nearest node_modules/name up the tree, stopping at MODULES.
function findPackage(from, name) {
  for (let dir = from; dir.startsWith(MODULES); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
  }
  const top = join(MODULES, name);
  if (existsSync(join(top, 'package.json'))) return top;
  throw new Error(`resolve ${name} from ${from}: not installed (run npm ci)`);
}

// bundled lists graphiql's installed dependency tree: its dependencies and
// required peer dependencies, type-only packages left out; graphiql first,
// then by name and version.
function bundled() {
  const seen = new Map();
  const walk = (dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const key = `${pkg.name}@${pkg.version}`;
    if (seen.has(key)) return;
    seen.set(key, { dir, pkg });
    const names = Object.keys(pkg.dependencies || {});
    for (const name of Object.keys(pkg.peerDependencies || {})) {
      if (!pkg.peerDependenciesMeta?.[name]?.optional) names.push(name);
    }
    for (const name of names) {
      if (EXTERNAL.has(name) || name.startsWith('@types/')) continue;
      walk(findPackage(dir, name));
    }
  };
  walk(join(MODULES, 'graphiql'));
  const [first, ...rest] = [...seen.values()];
  return [first, ...rest.sort((a, b) => `${a.pkg.name}@${a.pkg.version}`.localeCompare(`${b.pkg.name}@${b.pkg.version}`))];
}

// notices is the text of THIRD-PARTY-LICENSES.txt.
function notices() {
  const list = bundled();
  const parts = [
    `Licences of graphiql.umd.js (the UMD build of ${list[0].pkg.name}@${list[0].pkg.version}) and of the packages\n` +
    'it bundles (its dependency tree, react and react-dom left out: they are vendored apart),\n' +
    'from their npm packages as pinned in e2e/package-lock.json. Written by e2e/vendor-graphiql.mjs.\n',
  ];
  for (const { dir, pkg } of list) {
    const files = readdirSync(dir).filter((f) => /^(licen[cs]e|copying|notice)/i.test(f)).sort();
    let text = files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
    if (!text) {
      const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
      text = `${pkg.license} licence (package.json${author ? `, author ${author}` : ''}); the package ships no licence file.`;
    }
    parts.push(`${'='.repeat(72)}\n${pkg.name}@${pkg.version} (${pkg.license})\n${'='.repeat(72)}\n${text}\n`);
  }
  return parts.join('\n');
}

function main() {
  const check = process.argv.includes('--check');
  const wanted = Object.entries(COPIES).map(([name, from]) => [name, readFileSync(join(MODULES, from))]);
  wanted.push([NOTICES, Buffer.from(notices())]);
  const stale = [];
  for (const [name, content] of wanted) {
    const path = join(OUT, name);
    if (check) {
      if (!existsSync(path) || !readFileSync(path).equals(content)) stale.push(name);
    } else {
      writeFileSync(path, content);
    }
  }
  if (stale.length) {
    console.error(`vendor-graphiql: graph/graphiql/assets/{${stale.join(',')}} differ from the pinned npm packages (run: cd e2e && npm run vendor)`);
    process.exit(1);
  }
}

main();
