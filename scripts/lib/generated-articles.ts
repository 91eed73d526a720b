/**
 * A generated site of many articles for the benchmarks (`npm run bench:content`, `npm run bench:build`): about
 * 1,700 words each, with headings, internal and external links, two citations, a "what the research says" box,
 * a consultation box, a cover and two images in the body; every 50th article is a draft. Deterministic: the
 * same count always gives the same files.
 */
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const TAGS = ['migraine', 'ketamine-therapy', 'chronic-pain', 'depression', 'sleep', 'safety'];
const WORDS = (
  'ketamine migraine pain treatment patients doctor clinic infusion relief study research dose nurse ' +
  'headache sleep brain nerve week month daily weeks people many some most often care plan safe risk ' +
  'side effect blood pressure heart rest room chair talk family help reduce attack symptom light sound'
).split(' ');

/** A plain sentence of 8 to 16 words, deterministic for article `n`. */
function sentence(n: number, i: number): string {
  const length = 8 + ((n * 7 + i * 3) % 9);
  const words = Array.from({ length }, (_, k) => WORDS[(n * 31 + i * 17 + k * 13) % WORDS.length]!);
  return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
}

const isDraft = (n: number): boolean => n % 50 === 0;

/** Article `n` of `count`, as the MDX file content/blog/article-<n>.mdx; links go to the next published one. */
export function generatedArticle(n: number, count: number): string {
  let next = (n % count) + 1;
  while (isDraft(next)) next = (next % count) + 1;
  const lines = [
    '---',
    `title: 'Ketamine and migraine, question ${n}: what patients ask'`,
    `description: 'Plain answers to question ${n} that patients ask about ketamine for migraine: what helps, what to expect and when to call.'`,
    `published: 2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
    'author: clinical-team',
    `tags: [${TAGS[n % TAGS.length]}, ${TAGS[(n + 1) % TAGS.length]}]`,
    'image:',
    `  src: ./article-${n}-cover.jpg`,
    '  alt: A quiet treatment room with a reclining chair',
    'sources: [pomeroy2017, schwenk2018]',
    ...(isDraft(n) ? ['draft: true'] : []),
    '---',
    '',
  ];
  let sentences = 0;
  for (let section = 1; section <= 6; section++) {
    lines.push(`## Section ${section} of question ${n}`, '');
    for (let sub = 1; sub <= 2; sub++) {
      lines.push(`### Part ${sub}`, '');
      for (let paragraph = 0; paragraph < 2; paragraph++) {
        const text = Array.from({ length: 5 }, () => sentence(n, sentences++));
        if (paragraph === 0 && sub === 1) {
          text.push(`Read [question ${next}](/blog/article-${next}/) next.`);
          text.push(
            `One review found the same <Cite id="pomeroy2017" />, and another <Cite id="schwenk2018" />.`,
          );
          text.push('See [the review](https://doi.org/10.1111/head.13013) for details.');
        }
        lines.push(text.join(' '), '');
      }
    }
    if (section === 2 || section === 5) {
      lines.push(`![A chart of pain scores over ${section} weeks](./article-${n}-${section}.jpg)`, '');
    }
    if (section === 3) {
      lines.push(
        '<ResearchSummary>',
        '',
        '## What the Research Says',
        '',
        `${sentence(n, sentences++)} One review of hospital patients found pain fell by discharge.<Cite id="pomeroy2017" />`,
        '',
        '</ResearchSummary>',
        '',
      );
    }
    if (section === 4) lines.push('<ConsultCta />', '');
  }
  return lines.join('\n');
}

/**
 * Writes content/ of a site with `count` generated articles into `root` (its blog folder emptied first), with
 * the project's authors, references and editorial pages. Every article has its own cover and body images.
 */
export async function writeGeneratedContent(root: string, count: number): Promise<void> {
  const content = join(root, 'content');
  for (const folder of ['authors', 'references', 'pages']) {
    cpSync(join('content', folder), join(content, folder), { recursive: true });
  }
  writeFileSync(
    join(content, 'tags.yaml'),
    TAGS.map((tag) => `${tag}:\n  name: ${tag.replace(/-/g, ' ')}\n`).join(''),
  );
  const blog = join(content, 'blog');
  rmSync(blog, { recursive: true, force: true });
  mkdirSync(blog, { recursive: true });
  const jpeg = (width: number) =>
    sharp({ create: { width, height: Math.round((width * 9) / 16), channels: 3, background: '#7a8' } })
      .jpeg()
      .toBuffer();
  const [cover, body] = await Promise.all([jpeg(1600), jpeg(1000)]);
  writeFileSync(join(root, 'cover.jpg'), cover);
  writeFileSync(join(root, 'body.jpg'), body);
  for (let n = 1; n <= count; n++) {
    writeFileSync(join(blog, `article-${n}.mdx`), generatedArticle(n, count));
    copyFileSync(join(root, 'cover.jpg'), join(blog, `article-${n}-cover.jpg`));
    copyFileSync(join(root, 'body.jpg'), join(blog, `article-${n}-2.jpg`));
    copyFileSync(join(root, 'body.jpg'), join(blog, `article-${n}-5.jpg`));
  }
}
