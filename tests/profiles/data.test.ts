// Checks the built-in profile transcriptions against the seed counts, the id scheme and spot-checked texts.

import { profileAttribution } from '../../shared/profiles/attribution';
import { HAN } from '../../shared/profiles/data/han';
import { KENNISNET } from '../../shared/profiles/data/kennisnet';
import { NPULS } from '../../shared/profiles/data/npuls';
import { VERSNELLINGSPLAN } from '../../shared/profiles/data/versnellingsplan';
import type { Profile, ProfileArea, ProfileItem } from '../../shared/profiles/model';

const ALL: readonly Profile[] = [NPULS, HAN, KENNISNET, VERSNELLINGSPLAN];

const NPULS_COUNTS: Record<string, [number, number, number]> = {
  basis: [7, 8, 8],
  bruggenbouwer: [6, 6, 9],
  adviseur: [6, 10, 7],
  coach: [5, 7, 5],
  didacticus: [6, 6, 5],
  innovator: [8, 10, 8],
};

function area(profile: Profile, id: string): ProfileArea {
  const found = profile.areas.find((a) => a.id === id);
  if (!found) throw new Error(`no area ${id} in ${profile.id}`);
  return found;
}

function item(profile: Profile, id: string): ProfileItem {
  for (const a of profile.areas) {
    const found = a.items.find((i) => i.id === id);
    if (found) return found;
  }
  throw new Error(`no item ${id} in ${profile.id}`);
}

function itemCount(profile: Profile): number {
  return profile.areas.reduce((n, a) => n + a.items.length, 0);
}

/** Every text a profile shows: item texts, area names, aliases and descriptions, titles. */
function texts(profile: Profile): string[] {
  const out = [profile.title, profileAttribution(profile).source];
  for (const a of profile.areas) {
    out.push(a.name, a.role, a.description, ...a.aliases, ...a.items.map((i) => i.text));
  }
  return out;
}

