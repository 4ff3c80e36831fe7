import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { createMatcher, parseGlossary, relativeHref, type GlossaryTerm } from './glossary';
import { linkTerms, type LinkedTerm } from './glossary-html';
import { rewriteHtml } from '../../site/html';
import { languages } from '../../site/languages.ts';

const docs = join(import.meta.dirname, '../../../content/docs');
const glossaryOf = (lang: string) =>
  parseGlossary(readFileSync(join(docs, lang, 'glossaire.mdx'), 'utf8'));

/** The words of `text` that a language's real glossary links (every use, not only the first). */
function found(lang: string, text: string, terms = glossaryOf(lang)) {
  return createMatcher(terms, lang)
    .find(text)
    .map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
}

/** The HTML of `html` with the first use of each term of a language linked. */
function linked(lang: string, html: string) {
  const terms = glossaryOf(lang);
  let linkedTerms: LinkedTerm[] = [];
  const out = rewriteHtml(html, [
    (fragment) =>
      (linkedTerms = linkTerms(fragment, {
        matcher: createMatcher(terms, lang),
        ids: new Set(terms.map((t) => t.id)),
        href: (id) => `../glossaire/#${id}`,
      })),
  ]);
  return { html: out, linked: linkedTerms };
}

describe('reading a glossary page', () => {
  const source = `---
title: Glossaire
---

Intro, not an entry.

## Conseiller { #conseiller }
{/* also: conseillère | conseillères */}

La personne qui vous reçoit.

## Traite { #traite }
{/* only: la [traite] | [traite] des personnes */}

Le fait d'exploiter une personne.

## Aide au retour (AVRR) { #avrr .i-home }

Une aide.
`;

  it('takes each entry with its id, its heading and the forms declared under it', () => {
    expect(parseGlossary(source)).toEqual<GlossaryTerm[]>([
      {
        id: 'conseiller',
        label: 'Conseiller',
        forms: ['Conseiller', 'conseillère', 'conseillères'],
      },
      { id: 'traite', label: 'Traite', forms: ['la [traite]', '[traite] des personnes'] },
      { id: 'avrr', label: 'Aide au retour (AVRR)', forms: ['Aide au retour', 'AVRR'] },
    ]);
  });

  it('keeps the words of a letter apart: search finds the entry by them, pages never link them', () => {
    const [entry] = parseGlossary(
      '## Régularisation { #regularisation }\n{/* letter: titre de séjour */}\n\nLa démarche…',
    );
    expect(entry).toEqual({
      id: 'regularisation',
      label: 'Régularisation',
      forms: ['Régularisation'],
      letter: ['titre de séjour'],
    });
    expect(createMatcher([entry!], 'fr').find('sans titre de séjour')).toEqual([]);
  });

  it('finds every entry of every language, with the same ids as in French', () => {
    const french = glossaryOf('fr').map((t) => t.id);
    expect(french.length).toBeGreaterThan(15);
    expect(new Set(french).size).toBe(french.length);
    for (const lang of Object.keys(languages)) {
      expect(glossaryOf(lang).map((t) => t.id)).toEqual(french);
    }
  });
});

