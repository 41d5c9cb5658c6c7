import React, {type ReactNode} from 'react';
import type {FactorSummary} from '@site/src/content/graph';

interface Props {
  readonly factoren: readonly FactorSummary[];
  readonly counts: Readonly<Record<string, number>>;
  readonly total: number;
}

const ROW = 26;
const LABEL = 250;
const BAR = 300;

/**
 * Horizontal bar chart as plain SVG: no chart library, readable without JavaScript, and
 * described for screen readers by a title, a summary and a table-like list of the figures.
 */
export default function FactorChart({factoren, counts, total}: Props): ReactNode {
  const height = factoren.length * ROW + 24;
  const summaryId = 'factor-chart-summary';
  return (
    <figure>
      <svg
        role="img"
        aria-labelledby="factor-chart-title"
        aria-describedby={summaryId}
        viewBox={`0 0 ${LABEL + BAR + 60} ${height}`}
        style={{width: '100%', maxWidth: 640, height: 'auto'}}>
        <title id="factor-chart-title">Aantal praktijken per werkende factor</title>
        {factoren.map((factor, index) => {
          const count = counts[factor.slug] ?? 0;
          const width = total === 0 ? 0 : (count / total) * BAR;
          const y = index * ROW + 4;
          return (
            <g key={factor.slug}>
              <text x={LABEL - 8} y={y + 15} textAnchor="end" fontSize="13" fill="#1c1e21">
                {factor.korteNaam}
              </text>
              <rect x={LABEL} y={y + 2} width={width} height={ROW - 8} fill="#0f5a94" rx="3" />
              <text x={LABEL + width + 6} y={y + 15} fontSize="13" fill="#1c1e21">
                {count}
              </text>
            </g>
          );
        })}
        <line x1={LABEL} x2={LABEL} y1={0} y2={height - 16} stroke="#4b5259" />
        <text x={LABEL} y={height - 2} fontSize="12" fill="#4b5259">
          0
        </text>
        <text x={LABEL + BAR} y={height - 2} fontSize="12" fill="#4b5259" textAnchor="end">
          {total}
        </text>
      </svg>
      <figcaption id={summaryId}>
        Aantal van de {total} praktijken waarin elke factor zichtbaar is:{' '}
        {factoren.map((f) => `${f.korteNaam} ${counts[f.slug] ?? 0}`).join('; ')}.
      </figcaption>
    </figure>
  );
}
