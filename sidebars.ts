import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/**
 * Deliberately empty (and switched off in docusaurus.config.ts): Docusaurus ships the data
 * of every sidebar with every doc page. The overview pages (/praktijken, /werkende-factoren,
 * /beleid) are the indexes, and factor pages link to their neighbours.
 */
const sidebars: SidebarsConfig = {};

export default sidebars;
