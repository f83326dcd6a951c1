#!/usr/bin/env node
// Readability of the English content: for every page and newsletter issue
// listed in public/content/site.json, prints the number of words and
// sentences, the Flesch-Kincaid US grade level, and every sentence longer
// than MAX_WORDS words. Exits 1 if a page's grade is above TARGET_GRADE or
// any sentence is too long.
//
//   node scripts/readability.mjs [--detail] [content folder, default public/content]
//
// --detail also prints every sentence with its words and syllables, hardest
// first, to show where to start.
//
// The formula is wooorm's `flesch-kincaid` package and syllables are
// counted by his `syllable` package (devDependencies in package.json);
// sentences and words are found with the platform's Intl.Segmenter (ICU,
// Unicode UAX #29). Nothing here is a formula of our own.
//
// What is measured is what a reader sees:
// - every text field of the page (title, lead, headings, paragraphs, list
//   items, definitions, callouts, table cells, action titles and details,
//   video titles and notices, document descriptions), found by walking the
//   block JSON, with `[text](address)` links shown as their text (a video's
//   transcript, built from its WebVTT captions, is not in the JSON and is
//   not measured);
// - a `newsletter_index` block as the issues' titles, dates and summaries
//   from site.json, a `glossary` block as every entry's meaning (the
//   abbreviation and its full name above it are names, not sentences), a
//   `contact` block as who runs the site (site.json `owner`) and, while no
//   contact is set, the sentence saying none is published (locales/en.json);
// - the first use of each glossary abbreviation on a page with its full
//   name after it in brackets, as the site writes it (link labels are left
//   as written, as the site does);
// - each field as its own sentence or sentences: headings and list items
//   end where they end, as they do on screen.
// Fields that are not prose (ids, addresses, statuses, an action's source
// document, a video's text tracks, the duration) are left out.
// Syllables: an abbreviation with a `say` in the glossary is counted as it
// is said ("E H C P" is 4); another all-capitals abbreviation is spelt out,
// one syllable a letter; a number counts one syllable a digit (a little
// more than "twenty nineteen" needs, so never flattering).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

// US grade 7 is a reading age of about 12 (US grade + 5 years). Every page
// reaches it; most are between grade 5 and 7 (reading age 10 to 12). The
// issue asks for a reading age of about 9 (grade 4). What keeps the figures
// above that is mostly what the sources name and the site must write out in
// full: "Office for Standards in Education, Children's Services and Skills",
// "special educational needs and disabilities", "Written Statement of
// Action", and the dates. Lower the target as the text gets simpler.
const TARGET_GRADE = 7;
// Sentences longer than this are hard to follow (GOV.UK advises 25).
const MAX_WORDS = 25;

// Keys whose values are not read as prose.
const SKIP = new Set([
  'schema_version', 'type', 'id', 'href', 'src', 'file', 'slug', 'status',
  'group', 'level', 'ordered', 'row_headers', 'tone', 'mime_type', 'number',
  'captions', 'source', 'speaker', 'duration_label', 'link_text', 'format',
  'say', 'tracks', 'kind', 'srclang',
]);

const args = process.argv.slice(2);
const detail = args.includes('--detail');
const dir = args.find((arg) => !arg.startsWith('--')) ?? 'public/content';
const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const site = read('site.json');
const glossary = read(site.glossary_file).entries;
const terms = new Map(glossary.map((entry) => [entry.term, entry]));
// The contact block's words come from the interface words of the language.
const locale = JSON.parse(readFileSync(join(dir, '..', 'locales', 'en.json'), 'utf8'));
const hasContact = ['email', 'phone', 'form_url'].some((way) => site.contact?.[way]);

const stripLinks = (text) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

// The site's abbreviation rule (src/content/inline.rs): a word, or a word
// with a plural `s` whose stem has two or more capitals, found in the
// glossary; the first use on a page is followed by its full name.
function expandFirstUses(text, seen) {
  const parts = text.split(/(\[[^\]]*\]\([^)]*\))/);
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return stripLinks(part);
      return part.replace(/[\p{L}\p{N}]+/gu, (word) => {
        const stem = word.endsWith('s') && (word.slice(0, -1).match(/\p{Lu}/gu)?.length ?? 0) >= 2
          ? word.slice(0, -1)
          : word;
        const entry = terms.get(stem);
        if (!entry || seen.has(stem)) return word;
        seen.add(stem);
        return `${word} (${entry.expansion})`;
      });
    })
    .join('');
}

