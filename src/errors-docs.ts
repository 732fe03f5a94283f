import { ERRORS, type ErrorData } from './errors-data.js';

// Each detail shown by its name: `{dir}` where the message will say which folder.
const placeholders = new Proxy({}, { get: (_, key) => `{${String(key)}}` });

/** docs/errors.md: every code of the catalogue with its title, message and hint, in the catalogue's order. */
export function errorsMarkdown(): string {
  const lines = [
    '# Foutmeldingen',
    '',
    'Elke melding van de toolkit, met de code die `--json` geeft. Deze pagina is gemaakt uit',
    '`src/errors-data.ts` met `npm run docs`; een test kijkt of ze gelijk is. `{naam}` staat voor',
    'wat de melding invult; een melding kan een preciezere tip geven dan hier staat.',
    '',
    '| code | wat | melding | wat je doet |',
    '| --- | --- | --- | --- |',
  ];
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  for (const [code, e] of Object.entries(ERRORS) as [string, ErrorData<unknown>][]) {
    const hint = typeof e.hint === 'function' ? e.hint(placeholders) : (e.hint ?? '');
    lines.push(`| \`${code}\` | ${cell(e.title)} | ${cell(e.message(placeholders))} | ${cell(hint)} |`);
  }
  return lines.join('\n') + '\n';
}
