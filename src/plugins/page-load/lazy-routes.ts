import {createElement, type ComponentType} from 'react';

/** What Docusaurus' ComponentCreator returns: a component that can load its code ahead. */
export type RouteComponent = ComponentType<Record<string, unknown>> & {preload(): Promise<unknown>};
export type CreateRouteComponent = (path: string, hash: string) => RouteComponent;

/**
 * Wraps a ComponentCreator so that each route's component is built the first time it is
 * preloaded or rendered, not when the route table is evaluated. The wrapper renders the real
 * component with the same props and nothing around it.
 */
export function lazyRoutes(create: CreateRouteComponent) {
  return function LazyComponentCreator(path: string, hash: string) {
    let created: RouteComponent | undefined;
    const routeComponent = () => (created ??= create(path, hash));
    function LazyRoute(props: Record<string, unknown>) {
      return createElement(routeComponent(), props);
    }
    LazyRoute.preload = () => routeComponent().preload();
    return LazyRoute;
  };
}