describe('finding terms in a text', () => {
  it('ignores case and finds French plurals', () => {
    expect(found('fr', 'Les Solutions durables et la réintégration durable.')).toEqual([
      'solution-durable:Solutions durables',
      'reintegration-durable:réintégration durable',
    ]);
    expect(found('fr', 'des demandeurs d’asile, des enfants non accompagnés')).toEqual([
      'demandeur-d-asile:demandeurs d’asile',
      'enfant-non-accompagne:enfants non accompagnés',
    ]);
  });

  it('finds English and Spanish plurals', () => {
    expect(found('en', 'countries of origin and asylum seekers')).toEqual([
      'pays-d-origine:countries of origin',
      'demandeur-d-asile:asylum seekers',
    ]);
    expect(found('es', 'las soluciones duraderas en los países de acogida')).toEqual([
      'solution-durable:soluciones duraderas',
      'pays-d-accueil:países de acogida',
    ]);
  });

  it('finds an Arabic term with or without the article and with a prefix', () => {
    expect(found('ar', 'تحدّث مع مستشار.')).toEqual(['conseiller:مستشار']);
    expect(found('ar', 'تحدّث مع المستشار.')).toEqual(['conseiller:المستشار']);
    expect(found('ar', 'يمكن للمستشار أن يشرح.')).toEqual(['conseiller:للمستشار']);
    expect(found('ar', 'مساعدة والمنظمة الدولية للهجرة')).toEqual(['oim:والمنظمة الدولية للهجرة']);
    // The heading is indefinite (حل دائم); the article and short vowels are optional.
    expect(found('ar', 'الحلّ الدائم')).toEqual(['solution-durable:الحلّ الدائم']);
  });

  it('finds a Dari term typed with Arabic yeh and kaf, or without its zero-width non-joiner', () => {
    // The page writes کشور میزبان and راه‌حل پایدار (ی, ک, and U+200C inside راه‌حل).
    expect(found('prs', 'در كشور ميزبان')).toEqual(['pays-d-accueil:كشور ميزبان']);
    expect(found('prs', 'یک راهحل پایدار')).toEqual(['solution-durable:راهحل پایدار']);
    expect(found('prs', 'یک راه\u200cحل پایدار')).toEqual(['solution-durable:راه\u200cحل پایدار']);
  });

  it('takes whole words only, in every script', () => {
    expect(found('fr', 'Les conseillers-relais et la traitement')).toEqual([]);
    expect(found('en', 'counsellorship')).toEqual([]);
    expect(found('ar', 'المستشارات')).toEqual([]);
  });

  it('matches acronyms in capitals only, never inside another word', () => {
    expect(found('fr', 'L’OIM aide.')).toEqual(['oim:OIM']);
    expect(found('fr', 'oim, HCRx, AVRRS, ANTIHCR')).toEqual([]);
    expect(found('es', 'Le OIMos')).toEqual([]);
  });

  it('prefers the longest term where two overlap', () => {
    expect(found('fr', 'une réintégration durable')).toEqual([
      'reintegration-durable:réintégration durable',
    ]);
    expect(found('fr', 'l’aide au retour volontaire et à la réintégration')).toEqual([
      'avrr:aide au retour volontaire et à la réintégration',
    ]);
  });

  it('links a word that is also an everyday word only in the sense of the glossary', () => {
    expect(found('fr', 'Ce module traite des deux solutions.')).toEqual([]);
    expect(found('fr', 'les victimes de la traite')).toEqual(['traite:traite']);
    expect(found('fr', 'pour conseiller les personnes')).toEqual([]);
    expect(found('fr', 'parlez à un conseiller ou à une conseillère')).toEqual([
      'conseiller:conseiller',
      'conseiller:conseillère',
    ]);
    expect(found('es', 'Se trata de una estafa. Las víctimas de trata.')).toEqual(['traite:trata']);
  });
});

describe('linking the first use of each term in a page', () => {
  it('links the first use only, and keeps the rest of the markup', () => {
    const { html, linked: terms } = linked(
      'fr',
      '<p class="x">Un conseiller vous reçoit. Le conseiller vous <em>écoute</em>.</p>',
    );
    expect(html).toBe(
      '<p class="x">Un <a href="../glossaire/#conseiller" data-gl="">conseiller</a> vous reçoit. Le conseiller vous <em>écoute</em>.</p>',
    );
    expect(terms).toEqual([{ id: 'conseiller', text: 'conseiller', added: true }]);
  });

  it('leaves headings, links, code, emphasis, aside titles and widgets alone', () => {
    const html = [
      '<div class="sl-heading-wrapper"><h2 id="oim">L’OIM</h2></div>',
      '<p><a href="../autre/">l’OIM</a> <code>OIM</code> <strong>OIM</strong></p>',
      '<aside><p class="starlight-aside__title">OIM</p></aside>',
      '<div data-widget="x"><p>OIM</p></div>',
      '<noscript><p>OIM</p></noscript>',
      '<p>Enfin l’OIM.</p>',
    ].join('');
    const result = linked('fr', html);
    expect(result.linked).toEqual([{ id: 'oim', text: 'OIM', added: true }]);
    expect(result.html).toBe(
      html.replace('Enfin l’OIM.', 'Enfin l’<a href="../glossaire/#oim" data-gl="">OIM</a>.'),
    );
  });

  it('counts a link the author wrote to the glossary as a use, and marks it', () => {
    const { html, linked: terms } = linked(
      'fr',
      '<p>Une <a href="../../glossaire/#avrr">aide au retour</a>. L’AVRR aide.</p>',
    );
    expect(html).toBe(
      '<p>Une <a href="../../glossaire/#avrr" data-gl="">aide au retour</a>. L’AVRR aide.</p>',
    );
    expect(terms).toEqual([{ id: 'avrr', text: 'aide au retour', added: false }]);
  });

  it('works on Arabic text, article included in the link', () => {
    const { html } = linked('ar', '<p>يمكن للمستشار أن يشرح. المستشار يساعد.</p>');
    expect(html).toBe(
      '<p>يمكن <a href="../glossaire/#conseiller" data-gl="">للمستشار</a> أن يشرح. المستشار يساعد.</p>',
    );
  });
});

describe('the address of the glossary from a page', () => {
  it('is relative, so it works under a sub-path and offline', () => {
    expect(relativeHref('/fr/migrants/vos-options/', '/fr/glossaire/')).toBe('../../glossaire/');
    expect(relativeHref('/guide/ar/a-propos/', '/guide/ar/glossaire/')).toBe('../glossaire/');
    expect(relativeHref('/guide/fr/', '/guide/fr/glossaire/')).toBe('glossaire/');
    expect(relativeHref('/ar/praticiens/avrr/', '/fr/glossaire/')).toBe('../../../fr/glossaire/');
  });
});
