// Plain words, measured: the Flesch–Kincaid grade of every English text
// (npm `flesch-kincaid` and `syllable`), and sentence lengths in every
// language. Warning-sign texts are read in a hurry, so their sentences are
// the shortest; their grade is reported, not judged (words such as
// "emergency" cannot be avoided).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { table } from './locales.mjs';

const AVERAGE_GRADE_AT_MOST = 7;
const SENTENCE_WORDS_AT_MOST = 25;
const WARNING_SENTENCE_WORDS_AT_MOST = 15;

/** The longest words a placeholder can hold: the generic wording. */
const GENERIC = {
  en: ['your local emergency number', 'You can call a crisis line in your country.'],
  es: ['número local de emergencias', 'Puede llamar a una línea de crisis de su país.'],
};

/** Placeholders as the person sees them, so they count like real words. */
function filled(text, language = 'en') {
  const [emergency, crisis] = GENERIC[language];
  return text
    .replace(/\{emergency\}/g, emergency)
    .replace(/\{crisis\}/g, crisis)
    .replace(/\{name\}/g, 'Samaritans')
    .replace(/\{number\}/g, '116 123')
    .replace(/\{[a-z]+\}/g, '3');
}

export function sentences(text, language = 'en') {
  return filled(text, language)
    .split(/(?<=[.!?:])\s+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

export function words(sentence) {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function grade(text) {
  const ss = sentences(text);
  const ws = ss.flatMap(words);
  const syllables = ws.reduce((n, w) => n + syllable(w.replace(/[^\p{L}\p{N}'-]/gu, '')), 0);
  return fleschKincaid({ sentence: ss.length, word: ws.length, syllable: syllables });
}

const isWarning = (key) => key.startsWith('flag.') || key.startsWith('start.urgent') || key.startsWith('fallback.') || key === 'child.urgent';

test('English texts read at a reading age of 9 to 11', () => {
  const texts = table('en').filter(([key]) => key !== 'lang.name');
  const grades = texts.map(([key, text]) => ({ key, grade: grade(text), long: sentences(text).flatMap(words).length >= 8 }));
  const mean = (gs) => gs.reduce((n, g) => n + g.grade, 0) / gs.length;
  const average = mean(grades);
  // Short labels ("Yes", "Diabetes") pull an average down: the texts of
  // eight words or more are held to the same mark on their own.
  const longAverage = mean(grades.filter((g) => g.long));
  const hardest = [...grades].sort((a, b) => b.grade - a.grade).slice(0, 5);
  const warnings = grades.filter((g) => isWarning(g.key));
  const warningAverage = warnings.reduce((n, g) => n + g.grade, 0) / warnings.length;
  console.log(`readability: ${texts.length} English texts, average Flesch–Kincaid grade ${average.toFixed(2)}, ${longAverage.toFixed(2)} over the texts of 8 words or more (each at most ${AVERAGE_GRADE_AT_MOST}); warning signs ${warningAverage.toFixed(2)} (reported); hardest: ${hardest.map((g) => `${g.key} ${g.grade.toFixed(1)}`).join(', ')}`);
  assert.ok(average <= AVERAGE_GRADE_AT_MOST, `average grade ${average.toFixed(2)}`);
  assert.ok(longAverage <= AVERAGE_GRADE_AT_MOST, `average grade of longer texts ${longAverage.toFixed(2)}`);
});

for (const language of ['en', 'es']) {
  test(`no sentence is too long (${language})`, () => {
    const long = [];
    for (const [key, text] of table(language)) {
      const limit = isWarning(key) ? WARNING_SENTENCE_WORDS_AT_MOST : SENTENCE_WORDS_AT_MOST;
      for (const s of sentences(text, language)) {
        const n = words(s).length;
        if (n > limit) long.push(`${key} (${n} words, at most ${limit}): ${s}`);
      }
    }
    assert.deepEqual(long, []);
  });
}

test('the measure itself tells plain words from hard ones', () => {
  assert.ok(grade('The cat sat on the mat. It was warm.') < 2);
  assert.ok(grade('Comprehensive pharmacological intervention necessitates individualised consideration of contraindications.') > 14);
  assert.deepEqual(sentences('One. Two words here: three!'), ['One.', 'Two words here:', 'three!']);
});
