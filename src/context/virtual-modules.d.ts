/** Served by src/integrations/site-context.ts: the id of the site context this build's code belongs to. */
declare module 'virtual:folio/context' {
  const contextId: string;
  export default contextId;
}
