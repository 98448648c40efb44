/** A module's card art (`card:` in module.yaml): a checked picture in the course's media folder, shipped once. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadTiny, pins, problemsOf, removeTempCourses, TINY_COURSE, tinyModule } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

/** module.yaml of the tiny module with `card:` as its last line (line 12, after the 11 lines of tinyModule). */
const withCard = (card: string): string => `${tinyModule()}card: ${card}\n`;
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 16"><rect width="32" height="16" fill="#0e6371"/></svg>\n';

describe('loader: module card', () => {
  it('carries the card into the module data and ships the picture once, beside a cover that is the same file', async () => {
    const result = await loadTiny({
      'course.yaml': `${TINY_COURSE}cover: media/card.svg\n`,
      'modules/m/module.yaml': withCard('media/card.svg'),
      'media/card.svg': PICTURE,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.course.data.en!.modules[0]!.card).toBe('media/card.svg');
    expect(result.course.media.filter((m) => m.target === 'media/card.svg')).toHaveLength(1);
  });

  it('CardNotFound: a card that does not exist, and one outside the course media folder', async () => {
    const missing = await problemsOf({ 'modules/m/module.yaml': withCard('media/card.svg') });
    expect(pins(missing)).toEqual(['CardNotFound modules/m/module.yaml:12:7']);
    expect(missing[0]!.what).toBe('The card picture `media/card.svg` of module `m` does not exist in the course folder.');
    const relative = await problemsOf({ 'modules/m/module.yaml': withCard('../../media/card.svg'), 'media/card.svg': PICTURE });
    expect(pins(relative)).toEqual(['CardNotFound modules/m/module.yaml:12:7']);
    expect(relative[0]!.what).toBe("The card picture `../../media/card.svg` of module `m` is not a file directly inside the course's `media/` folder.");
  });

  it('checks the card like every picture: an SVG that runs script is refused', async () => {
    const unsafe = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n';
    const problems = await problemsOf({ 'modules/m/module.yaml': withCard('media/card.svg'), 'media/card.svg': unsafe });
    expect(problems.map((p) => p.name)).toContain('UnsafeSvg');
  });
});
