/**
 * Astro integration: makes the build's site context (src/context/site-context.ts) findable by the pages. A tiny
 * Vite plugin serves `virtual:folio/context` as the context's id, the way Starlight serves its user config as
 * `virtual:starlight/user-config`; the pages look the context up by that id (src/context/this-site.ts). A context
 * the Astro config made itself is released when its build or dev server ends.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { releaseSiteContext, type SiteContext } from '../context/site-context.ts';

export const contextModule = 'virtual:folio/context';

export function contextModulePlugin(id: string): Plugin {
  const resolved = `\0${contextModule}`;
  return {
    name: 'folio:context-module',
    resolveId: (source) => (source === contextModule ? resolved : undefined),
    load: (module) => (module === resolved ? `export default ${JSON.stringify(id)};` : undefined),
  };
}

export default function siteContext(context: SiteContext, options: { owned: boolean }): AstroIntegration {
  const release = () => {
    if (options.owned) releaseSiteContext(context);
  };
  return {
    name: 'folio:site-context',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [contextModulePlugin(context.id)] } });
      },
      'astro:build:done': release,
      'astro:server:done': release,
    },
  };
}
