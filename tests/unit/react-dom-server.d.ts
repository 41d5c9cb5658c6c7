// The project has no @types/react-dom; the bot test renders MDX output with this one function.
declare module 'react-dom/server' {
  import type {ReactNode} from 'react';
  export function renderToStaticMarkup(element: ReactNode): string;
}
