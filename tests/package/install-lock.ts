/**
 * The lockfile of a project that depends on nothing but the packed tarball, made from this checkout's own
 * lockfile: the tarball, then every package our lockfile installs for production (not those only the
 * devDependencies need), at the same place under node_modules and the same version, resolved URL and integrity.
 * With it `npm install --offline` needs no registry metadata, only package tarballs, which the npm cache holds
 * since this checkout installed them; without it, npm must ask the registry for each package's versions.
 * A runtime dependency wrongly left in devDependencies is missing from it, and the build then fails.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  [field: string]: unknown;
}
interface Lock {
  packages: Record<string, LockEntry>;
}
interface Manifest {
  version: string;
  dependencies: Record<string, string>;
  bin: Record<string, string>;
  engines: Record<string, string>;
}

export function consumerLock(
  name: string,
  tarball: { file: string; spec: string },
  ourManifest: Manifest,
  ourLock: Lock,
): object {
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball.file)).digest('base64')}`;
  const packages: Record<string, unknown> = {
    '': { name, dependencies: { 'folio-docs': tarball.spec } },
    'node_modules/folio-docs': {
      version: ourManifest.version,
      resolved: tarball.spec,
      integrity,
      dependencies: ourManifest.dependencies,
      bin: ourManifest.bin,
      engines: ourManifest.engines,
    },
  };
  for (const [path, entry] of Object.entries(ourLock.packages)) {
    if (path === '' || entry.dev) continue;
    // devOptional: an optional dependency of a production package that the dev tree also uses.
    const { devOptional, ...kept } = entry;
    packages[path] = devOptional ? { ...kept, optional: true } : kept;
  }
  return { name, lockfileVersion: 3, requires: true, packages };
}
