/** A small caption-match picture: one original, one recycled and one cropped caption, sightings out of order. */
import type { CaptionPicture } from '../../../src/lib/content/caption-match-schema';

export const picture: CaptionPicture = {
  id: 'storm',
  image: {
    kind: 'image',
    src: '/quiz-media/img/77ca53077831.jpg',
    alt: 'Storm clouds over fields.',
    width: 1920,
    height: 1280,
  },
  prompt: 'Which caption is true?',
  captions: [
    {
      id: 'now',
      poster: '@made_up',
      kind: 'recycled',
      text: 'The storm right now!',
      why: 'Recycled: the photo is older than the post.',
    },
    {
      id: 'original',
      poster: 'The photographer',
      kind: 'original',
      text: 'Storm clouds over fields, 2008.',
      why: 'Matches the oldest copy and names the photographer.',
    },
    {
      id: 'crop',
      poster: '@also_made_up',
      kind: 'cropped',
      text: 'Only grey sky here today.',
      why: 'Cropped: the fields and road were cut away.',
      crop: { x: 0.25, y: 0, w: 0.5, h: 0.5 },
    },
  ],
  sightings: [
    { date: '2026-04-11', where: '@made_up', note: 'Posted as right now.' },
    { date: '2008', where: 'Desktop backgrounds', note: 'The original release.' },
    { date: '2019-06-02', where: 'A blog', note: 'Credited reuse.' },
  ],
  takeaway: 'An older copy shows the post cannot be showing today.',
};

export const second: CaptionPicture = {
  ...picture,
  id: 'second',
  captions: picture.captions.map((caption) => ({ ...caption, id: `${caption.id}-2` })),
};
