import {readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {
  opsomming,
  redenVerwant,
  universeleFactoren,
  verwantFacetten,
  verwantePraktijken,
  type Gedeeld,
  type VerwantInput,
} from '../../src/content/verwant';
import {byDutchTitle} from '../../src/content/collate';
import {buildKennisbank} from '../../src/content/graph';
import {loadContent} from '../../src/content/load';
import {syntheticPraktijk} from '../../scripts/lib/synthetic';

type Raw = Omit<VerwantInput, 'titelVolgorde'> & {title: string};

/** Gives each practice its rank in Dutch title order, as `buildKennisbank` does. */
function ranked(raw: readonly Raw[]): (VerwantInput & {title: string})[] {
  const order = [...raw].sort(byDutchTitle);
  return raw.map((p) => ({...p, titelVolgorde: order.indexOf(p)}));
}

function praktijk(slug: string, title: string, facets: Partial<Record<(typeof verwantFacetten)[number], string[]>>): Raw {
  return {slug, title, factoren: [], themas: [], doelgroepen: [], settings: [], ...facets};
}

/**
 * The obvious way: compare every pair on full objects and sort all candidates. Too slow for
 * thousands of practices, but easy to trust.
 */
function naive(praktijken: readonly (VerwantInput & {title: string})[], max = 4) {
  const universal = new Set(
    praktijken.flatMap((p) => p.factoren).filter((f) => praktijken.every((p) => p.factoren.includes(f))),
  );
  return Object.fromEntries(
    praktijken.map((p) => {
      const candidates = praktijken
        .filter((q) => q !== p)
        .map((q) => {
          const gedeeld: Gedeeld = {
            factoren: p.factoren.filter((f) => q.factoren.includes(f) && !universal.has(f)),
            themas: p.themas.filter((t) => q.themas.includes(t)),
            doelgroepen: p.doelgroepen.filter((d) => q.doelgroepen.includes(d)),
            settings: p.settings.filter((s) => q.settings.includes(s)),
          };
          return {q, gedeeld, key: verwantFacetten.map((facet) => gedeeld[facet].length)};
        })
        .filter(({key}) => key.some((n) => n > 0))
        .sort((a, b) => {
          for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
          return byDutchTitle(a.q, b.q);
        });
      return [p.slug, candidates.slice(0, max).map(({q, gedeeld}) => ({slug: q.slug, gedeeld}))];
    }),
  );
}

describe('universeleFactoren', () => {
  it('finds the factors every practice shows, however many there are', () => {
    const list = [
      praktijk('a', 'A', {factoren: ['x', 'y', 'z', 'p']}),
      praktijk('b', 'B', {factoren: ['p', 'z', 'x']}),
      praktijk('c', 'C', {factoren: ['x', 'q', 'p']}),
    ];
    expect([...universeleFactoren(list)].sort()).toEqual(['p', 'x']);
    expect(universeleFactoren([])).toEqual(new Set());
  });
});

describe('verwantePraktijken', () => {
  it('gives a factor that every practice shows no weight, even where it is all two practices share', () => {
    const list = ranked([
      praktijk('a', 'A', {factoren: ['overal', 'zeldzaam'], themas: ['t1']}),
      praktijk('b', 'B', {factoren: ['overal']}),
      praktijk('c', 'C', {factoren: ['overal', 'zeldzaam']}),
      praktijk('d', 'D', {factoren: ['overal'], themas: ['t1']}),
    ]);
    const result = verwantePraktijken(list);
    expect(result.a!.map((v) => v.slug)).toEqual(['c', 'd']);
    expect(result.a![0]!.gedeeld.factoren).toEqual(['zeldzaam']);
    // b shares only the universal factor with everyone: nobody is like it.
    expect(result.b).toEqual([]);
    expect(result.a!.some((v) => v.gedeeld.factoren.includes('overal'))).toBe(false);
  });

  it('ranks factors above themes above target groups above settings', () => {
    const list = ranked([
      praktijk('self', 'Zelf', {factoren: ['f1', 'f2'], themas: ['t1', 't2'], doelgroepen: ['d1', 'd2'], settings: ['s1', 's2', 's3']}),
      praktijk('settings', 'S', {settings: ['s1', 's2', 's3']}),
      praktijk('doelgroep', 'D', {doelgroepen: ['d1', 'd2'], settings: ['s1']}),
      praktijk('thema', 'T', {themas: ['t1']}),
      praktijk('factor', 'F', {factoren: ['f1']}),
      praktijk('other', 'O', {factoren: ['x']}),
    ]);
    expect(verwantePraktijken(list).self!.map((v) => v.slug)).toEqual(['factor', 'thema', 'doelgroep', 'settings']);
  });

  it('breaks ties by Dutch title order, not by code units or input order', () => {
    // In code-unit order "Zwolle" comes before "école"; in Dutch it comes after.
    const list = ranked([
      praktijk('zelf', 'Midden', {themas: ['t']}),
      praktijk('zwolle', 'Zwolle', {themas: ['t']}),
      praktijk('ecole', 'école', {themas: ['t']}),
      praktijk('appel', 'Appel', {themas: ['t']}),
    ]);
    expect(verwantePraktijken(list).zelf!.map((v) => v.slug)).toEqual(['appel', 'ecole', 'zwolle']);
  });

  it('lists at most `max` practices and never the practice itself', () => {
    const list = ranked(Array.from({length: 9}, (_, i) => praktijk(`p${i}`, `P${i}`, {themas: ['t']})));
    const result = verwantePraktijken(list, {max: 4});
    for (const [slug, verwant] of Object.entries(result)) {
      expect(verwant).toHaveLength(4);
      expect(verwant.map((v) => v.slug)).not.toContain(slug);
    }
    expect(verwantePraktijken(list, {max: 0}).p0).toEqual([]);
  });

  it('gives the same result as comparing every pair, on 1,000 seeded synthetic practices', () => {
    const factorSlugs = readdirSync('docs/werkende-factoren')
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
      .map((name) => name.replace(/\.mdx$/, ''));
    const list = ranked(
      Array.from({length: 1000}, (_, i) => {
        const {slug, frontmatter} = syntheticPraktijk(i + 1, factorSlugs);
        // One factor in every practice, as in the real collection, so it must be ignored.
        const factoren = [...frontmatter.factoren, 'in-elke-praktijk'];
        return {slug, title: frontmatter.title, factoren, themas: frontmatter.themas, doelgroepen: frontmatter.doelgroepen, settings: frontmatter.settings};
      }),
    );
    const fast = verwantePraktijken(list);
    const slow = naive(list);
    expect(Object.keys(fast)).toHaveLength(1000);
    expect(fast).toEqual(slow);
    // Guard against a vacuous match: most practices do get four related ones.
    expect(Object.values(fast).filter((v) => v.length === 4).length).toBeGreaterThan(900);
  });
});

describe('redenVerwant', () => {
  const labels = {
    factoren: (v: string) => ({a: 'Lange adem', b: 'Eigen kracht', c: 'Samen doen'})[v] ?? v,
    themas: (v: string) => ({o: 'Opvoedondersteuning'})[v] ?? v,
    doelgroepen: (v: string) => ({j: 'Jonge kinderen', o: 'Ouders en opvoeders'})[v] ?? v,
    settings: (v: string) => ({s: 'School'})[v] ?? v,
  };
  it('names the shared factors first, then what else they share', () => {
    expect(redenVerwant({factoren: ['a', 'b', 'c'], themas: [], doelgroepen: ['j'], settings: []}, labels)).toBe(
      'deelt 3 werkende factoren: Lange adem, Eigen kracht en Samen doen; ook voor jonge kinderen',
    );
    expect(redenVerwant({factoren: ['a'], themas: ['o'], doelgroepen: ['j', 'o'], settings: ['s']}, labels)).toBe(
      'deelt 1 werkende factor: Lange adem; ook over opvoedondersteuning; ook voor jonge kinderen en ouders en opvoeders; zelfde vindplaats: school',
    );
    expect(redenVerwant({factoren: [], themas: ['o'], doelgroepen: [], settings: []}, labels)).toBe('ook over opvoedondersteuning');
  });
  it('joins lists the Dutch way', () => {
    expect([opsomming([]), opsomming(['a']), opsomming(['a', 'b']), opsomming(['a', 'b', 'c'])]).toEqual(['', 'a', 'a en b', 'a, b en c']);
  });
});

describe('on the real content', () => {
  const data = buildKennisbank(loadContent(process.cwd()));
  it('ignores exactly the factors that all practices show', () => {
    const everywhere = data.factoren.filter((f) => data.factorPraktijken[f.slug]!.length === data.counts.praktijken).map((f) => f.slug);
    expect(everywhere.length).toBeGreaterThan(0);
    for (const [slug, verwant] of Object.entries(data.verwant)) {
      expect(verwant.length, slug).toBeGreaterThan(0);
      expect(verwant.length, slug).toBeLessThanOrEqual(4);
      for (const v of verwant) for (const f of everywhere) expect(v.gedeeld.factoren).not.toContain(f);
    }
    expect(Object.keys(data.verwant).sort()).toEqual(data.praktijken.map((p) => p.slug).sort());
  });
});
