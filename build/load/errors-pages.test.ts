/** Loader errors in page files and their images, pinned by name, position and wording. */
import { afterAll, describe, expect, it } from 'vitest';
import { formatErrors } from '../errors/format-errors.ts';
import { pins, problemsOf, removeTempCourses, TINY_COURSE } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

const PAGE = 'modules/m/pages/intro.md';

describe('loader: page errors', () => {
  it('PageFileMissing: points at the page activity in module.yaml', async () => {
    const problems = await problemsOf({ [PAGE]: null });
    expect(pins(problems)).toEqual(['PageFileMissing modules/m/module.yaml:9:9']);
    expect(problems[0]!.what).toBe('Page "intro" has no Markdown file: modules/m/pages/intro.md does not exist.');
  });

  it('PageEmpty: a page file with nothing in it', async () => {
    const problems = await problemsOf({ [PAGE]: '\n  \n' });
    expect(pins(problems)).toEqual(['PageEmpty modules/m/pages/intro.md']);
  });

  it('ImageAltMissing: points into the Markdown with a code frame', async () => {
    const problems = await problemsOf({ [PAGE]: '# Intro\n\nThe shop:\n\n![](media/shop.svg)\n', 'modules/m/media/shop.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    expect(formatErrors(problems, { color: false })).toBe(
      [
        'error ImageAltMissing  modules/m/pages/intro.md:5:1',
        '  The image media/shop.svg has no alt text.',
        '  why: a learner using a screen reader, or on a connection too slow to load images, would not know what the image shows.',
        '  fix: describe what the image shows between the brackets: ![A mentor showing the till to an apprentice](media/shop.svg). Translate it in the translated pages too.',
        '   3 | The shop:',
        '   4 |',
        ' > 5 | ![](media/shop.svg)',
        '     | ^^^^^^^^^^^^^^^^^^^',
        '',
        '1 error in 1 file; nothing was written.',
        '',
      ].join('\n'),
    );
  });

  it('ImageFileMissing: the image is not in media/, with the closest file suggested', async () => {
    const problems = await problemsOf({ [PAGE]: 'Hi.\n\nSee ![The shop floor](media/shpo.svg).\n', 'modules/m/media/shop.svg': '<svg/>' });
    expect(pins(problems)).toEqual(['ImageFileMissing modules/m/pages/intro.md:3:5', 'FileUnused modules/m/media/shop.svg']);
    expect(problems[0]!.what).toBe('The image media/shpo.svg does not exist in modules/m/media/. Did you mean "media/shop.svg"?');
    expect(problems[0]!.fix).toBe('add the file to modules/m/media/, or use one that is there: media/shop.svg.');
  });

  it('ImageNotLocal: remote and data images must ship in the package', async () => {
    const problems = await problemsOf({ [PAGE]: '![Logo](https://example.org/logo.png)\n\n![Map](../../other/map.png)\n' });
    expect(pins(problems)).toEqual(['ImageNotLocal modules/m/pages/intro.md:1:1', 'ImageNotLocal modules/m/pages/intro.md:3:1']);
    expect(problems[0]!.fix).toBe('save the image in modules/m/media/ and refer to it as media/<file name>.');
  });

  it('TranslatedPageMissing and LocaleNotInCourse: page files per locale', async () => {
    const problems = await problemsOf({
      'course.yaml': TINY_COURSE.replace('locales: [en]', 'locales: [en, nl]'),
      'i18n/nl.yaml': 'title: Klein\ndescription: Voor tests.\ncompetences:\n  listening:\n    title: Luisteren\n',
      'modules/m/i18n/nl.yaml': 'title: Een module\nsummary: Voor tests.\nobjectives:\n  listen:\n    text: Goed luisteren.\nactivities:\n  intro:\n    title: Intro\n',
      'modules/m/pages/intro.no.md': 'Hei.\n',
    });
    expect(pins(problems)).toEqual(['TranslatedPageMissing modules/m/pages/intro.nl.md', 'LocaleNotInCourse modules/m/pages/intro.no.md']);
    expect(problems[1]!.what).toBe('This file is for locale "no", which is not in `locales` in course.yaml (en, nl).');
    expect(problems[1]!.why).toBe('it would never reach a learner; usually the locale code is mistyped (Norwegian bokmål is "nb", not "no").');
  });
});
