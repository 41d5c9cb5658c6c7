import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import {pageWindow} from '@site/src/lib/overview-data';
import styles from './styles.module.css';

interface Props {
  readonly page: number;
  readonly pages: number;
  /** Where page `n` lives: a static page, or the overview with `?pagina=n`. */
  readonly hrefOf: (page: number) => string;
}

/** Previous, numbered and next page links (Infima's pagination), in a labelled landmark. */
export default function Pagination({page, pages, hrefOf}: Props): ReactNode {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Paginering" className={styles.nav}>
      <ul className={clsx('pagination', styles.list)}>
        {page > 1 && (
          <li className="pagination__item">
            <Link className="pagination__link" to={hrefOf(page - 1)} rel="prev" aria-label="Vorige pagina">
              <span aria-hidden="true">‹&nbsp;</span>Vorige
            </Link>
          </li>
        )}
        {pageWindow(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} className={clsx('pagination__item', styles.gap)} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n} className={clsx('pagination__item', n === page && 'pagination__item--active')}>
              <Link className="pagination__link" to={hrefOf(n)} aria-current={n === page ? 'page' : undefined}>
                <span className="visually-hidden">Pagina </span>
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pages && (
          <li className="pagination__item">
            <Link className="pagination__link" to={hrefOf(page + 1)} rel="next" aria-label="Volgende pagina">
              Volgende<span aria-hidden="true">&nbsp;›</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
