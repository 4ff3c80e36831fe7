/**
 * `/<lang>/read-aloud.json`: the reading engine's strings in a language (Pause, Stop, the
 * speeds, what to say when the phone has no voice…), by key. The engine fetches them with
 * itself, on the first press of "Listen": pages carry only the button, since every byte of a
 * page is paid on every visit and most readers never press it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages } from '../../site/languages.ts';
import { siteStrings } from '../../site/strings';
import { engineStringKeys } from './read-aloud';

export const getStaticPaths = (() =>
  Object.keys(languages).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const t = siteStrings(params.lang!);
  const strings = Object.fromEntries(engineStringKeys.map((k) => [k, t[`readAloud.${k}`] ?? '']));
  return new Response(JSON.stringify(strings), {
    headers: { 'Content-Type': 'application/json' },
  });
};
