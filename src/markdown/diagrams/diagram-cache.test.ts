import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diagramCache } from './diagram-cache.ts';
import { createDiagramRenderer } from './mermaid-renderer.ts';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'folio-diagrams-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the diagram cache', () => {
  it('keeps a verdict by the diagram text, across cache objects (builds)', () => {
    const dir = scratch();
    diagramCache(dir).set('graph TD\n  A --> B', { kind: 'svg', svg: '<svg></svg>', diagramType: 'flowchart' });
    expect(diagramCache(dir).get('graph TD\n  A --> B')).toEqual({
      kind: 'svg',
      svg: '<svg></svg>',
      diagramType: 'flowchart',
    });
    expect(diagramCache(dir).get('graph TD\n  A --> C')).toBeUndefined();
  });

  it('never keeps a renderer failure, and draws again over a file cut short', () => {
    const dir = scratch();
    const cache = diagramCache(dir);
    cache.set('graph TD', { kind: 'failed', message: 'worker crashed' });
    expect(readdirSync(dir, { withFileTypes: true })).toEqual([]);
    cache.set('graph LR', { kind: 'unsupported', diagramType: 'pie' });
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), '{"kind":"uns');
    expect(cache.get('graph LR')).toBeUndefined();
  });

  it('answers from the cache without asking Mermaid', async () => {
    // Mermaid would reject this text; the kept drawing is what comes back.
    const kept = { kind: 'svg', svg: '<svg></svg>', diagramType: 'flowchart-v2' } as const;
    const renderer = createDiagramRenderer({ get: () => kept, set: () => undefined });
    expect(await renderer.render('not a diagram')).toEqual(kept);
  });

  it('asks Mermaid for a diagram it has not kept, and keeps the verdict', async () => {
    const dir = scratch();
    const renderer = createDiagramRenderer(diagramCache(dir));
    const result = await renderer.render('flowchart LR\n  A --> B\n  B -=> C');
    expect(result).toMatchObject({ kind: 'error', line: 3 });
    expect(diagramCache(dir).get('flowchart LR\n  A --> B\n  B -=> C')).toEqual(result);
  });
});
