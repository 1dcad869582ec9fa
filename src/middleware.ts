/**
 * Request middleware: in the dev server, content errors are shown in the browser instead of the page.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentGraph, currentProblems } from './context/this-site.ts';
import { contentErrors } from './lib/content-errors.ts';

export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) {
    const error = contentErrors(currentProblems() ?? [], currentGraph().root);
    if (error) throw error;
  }
  return next();
});
