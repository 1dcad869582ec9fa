#!/usr/bin/env node
// Deterministic Markdown benchmark corpus (no dependencies, plain Node ESM), used by `npm run bench`.
// It is the generator the side-by-side comparison with Starlight uses too, so both build the same pages:
// change the pages it writes only together with that comparison.
//
//   node make-corpus.mjs OUTDIR N
//
// Writes N pages as OUTDIR/<section>/page-<i>.md (i = 0..N-1, section = SECTIONS[i % 5]).
// Each page: YAML frontmatter (title, description only), 600-1500 prose words (code excluded) with
// h2/h3 headings, paragraphs, bullet/numbered/task lists, one GFM table, 2-4 fenced code
// blocks (bash, ini, xml, diff, python, json, yaml) and 3-6 relative links to other pages
// (`../<section>/page-<j>.md`, some with `#slug` of a heading that exists there).
// Output depends only on (i, N): same N -> byte-identical files on every run/machine.
// Heading texts are lowercase-letter words, so the GitHub slug is words joined by '-'.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [outDir, nArg] = process.argv.slice(2);
const N = Number(nArg);
if (!outDir || !Number.isInteger(N) || N < 2) {
  console.error('usage: node make-corpus.mjs OUTDIR N   (N >= 2)');
  process.exit(2);
}

const SECTIONS = ['guides', 'reference', 'concepts', 'tutorials', 'operations'];

// mulberry32, seeded per page and per purpose so pages don't depend on each other.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const seedOf = (i, salt) => Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b) ^ 0x5eed;
const mk = (r) => ({
  int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
  pick: (arr) => arr[Math.floor(r() * arr.length)],
  chance: (p) => r() < p,
});

