import MDXComponents from '@theme-original/MDXComponents';
import SelectieKnop from '@site/src/components/SelectieKnop';

/** The theme's MDX components, plus the one the kennisbank plugin places on case pages. */
export default {...MDXComponents, SelectieKnop};