describe('npuls profile', () => {
  it('has the metadata and area order of seed 000', () => {
    expect(NPULS.id).toBe('npuls');
    expect(NPULS.year).toBe(2025);
    expect(profileAttribution(NPULS).licence).toBe('CC BY-SA 4.0');
    expect(profileAttribution(NPULS).source).toContain('Vogel, D.Y.S.');
    expect(NPULS.areas.map((a) => a.id)).toEqual(Object.keys(NPULS_COUNTS));
    expect(NPULS.areas.map((a) => a.code)).toEqual(['BAS', 'BRU', 'ADV', 'COA', 'DID', 'INN']);
    expect(NPULS.areas.map((a) => a.scope)).toEqual([
      'everyone',
      'network',
      'network',
      'network',
      'network',
      'network',
    ]);
  });

  it.each(Object.entries(NPULS_COUNTS))('%s has the printed K/V/A counts', (id, [k, v, a]) => {
    const items = area(NPULS, id).items;
    expect(items.filter((i) => i.type === 'K')).toHaveLength(k);
    expect(items.filter((i) => i.type === 'V')).toHaveLength(v);
    expect(items.filter((i) => i.type === 'A')).toHaveLength(a);
    expect(items).toHaveLength(k + v + a);
  });

  it('has 127 items in total', () => {
    expect(itemCount(NPULS)).toBe(127);
  });

  it('uses ids CODE-TYPE+index, contiguous from 1 within area and type, in K, V, A order', () => {
    for (const a of NPULS.areas) {
      const next: Record<string, number> = { K: 1, V: 1, A: 1 };
      let lastType = 'K';
      for (const i of a.items) {
        expect(i.id).toMatch(/^(BAS|BRU|ADV|COA|DID|INN)-[KVA][1-9][0-9]*$/);
        expect(i.type).toBeDefined();
        const type = i.type ?? '?';
        expect('KVA'.indexOf(type)).toBeGreaterThanOrEqual('KVA'.indexOf(lastType));
        lastType = type;
        expect(i.id).toBe(`${a.code}-${type}${next[type]}`);
        next[type] = (next[type] ?? 0) + 1;
      }
    }
  });

  it('keeps the names and aliases the seed uses', () => {
    expect(area(NPULS, 'bruggenbouwer').name).toBe('Verbinden over grenzen heen');
    expect(area(NPULS, 'bruggenbouwer').aliases).toContain('verbinder');
    expect(area(NPULS, 'adviseur').name).toBe('Strategisch en praktisch (onderbouwd) adviseren');
    expect(area(NPULS, 'adviseur').role).toBe('Adviseur');
    expect(area(NPULS, 'innovator').name).toBe('Richting geven aan onderwijsvernieuwing');
  });

  it('matches spot-checked item texts of seed 000', () => {
    // Extraction faults named in the seeds README.
    expect(item(NPULS, 'BAS-K4').text).toBe(
      'Kennis van organisatiecultuur en besluitvormingsprocessen binnen de instelling.',
    );
    expect(item(NPULS, 'INN-A6').text).toBe(
      'Handelt digitaal competent en met verantwoordelijkheidsbesef bij het gebruik van technologie.',
    );
    // Table 3: the item that lost its dash is an item of its own.
    expect(item(NPULS, 'ADV-V1').text).toBe(
      'Onderwijsinnovatie adviseren en begeleiden, waarbij technologie als versterkend middel wordt ingezet.',
    );
    expect(item(NPULS, 'ADV-V2').text).toBe(
      'Trends en ontwikkelingen in onderwijs en ICT signaleren en daarop anticiperen.',
    );
    expect(item(NPULS, 'ADV-V3').text).toBe(
      'Stakeholders, hun belangen en dynamiek analyseren; conflicten en krachtenvelden herkennen.',
    );
    // Column boundaries (last K / first V / first A).
    expect(item(NPULS, 'BRU-K6').text).toMatch(/^Is bekend met digitale samenwerkingstools/);
    expect(item(NPULS, 'BRU-V1').text).toMatch(/^Herkent verschillen in perspectieven/);
    expect(item(NPULS, 'BRU-A1').text).toBe('Zet zich in om mensen, ideeën en werelden met elkaar te verbinden.');
    expect(item(NPULS, 'BAS-V8').text).toBe('Ondersteunt leer- en ontwikkelprocessen bij anderen én zichzelf');
    expect(item(NPULS, 'BAS-A1').text).toBe(
      'Toont professionele betrokkenheid en neemt verantwoordelijkheid voor kwaliteit',
    );
    expect(item(NPULS, 'ADV-K5').text).toBe('Herkent ontwikkelingen binnen het vervolgonderwijs.');
    expect(item(NPULS, 'ADV-V10').text).toBe('Scenario’s en toekomstverkenningen opstellen op basis van beleidstrends');
    expect(item(NPULS, 'COA-K4').text).toBe(
      'Kennis van de onderwijspraktijk binnen verschillende contexten (mbo/hbo/wo)',
    );
    expect(item(NPULS, 'DID-A5').text).toBe('Gedreven om onderwijsontwerp en uitvoering duurzaam te versterken');
    expect(item(NPULS, 'INN-K5').text).toBe(
      'Kennis van scenario-ontwikkeling, visievorming en de rol van organisatiecultuur daarin.',
    );
    expect(item(NPULS, 'INN-V10').text).toBe(
      'Verbindt technologische mogelijkheden met onderwijskundige en maatschappelijke doelen.',
    );
  });
});