const NOUNS = (
  'cache server client request response token session index build pipeline plugin ' +
  'module bundle route layout theme schema collection page section sidebar header footer query ' +
  'worker queue node cluster volume snapshot backup policy role user group permission certificate ' +
  'proxy gateway endpoint handler middleware template component asset image stylesheet script ' +
  'manifest lockfile registry package dependency release version branch commit tag artifact ' +
  'container image service deployment namespace secret config variable flag option parameter ' +
  'timeout retry limit quota metric log trace alert dashboard report job task event hook'
).split(' ');
const BASE = (
  'configure control store return validate cache resolve load render generate ' +
  'update remove create read write index compress encrypt sign export import track schedule ' +
  'retry rotate merge split bundle serve stream'
).split(' ');
const plural = (w) => (/[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ie' : /(s|x|sh|ch)$/.test(w) ? w + 'e' : w) + 's';
const VERBS = BASE.map(plural);
const ADJS = (
  'default custom local remote shared private public static dynamic incremental ' +
  'stale fresh primary secondary optional required external internal temporary persistent ' +
  'global scoped nested minimal verbose strict lenient'
).split(' ');
const ADVS = 'usually always rarely automatically explicitly only quickly safely eventually'.split(' ');
const OPENERS = [
  'In most setups',
  'By default',
  'When the build starts',
  'During a deploy',
  'If nothing else is set',
  'On large sites',
  'For local development',
  'In production',
  'After an upgrade',
  'Before the first request',
];
const H2 = [
  'overview',
  'getting started',
  'configuration',
  'how it works',
  'common tasks',
  'troubleshooting',
  'performance',
  'security notes',
  'limitations',
  'migration',
  'examples',
  'reference',
  'best practices',
  'next steps',
  'background',
];
const H3 = [
  'prerequisites',
  'options',
  'defaults',
  'error handling',
  'caching',
  'logging',
  'upgrading',
  'rollback',
  'testing',
  'known issues',
  'environment variables',
  'file layout',
  'permissions',
  'timeouts',
  'retries',
  'monitoring',
];
const LANGS = ['bash', 'ini', 'xml', 'diff', 'python', 'json', 'yaml'];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const slug = (s) => s.toLowerCase().replace(/ /g, '-');

// Page outline (title + headings) from its own stream, so links can target real anchors.
function outline(i) {
  const g = mk(rng(seedOf(i, 1)));
  const title = `${cap(g.pick(ADJS))} ${g.pick(NOUNS)} ${g.pick([
    'guide',
    'setup',
    'internals',
    'reference',
    'walkthrough',
    'basics',
    'patterns',
    'checklist',
  ])} ${i}`;
  const sections = [];
  const used = new Set();
  const nH2 = g.int(4, 7);
  while (sections.length < nH2) {
    const h = `${cap(g.pick(H2))} ${g.chance(0.5) ? `of the ${g.pick(NOUNS)}` : ''}`.trim();
    if (used.has(slug(h))) continue;
    used.add(slug(h));
    const subs = [];
    for (let k = g.int(0, 2); k > 0; k--) {
      const s = `${cap(g.pick(H3))} for ${g.pick(ADJS)} ${plural(g.pick(NOUNS))}`;
      if (!used.has(slug(s))) {
        used.add(slug(s));
        subs.push(s);
      }
    }
    sections.push({ h, subs });
  }
  return { title, sections, anchors: [...used] };
}

const pathOf = (i) => `${SECTIONS[i % SECTIONS.length]}/page-${i}.md`;

function sentence(g) {
  const s = g.chance(0.4)
    ? `${g.pick(OPENERS)}, the ${g.pick(ADJS)} ${g.pick(NOUNS)} ${g.pick(VERBS)} the ${g.pick(NOUNS)}`
    : `The ${g.pick(NOUNS)} ${g.pick(ADVS)} ${g.pick(VERBS)} each ${g.pick(ADJS)} ${g.pick(NOUNS)}`;
  const tail = g.chance(0.5) ? ` before the ${g.pick(NOUNS)} ${g.pick(VERBS)} it` : '';
  const code = g.chance(0.15) ? ` using \`${g.pick(NOUNS)}.${g.pick(NOUNS)}\`` : '';
  const emph = g.chance(0.1) ? ` and keeps it **${g.pick(ADJS)}**` : '';
  return `${cap(s)}${tail}${code}${emph}.`;
}
const paragraph = (g, n) => Array.from({ length: n }, () => sentence(g)).join(' ');

function codeBlock(g, lang) {
  const a = g.pick(NOUNS),
    b = g.pick(NOUNS),
    c = g.pick(ADJS),
    n = g.int(2, 300);
  const body = {
    bash:
      `# ${c} ${a} setup\nexport ${a.toUpperCase()}_DIR="$HOME/.${b}"\nmkdir -p "$${a.toUpperCase()}_DIR"\n` +
      `npx ${b}-cli ${a} --${c} --limit ${n} | tee ${a}.log\nif [ $? -ne 0 ]; then echo "${a} failed" >&2; exit 1; fi`,
    ini: `; ${c} ${a} settings\n[${a}]\nenabled = true\n${b}_limit = ${n}\nmode = ${c}\n\n[${b}]\npath = /var/lib/${b}\nretries = ${n % 7}`,
    xml:
      `<?xml version="1.0" encoding="UTF-8"?>\n<${a} mode="${c}">\n  <${b} limit="${n}" enabled="true"/>\n` +
      `  <!-- ${g.pick(VERBS)} the ${b} -->\n  <path>/srv/${a}/${b}</path>\n</${a}>`,
    diff:
      `--- a/${a}.config.js\n+++ b/${a}.config.js\n@@ -1,5 +1,6 @@\n export default {\n-  ${b}: '${c}',\n` +
      `+  ${b}: '${g.pick(ADJS)}',\n+  limit: ${n},\n   ${a}: true,\n };`,
    python:
      `import json\n\n\ndef load_${a}(path: str, limit: int = ${n}) -> dict:\n    """Load the ${c} ${a}."""\n` +
      `    with open(path) as fh:\n        data = json.load(fh)\n    return {k: v for k, v in data.items() if k != "${b}"}\n\n\n` +
      `if __name__ == "__main__":\n    print(load_${a}("${b}.json"))`,
    json: JSON.stringify(
      {
        name: `${a}-${b}`,
        version: `1.${n % 20}.0`,
        [a]: { mode: c, limit: n, enabled: true },
        tags: [g.pick(NOUNS), g.pick(NOUNS)],
      },
      null,
      2,
    ),
    yaml:
      `${a}:\n  mode: ${c}\n  limit: ${n}\n  ${b}s:\n    - name: ${g.pick(NOUNS)}\n      enabled: true\n` +
      `    - name: ${g.pick(NOUNS)}\n      enabled: false`,
  }[lang];
  return '```' + lang + '\n' + body + '\n```';
}

function linkTo(g, i) {
  let j = g.int(0, N - 1);
  if (j === i) j = (j + 1) % N;
  const o = outline(j);
  const anchor = g.chance(0.4) ? `#${g.pick(o.anchors)}` : '';
  const href =
    SECTIONS[j % SECTIONS.length] === SECTIONS[i % SECTIONS.length] && g.chance(0.3)
      ? `./page-${j}.md${anchor}`
      : `../${pathOf(j)}${anchor}`;
  return `[${o.title.toLowerCase()}](${href})`;
}

const words = (s) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;

function page(i) {
  const o = outline(i);
  const g = mk(rng(seedOf(i, 2)));
  const target = g.int(620, 1360);
  const nCode = g.int(2, 4),
    nLinks = g.int(3, 6);
  const langs = Array.from({ length: nCode }, () => g.pick(LANGS));
  const links = Array.from({ length: nLinks }, () => linkTo(g, i));
  const kinds = ['table', 'tasks', 'numbered', ...langs.map((l) => `code:${l}`)];
  const out = [];
  let count = 0;
  const add = (block, prose = true) => {
    out.push(block);
    if (prose) count += words(block);
  };
  add(paragraph(g, g.int(2, 4)));
  const block = (k) => {
    if (k === 'p') {
      let p = paragraph(g, g.int(3, 6));
      if (links.length && g.chance(0.5)) p += ` See ${links.shift()} for details.`;
      add(p);
    } else if (k === 'ul') {
      add(Array.from({ length: g.int(3, 5) }, () => `- ${sentence(g)}`).join('\n'));
    } else if (k === 'numbered') {
      add(
        Array.from(
          { length: g.int(3, 6) },
          (_, n) => `${n + 1}. ${cap(g.pick(BASE))} the ${g.pick(ADJS)} ${g.pick(NOUNS)}.`,
        ).join('\n'),
      );
    } else if (k === 'tasks') {
      add(
        Array.from(
          { length: g.int(3, 5) },
          () => `- [${g.chance(0.5) ? 'x' : ' '}] ${cap(g.pick(BASE))} the ${g.pick(NOUNS)}`,
        ).join('\n'),
      );
    } else if (k === 'table') {
      const rows = Array.from(
        { length: g.int(3, 6) },
        () =>
          `| \`${g.pick(NOUNS)}\` | ${g.pick(['string', 'number', 'boolean', 'string[]'])} | \`${g.pick(ADJS)}\` | ${sentence(g)} |`,
      );
      add(['| Option | Type | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n'));
    } else {
      add(codeBlock(g, k.slice(5)), false);
    }
  };
  // Each non-paragraph block goes to a random part (h2 or h3 span); parts are then
  // filled with paragraphs/bullets up to an even share of the word target.
  const parts = o.sections.flatMap(({ h, subs }) => [`## ${h}`, ...subs.map((x) => `### ${x}`)]);
  const slots = parts.map(() => []);
  for (const k of kinds) slots[g.int(0, parts.length - 1)].push(k);
  parts.forEach((heading, p) => {
    add(heading);
    for (const k of slots[p]) block(k);
    const stop = count + (target - count) / (parts.length - p);
    if (count >= stop) add(paragraph(g, g.int(1, 2)));
    while (count < stop) block(g.pick(['p', 'p', 'p', 'ul']));
  });
  if (links.length) add(`Related pages: ${links.join(', ')}.`);
  const desc = `${cap(g.pick(BASE))} the ${g.pick(ADJS)} ${g.pick(NOUNS)} and ${g.pick(NOUNS)} in ${o.title.toLowerCase()}.`;
  return `---\ntitle: ${o.title}\ndescription: ${desc}\n---\n\n${out.join('\n\n')}\n`;
}

for (const s of SECTIONS) mkdirSync(join(outDir, s), { recursive: true });
let totalWords = 0;
for (let i = 0; i < N; i++) {
  const text = page(i);
  totalWords += words(text);
  writeFileSync(join(outDir, pathOf(i)), text);
}
console.log(`wrote ${N} pages to ${outDir} (${totalWords} words incl. code)`);