// Every reader-visible text field, in page order. A field the site shows
// as written, without abbreviation mark-up, is `{ plain: text }`.
function texts(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => texts(item, out));
  else if (value && typeof value === 'object') {
    if (value.type === 'newsletter_index') {
      for (const issue of site.newsletter) out.push({ plain: issue.title }, { plain: issue.date_label }, issue.summary);
    } else if (value.type === 'glossary') {
      // The abbreviation and its full name are names, not prose: only
      // each entry's meaning is measured.
      for (const entry of glossary) out.push(entry.meaning);
    } else if (value.type === 'contact') {
      out.push({ plain: locale.contact.runs_site }, { plain: site.owner });
      if (!hasContact) out.push({ plain: locale.contact.not_published });
    }
    for (const [key, item] of Object.entries(value)) {
      if (!SKIP.has(key)) texts(item, out);
    }
  }
  return out;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

// "No. 2" (in a law's name) is not the end of a sentence.
const unbreak = (text) => text.replace(/\b(No|Nos|St|Dr|Mr|Mrs|Ms)\. (?=[\dA-Z])/g, '$1 ');

function wordsOf(sentence) {
  return [...wordSegmenter.segment(sentence)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
}

function syllables(word) {
  const entry = terms.get(word) ?? terms.get(word.replace(/s$/, ''));
  if (entry?.say) return syllable(entry.say);
  if (/^\d[\d.,]*$/.test(word)) return word.replace(/\D/g, '').length;
  if (/^\p{Lu}{2,}s?$/u.test(word)) return word.replace(/s$/, '').length;
  return Math.max(1, syllable(word));
}

function measure(fields) {
  const seen = new Set();
  const sentences = [];
  fields.forEach((field) => {
    const shown = typeof field === 'string' ? expandFirstUses(field, seen) : stripLinks(field.plain);
    for (const { segment } of sentenceSegmenter.segment(unbreak(shown))) {
      const words = wordsOf(segment);
      if (words.length > 0) {
        const count = words.reduce((sum, word) => sum + syllables(word), 0);
        sentences.push({ text: segment.trim(), words, syllables: count });
      }
    }
  });
  const words = sentences.flatMap((sentence) => sentence.words);
  const counts = {
    sentence: sentences.length,
    word: words.length,
    syllable: sentences.reduce((sum, sentence) => sum + sentence.syllables, 0),
  };
  return {
    ...counts,
    sentences,
    grade: fleschKincaid(counts),
    long: sentences.filter((sentence) => sentence.words.length > MAX_WORDS),
  };
}

function pageFields(file) {
  const page = read(file);
  // The title is shown as written; abbreviations are written out from the lead on.
  return [{ plain: page.title }, ...(page.lead ? [page.lead] : []), ...texts(page.blocks)];
}

const files = [
  ...site.pages.map((page) => page.file),
  ...site.newsletter.map((issue) => issue.file),
];

let failed = false;
console.log(`Flesch-Kincaid US grade (target ${TARGET_GRADE} or lower), sentences of at most ${MAX_WORDS} words\n`);
console.log(
  'file'.padEnd(42) + 'words'.padStart(7) + 'sentences'.padStart(11) + 'words/s'.padStart(9) +
    'syll/w'.padStart(8) + 'grade'.padStart(7) + 'long'.padStart(6),
);
const report = [];
for (const file of files) {
  const result = measure(pageFields(file));
  const over = result.grade > TARGET_GRADE;
  if (over || result.long.length > 0) failed = true;
  console.log(
    file.padEnd(42) +
      String(result.word).padStart(7) +
      String(result.sentence).padStart(11) +
      (result.word / result.sentence).toFixed(1).padStart(9) +
      (result.syllable / result.word).toFixed(2).padStart(8) +
      result.grade.toFixed(1).padStart(7) +
      String(result.long.length).padStart(6) +
      (over ? '  above target' : ''),
  );
  report.push([file, result]);
}
for (const [file, result] of report) {
  if (detail) {
    console.log(`\n${file}:`);
    const hardest = [...result.sentences].sort(
      (a, b) => fleschKincaid({ sentence: 1, word: b.words.length, syllable: b.syllables }) -
        fleschKincaid({ sentence: 1, word: a.words.length, syllable: a.syllables }),
    );
    for (const sentence of hardest) {
      console.log(`  ${String(sentence.words.length).padStart(3)} words ${String(sentence.syllables).padStart(3)} syllables  ${sentence.text}`);
    }
  }
  for (const sentence of result.long) {
    console.log(`\n${file}: ${sentence.words.length} words: ${sentence.text}`);
  }
}
process.exit(failed ? 1 : 0);
