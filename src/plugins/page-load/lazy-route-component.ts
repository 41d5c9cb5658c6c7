/**
 * Stands in for `@docusaurus/ComponentCreator` in the client bundle (the plugin swaps the
 * module at build time); it wraps the original.
 *
 * The route table calls ComponentCreator once per page of the site when main.js evaluates,
 * and each call builds a loadable component (chunk lookups, flattening, react-loadable
 * set-up), while a visit needs one or two of them. With a thousand practices that was about a
 * fifth of main.js' evaluation on every page. The server bundle keeps the original; the
 * wrapper renders no element of its own, so the HTML it hydrates is the same.
 */
import ComponentCreator from '@docusaurus/core/lib/client/exports/ComponentCreator';
import {lazyRoutes, type CreateRouteComponent} from './lazy-routes';

export default lazyRoutes(ComponentCreator as unknown as CreateRouteComponent);