describe('han profile', () => {
  it('has 36 untyped items in five areas', () => {
    expect(itemCount(HAN)).toBe(36);
    expect(profileAttribution(HAN).licence).toBe('CC BY-NC 4.0');
    expect(HAN.areas.map((a) => a.items.length)).toEqual([6, 11, 6, 7, 6]);
    expect(HAN.areas.map((a) => a.scope)).toEqual(['everyone', 'everyone', 'network', 'network', 'network']);
    for (const a of HAN.areas) {
      a.items.forEach((i, n) => {
        expect(i.type).toBeUndefined();
        expect(i.id).toBe(`${a.code}-${n + 1}`);
      });
    }
  });

  it('puts the sub-dimension of professioneel handelen in group', () => {
    const groups = area(HAN, 'professioneel-handelen').items.map((i) => i.group);
    expect(groups.filter((g) => g === 'Lerende professional')).toHaveLength(4);
    expect(groups.filter((g) => g === 'Innoverende professional')).toHaveLength(4);
    expect(groups.filter((g) => g === 'Netwerkende professional')).toHaveLength(3);
    for (const a of HAN.areas.filter((x) => x.id !== 'professioneel-handelen')) {
      for (const i of a.items) expect(i.group).toBeUndefined();
    }
  });

  it('matches spot-checked item texts of seed 002', () => {
    expect(item(HAN, 'PHA-3').text).toBe('is zich bewust van de eigen persoonlijke kwaliteiten en valkuilen;');
    expect(item(HAN, 'ORG-3').text).toBe(
      'heeft zicht op de didactische waarde van ict in het onderwijs en de implicaties ervan voor de organisatie ' +
        'van het onderwijs;',
    );
    expect(item(HAN, 'PRF-6').text).toBe(
      'is in staat om eigenaarschap voor de eigen competentieontwikkeling te stimuleren.',
    );
  });
});

describe('kennisnet profile', () => {
  it('has 13 untyped characteristics in four areas', () => {
    expect(itemCount(KENNISNET)).toBe(13);
    expect(KENNISNET.areas.map((a) => a.items.length)).toEqual([4, 3, 3, 3]);
    expect(KENNISNET.areas.every((a) => a.scope === 'everyone')).toBe(true);
    expect(KENNISNET.areas.flatMap((a) => a.items).every((i) => i.type === undefined)).toBe(true);
    expect(item(KENNISNET, 'ORG-2').text).toBe('volgen en verantwoorden');
    expect(item(KENNISNET, 'DGL-4').text).toBe('computational thinking');
  });
});

describe('versnellingsplan profile', () => {
  it('has the five roles with descriptions and no items', () => {
    expect(VERSNELLINGSPLAN.areas.map((a) => a.id)).toEqual([
      'veranderaar',
      'coach',
      'adviseur',
      'netwerker',
      'inspirator',
    ]);
    expect(itemCount(VERSNELLINGSPLAN)).toBe(0);
    for (const a of VERSNELLINGSPLAN.areas) {
      expect(a.scope).toBe('network');
      expect(a.description.startsWith(`De ${a.id} die `)).toBe(true);
    }
    expect(area(VERSNELLINGSPLAN, 'coach').description).toContain('herontwerpprocessen');
  });
});

describe.each(ALL.map((p) => [p.id, p] as const))('%s: shape and clean text', (_id, profile) => {
  it('has unique item ids and unique area ids and codes', () => {
    const ids = profile.areas.flatMap((a) => a.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(profile.areas.map((a) => a.id)).size).toBe(profile.areas.length);
    expect(new Set(profile.areas.map((a) => a.code)).size).toBe(profile.areas.length);
    for (const a of profile.areas) {
      expect(a.code).toMatch(/^[A-Z]{3}$/);
      expect(a.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(a.description.length).toBeGreaterThan(0);
    }
  });

  it('has no extraction debris in any text', () => {
    for (const t of texts(profile)) {
      expect(t).not.toMatch(/ {2}/);
      expect(t).not.toContain('\u00ad');
      expect(t).not.toContain('\u00a0');
      expect(t).not.toContain('•');
      expect(t).not.toMatch(/^\s|\s$/);
      expect(t).not.toMatch(/^- /);
      // A word hyphenated at a line break leaves "woord- deel"; only suspended compounds ("leer- en") may remain.
      expect(t).not.toMatch(/\p{L}- (?!en |of )/u);
      expect(t).not.toMatch(/besluitvormingsprocesse n|verantwoordelijkheidsbes ef/);
      // Footnote markers glued to words ("begrip30,36").
      expect(t).not.toMatch(/\p{L}\d+,\d+/u);
    }
    for (const a of profile.areas) {
      for (const i of a.items) expect(i.text).not.toContain('\n');
    }
  });
});
