import {leeftijdsfasen} from './vocabularies';
import type {Entry} from './load';
import type {Praktijk} from './schemas/praktijk';
import type {Problem} from './problems';

/** Ages a phase covers, from its value (`4-12` is 4 up to 12); pregnancy comes before age 0. */
function phaseRange(value: string): [number, number] | undefined {
  const match = /^(\d+)-(\d+)$/.exec(value);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** The phases an age range touches: `van` up to `tot`, as the phases themselves are written. */
export function phasesOf(leeftijd: {van: number; tot: number}): string[] {
  const end = Math.max(leeftijd.tot, leeftijd.van + 1);
  return leeftijdsfasen.flatMap(({value}) => {
    const range = phaseRange(value);
    return range && leeftijd.van < range[1] && end > range[0] ? [value] : [];
  });
}

/**
 * `leeftijd` and `leeftijdsfasen` must tell the same story: every phase listed lies in the range,
 * and every phase the range covers is listed. Pregnancy fits a range that starts at 0.
 */
export function checkAgeRanges(praktijken: readonly Entry<Praktijk>[]): Problem[] {
  return praktijken.flatMap(({file, data, locate}): Problem[] => {
    const {leeftijd, leeftijdsfasen: fasen} = data;
    if (!leeftijd || !fasen) return [];
    const expected = phasesOf(leeftijd);
    const suggestion = `[${[...(leeftijd.van === 0 && fasen.includes('zwangerschap') ? ['zwangerschap'] : []), ...expected].join(', ')}]`;
    const range = `${leeftijd.van}–${leeftijd.tot} jaar`;
    const outside = fasen.flatMap((fase, index): Problem[] =>
      (fase === 'zwangerschap' ? leeftijd.van === 0 : expected.includes(fase))
        ? []
        : [{file, line: locate(['leeftijdsfasen', index]), field: `leeftijdsfasen[${index}]`, message: `deze fase valt buiten leeftijd ${range}`, value: fase, suggestion}],
    );
    const missing = expected.filter((fase) => !(fasen as readonly string[]).includes(fase));
    return [
      ...outside,
      ...(missing.length
        ? [{file, line: locate(['leeftijdsfasen']), field: 'leeftijdsfasen', message: `leeftijd ${range} omvat ook ${missing.join(', ')}; vul de fasen aan of pas de leeftijd aan`, value: fasen, suggestion}]
        : []),
    ];
  });
}
