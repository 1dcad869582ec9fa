/**
 * remark plugin: gives every heading its id (`{#id}` pin, else GitHub's slug) using the same function the
 * content graph validates links with.
 *
 *   ## Where the logs are {#logs}   ->  <h2 id="logs">Where the logs are</h2>
 *   ## Where the logs are           ->  <h2 id="where-the-logs-are">Where the logs are</h2>
 */
import type { Root } from 'mdast';
import { assignHeadingIds } from '../lib/heading-ids.ts';

export default function remarkHeadingIds() {
  return (tree: Root) => {
    assignHeadingIds(tree);
  };
}
